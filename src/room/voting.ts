import { type Action, InvalidActionError, present, step } from '../engine';
import { castClauseVote, closeClauseVote } from './clause-votes';
import { APPLIED, type Reply, refuse } from './refusals';
import type { RoomState, VoteRound } from './state';
import { countVotes } from './tally';

export interface Change {
  readonly room: RoomState;
  readonly reply: Reply;
}

const unchanged = (room: RoomState, reply: Reply): Change => ({ room, reply });

/** The choices one may vote for now: shown and not locked, in the order shown. */
export function votableChoices(room: RoomState): string[] {
  return room.view.choices.filter((c) => !c.locked).map((c) => c.id);
}

/** A fresh round for the run's current decision (the vote waits for the facilitator to open it). */
export function newRound(decision: number): VoteRound {
  return { decision, status: 'waiting', ballots: new Map(), terms: new Map(), tally: null, chosen: null };
}

/**
 * A participant's ballot: a choice on a card, or on a negotiation one option of one clause (`clause`);
 * a new ballot replaces the old (on a negotiation, the old one on that clause).
 */
export function castVote(
  room: RoomState,
  token: string,
  decision: number,
  choice: string,
  clause?: string,
): Change {
  const { round } = room;
  if (decision !== round.decision) return unchanged(room, refuse('wrong-decision'));
  if (round.status !== 'open') return unchanged(room, refuse('vote-not-open'));
  if (room.view.phase === 'negotiating') return castClauseVote(room, token, clause, choice);
  if (clause !== undefined || !votableChoices(room).includes(choice))
    return unchanged(room, refuse('no-such-choice'));
  const ballots = new Map(round.ballots).set(token, choice);
  return { room: { ...room, round: { ...round, ballots } }, reply: APPLIED };
}

export function openVote(room: RoomState, decision: number): Change {
  if (decision !== room.round.decision) return unchanged(room, refuse('wrong-decision'));
  // A negotiation is voted on before the room's first proposal; after it the facilitator negotiates.
  const votable =
    room.view.phase === 'choosing' ||
    (room.view.phase === 'negotiating' && room.view.negotiation?.answer === null);
  if (!votable) return unchanged(room, refuse('wrong-phase'));
  if (room.round.status !== 'waiting') return unchanged(room, refuse('vote-not-waiting'));
  return { room: { ...room, round: { ...room.round, status: 'open' } }, reply: APPLIED };
}

/**
 * Closes the vote and counts it: a single leader is played at once; a tie (or a vote nobody cast) waits
 * for the facilitator to pick among the leaders (among every choice when there is none).
 */
export function closeVote(room: RoomState, decision: number): Change {
  const { round } = room;
  if (decision !== round.decision) return unchanged(room, refuse('wrong-decision'));
  if (round.status !== 'open') return unchanged(room, refuse('vote-not-open'));
  if (room.view.phase === 'negotiating') return closeClauseVote(room);
  const teamOf = (token: string) => room.participants.get(token)?.team ?? null;
  const tally = countVotes(round.ballots, teamOf, votableChoices(room), room.settings);
  const closed: RoomState = { ...room, round: { ...round, status: 'tied', tally } };
  const [leader, ...others] = tally.leaders;
  return leader !== undefined && others.length === 0
    ? play(closed, leader, false)
    : unchanged(closed, APPLIED);
}

/** The facilitator settles a tie: one of the leaders, or any choice when nobody voted. */
export function breakTie(room: RoomState, decision: number, choice: string): Change {
  const { round } = room;
  if (decision !== round.decision) return unchanged(room, refuse('wrong-decision'));
  if (round.status !== 'tied' || round.tally === null) return unchanged(room, refuse('not-tied'));
  const allowed = round.tally.leaders.length > 0 ? round.tally.leaders : votableChoices(room);
  if (!allowed.includes(choice)) return unchanged(room, refuse('no-such-choice'));
  return play(room, choice, true);
}

/** Plays the room's choice: the engine steps, the round records it, the view shows the outcome. */
function play(room: RoomState, choice: string, tieBroken: boolean): Change {
  const phase = room.run.phase;
  const index =
    phase.kind === 'choosing'
      ? room.scenario.events[phase.event]?.choices.findIndex((c) => c.id === choice)
      : -1;
  if (index === undefined || index < 0) return unchanged(room, refuse('no-such-choice'));
  const stepped = stepRoom(room, { type: 'choose', choice: index });
  if (stepped === null) return unchanged(room, refuse('no-such-choice'));
  const counts = room.round.tally?.counts ?? {};
  return {
    room: {
      ...stepped,
      round: { ...room.round, status: 'played', chosen: choice },
      played: [...room.played, { decision: room.round.decision, counts, chosen: choice, tieBroken }],
    },
    reply: APPLIED,
  };
}

/**
 * The room after one engine action, presented once; a new vote round when the run has moved on to
 * another decision. Null when the engine refuses the action (a phase or choice it does not allow).
 */
export function stepRoom(room: RoomState, action: Action): RoomState | null {
  try {
    const run = step(room.scenario, room.run, action);
    const view = present(room.scenario, run);
    const deciding = view.phase === 'choosing' || view.phase === 'negotiating';
    const moved = deciding && run.decisions !== room.round.decision;
    return { ...room, run, view, round: moved ? newRound(run.decisions) : room.round };
  } catch (error) {
    if (error instanceof InvalidActionError) return null;
    throw error;
  }
}
