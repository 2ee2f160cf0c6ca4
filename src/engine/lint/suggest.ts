import { validIds } from '../diagnostics/phrase';
import type { IdWord, UnknownId } from '../diagnostics/reference-codes';

/** How far a typo may be from the id it meant and still be suggested; short ids are all near each other. */
const MAX_SUGGESTION_DISTANCE = 2;
const SHORT_ID_LENGTH = 4;

/**
 * The arguments of an "unknown id" finding: `unknown meter "trsut" (meters: trust, …); did you mean "trust"?`
 * `list` is the list the valid ids come from, `owner` the event or clause they belong to, if any.
 */
export function unknownId(
  what: IdWord,
  list: string,
  id: string,
  valid: readonly string[],
  owner?: UnknownId['owner'],
): UnknownId {
  const suggestion = closestId(id, valid);
  return {
    what,
    id,
    list,
    valid: validIds(valid),
    ...(owner === undefined ? {} : { owner }),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

/** The valid id nearest to `id` (the first declared on a tie), if within the suggestion distance. */
export function closestId(id: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = (id.length <= SHORT_ID_LENGTH ? 1 : MAX_SUGGESTION_DISTANCE) + 1;
  for (const candidate of valid) {
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const distance = editDistance(id.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each
 * cost 1, so the common typo "trsut" is 1 away from "trust" rather than 2.
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
