import { editDistance } from '../edit-distance';

/** Suggestions are only worth showing for near misses: a typo, a swapped letter, a wrong case. */
const MAX_SUGGESTION_DISTANCE = 2;

/** Two edits turn almost any short word into another ("a" into "id"), so short words get fewer. */
function allowedDistance(word: string): number {
  if (word.length <= 2) return 0;
  return word.length <= 4 ? 1 : MAX_SUGGESTION_DISTANCE;
}

/**
 * The candidate closest to `word` within reach (at most MAX_SUGGESTION_DISTANCE edits, fewer for short
 * words; ignoring case; a swap of neighbours is one edit), or undefined. The first candidate wins a tie,
 * so callers pass them in the order authors see them.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const reach = allowedDistance(word);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // A length difference beyond reach is beyond reach however the letters line up.
    if (candidate === word || Math.abs(candidate.length - word.length) > reach) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= reach && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
