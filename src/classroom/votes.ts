import { ownValue } from '../engine';

/**
 * Team voting in facilitator mode: the facilitator enters how many teams (or people) voted for each
 * choice; the choice with the most votes is played. A tie is settled by the facilitator, who must then
 * name one of the tied choices.
 */
export type VoteOutcome =
  | { readonly kind: 'winner'; readonly choice: string }
  | { readonly kind: 'tie'; readonly tied: readonly string[] }
  | { readonly kind: 'no-votes' };

export function tallyVotes(
  counts: Readonly<Record<string, number>>,
  allowed: readonly string[],
): VoteOutcome {
  let best = 0;
  let leaders: string[] = [];
  for (const choice of allowed) {
    const votes = ownValue(counts, choice) ?? 0;
    if (!Number.isInteger(votes) || votes < 0) continue;
    if (votes > best) {
      best = votes;
      leaders = [choice];
    } else if (votes === best && votes > 0) leaders.push(choice);
  }
  if (best === 0) return { kind: 'no-votes' };
  return leaders.length === 1
    ? { kind: 'winner', choice: leaders[0] as string }
    : { kind: 'tie', tied: leaders };
}

/** The most votes one choice can get: more people than any room holds, small enough to show. */
export const MAX_VOTES = 10_000;

/**
 * The vote counts from the facilitator's fields (text as typed, by choice id): a blank or nonsense field
 * counts 0. Only fields the facilitator typed count, so a choice id like "constructor" reads 0.
 */
export function readVoteFields(
  fields: Readonly<Record<string, string>>,
  choices: readonly string[],
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const choice of choices) {
    const n = Number.parseInt(ownValue(fields, choice) ?? '', 10);
    result[choice] = Number.isInteger(n) && n > 0 ? Math.min(n, MAX_VOTES) : 0;
  }
  return result;
}
