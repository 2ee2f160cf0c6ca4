import { validIds } from '../diagnostics/phrase';
import type { IdWord, UnknownId } from '../diagnostics/reference-codes';
import { editDistance } from '../edit-distance';

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
