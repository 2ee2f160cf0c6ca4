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
    const votes = counts[choice] ?? 0;
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
