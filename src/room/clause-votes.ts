import { ownValue } from '../engine';
import { APPLIED, type Reply, refuse } from './refusals';
import type { RoomState } from './state';

/** A room after a clause vote (the shape of voting.ts's Change, declared here so neither imports the other). */
interface Change {
  readonly room: RoomState;
  readonly reply: Reply;
}

/**
 * A negotiation card in a room is voted on clause by clause: each participant picks one option per
 * clause (any clauses they like, each changeable while the vote is open), and the count is per clause.
 * Clause by clause rather than one vote on whole proposals: a proposal is a combination of options, so a
 * few clauses already make more proposals than a room can read, and the room's split on each clause is
 * what the discussion is about. The facilitator then proposes the room's terms to the partner.
 */

/** The clauses of the negotiation on screen, as clause id → its option ids, in order. */
export function clauseOptions(room: RoomState): ReadonlyMap<string, readonly string[]> {
  const clauses = room.view.negotiation?.clauses ?? [];
  return new Map(clauses.map((clause) => [clause.id, clause.options.map((option) => option.id)]));
}

/** A participant's vote on one clause: it replaces their earlier vote on that clause only. */
export function castClauseVote(
  room: RoomState,
  token: string,
  clause: string | undefined,
  option: string,
): Change {
  const options = clause === undefined ? undefined : clauseOptions(room).get(clause);
  if (clause === undefined || options === undefined || !options.includes(option)) {
    return { room, reply: refuse('no-such-choice') };
  }
  const { round } = room;
  const mine = { ...(round.terms.get(token) ?? {}), [clause]: option };
  const terms = new Map(round.terms).set(token, mine);
  return { room: { ...room, round: { ...round, terms } }, reply: APPLIED };
}

/** Votes per option of every clause (every option listed, from zero). */
export function countClauses(room: RoomState): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = Object.create(null);
  for (const [clause, options] of clauseOptions(room)) {
    // Prototype-free: an option id such as "constructor" is then an ordinary key.
    const perOption: Record<string, number> = Object.create(null);
    for (const option of options) perOption[option] = 0;
    counts[clause] = perOption;
  }
  for (const ballot of room.round.terms.values()) {
    for (const [clause, perOption] of Object.entries(counts)) {
      const option = ownValue(ballot, clause);
      if (option !== undefined && option in perOption) perOption[option] = (perOption[option] ?? 0) + 1;
    }
  }
  return counts;
}

/** Closes a negotiation's vote: counted clause by clause; nothing is played (the facilitator negotiates). */
export function closeClauseVote(room: RoomState): Change {
  const clauses = countClauses(room);
  const tally = { counts: {}, voters: room.round.terms.size, teams: null, leaders: [], clauses };
  return { room: { ...room, round: { ...room.round, status: 'counted', tally } }, reply: APPLIED };
}
