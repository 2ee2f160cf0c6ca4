/**
 * Reads a record keyed by author ids (meter ids, choice ids, ending ids, clause ids …). A plain object
 * answers `constructor`, `toString` or `valueOf` from its prototype even when the author never wrote
 * them, which once gave an LMS score of NaN and put a function's text in a vote field. Only the
 * record's own keys count. Use this, a Map, or Object.hasOwn for author ids; never `in` or `record[id]`.
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  id: string,
): T | undefined {
  return record != null && Object.hasOwn(record, id) ? record[id] : undefined;
}
