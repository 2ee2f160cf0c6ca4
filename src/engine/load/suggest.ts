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
    if (candidate === word) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= reach && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  // Keys are short; anything far longer than the other cannot be within reach, so skip the table.
  if (Math.abs(a.length - b.length) > MAX_SUGGESTION_DISTANCE) return Math.abs(a.length - b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(distance);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
