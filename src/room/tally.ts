import type { RoomSettings, Tally, TeamVote } from './state';

/**
 * Counts a round's ballots. One person one vote: each ballot is a vote. One vote per team: each team
 * votes its members' majority; a team whose members tie is shown as split and counts for none, and a
 * ballot from someone without one of the room's teams counts for none either.
 */
export function countVotes(
  ballots: ReadonlyMap<string, string>,
  teamOf: (token: string) => string | null,
  choices: readonly string[],
  settings: RoomSettings,
): Tally {
  const counts = zeroCounts(choices);
  let voters = 0;
  for (const choice of ballots.values()) {
    if (!(choice in counts)) continue;
    voters += 1;
    if (settings.voteMode === 'person') counts[choice] = (counts[choice] ?? 0) + 1;
  }
  let teams: TeamVote[] | null = null;
  if (settings.voteMode === 'team') {
    teams = settings.teams.map((team) => teamVote(team, ballots, teamOf, choices));
    for (const vote of teams) if (vote.choice !== null) counts[vote.choice] = (counts[vote.choice] ?? 0) + 1;
  }
  return { counts, voters, teams, leaders: leadersOf(counts, choices) };
}

function teamVote(
  team: string,
  ballots: ReadonlyMap<string, string>,
  teamOf: (token: string) => string | null,
  choices: readonly string[],
): TeamVote {
  const counts = zeroCounts(choices);
  let voters = 0;
  for (const [token, choice] of ballots) {
    if (teamOf(token) !== team || !(choice in counts)) continue;
    voters += 1;
    counts[choice] = (counts[choice] ?? 0) + 1;
  }
  const leaders = leadersOf(counts, choices);
  return { team, voters, choice: leaders.length === 1 ? (leaders[0] as string) : null };
}

/** Every choice with the highest count (none when no choice has a vote), in the order shown. */
function leadersOf(counts: Readonly<Record<string, number>>, choices: readonly string[]): string[] {
  let best = 0;
  let leaders: string[] = [];
  for (const choice of choices) {
    const n = counts[choice] ?? 0;
    if (n > best) {
      best = n;
      leaders = [choice];
    } else if (n === best && n > 0) leaders.push(choice);
  }
  return leaders;
}

// A prototype-free object: a choice id such as "constructor" is then an ordinary key.
function zeroCounts(choices: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const choice of choices) counts[choice] = 0;
  return counts;
}
