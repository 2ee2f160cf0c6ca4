import { type Action, ownValue } from '../engine';
import { countClauses } from './clause-votes';
import type { SignedIntent } from './protocol';
import { APPLIED, refuse } from './refusals';
import type { RoomState } from './state';
import { type Change, stepRoom } from './voting';

type ProposeIntent = Extract<SignedIntent, { type: 'propose' }>;

/**
 * The facilitator negotiates for the room: proposes terms (the room's vote, counted clause by clause,
 * is theirs to follow or not), sees the partner's counter, accepts it or walks away. Not while the vote
 * is open: the room's count comes first. When the negotiation concludes, the room records it like a
 * played vote: how it ended, the terms, and the room's count by clause.
 */
export function proposeTerms(room: RoomState, intent: ProposeIntent): Change {
  const phase = room.run.phase;
  if (phase.kind !== 'negotiating') return { room, reply: refuse('wrong-phase') };
  const clauses = room.scenario.events[phase.event]?.negotiation?.clauses ?? [];
  const terms = clauses.map((clause) => {
    const option = ownValue(intent.terms, clause.id);
    return clause.options.findIndex((o) => o.id === option);
  });
  if (terms.some((i) => i < 0)) return { room, reply: refuse('no-such-choice') };
  return negotiate(room, { type: 'propose', terms }, { ...intent.terms });
}

export function acceptCounter(room: RoomState): Change {
  return negotiate(room, { type: 'acceptCounter' }, room.view.negotiation?.counter ?? {});
}

export function walkAway(room: RoomState): Change {
  return negotiate(room, { type: 'walkAway' }, room.view.negotiation?.answer?.terms ?? {});
}

/** One negotiating step by the engine; `terms` are what it ends on if it ends now (as ids). */
function negotiate(room: RoomState, action: Action, terms: Readonly<Record<string, string>>): Change {
  if (room.view.phase !== 'negotiating') return { room, reply: refuse('wrong-phase') };
  if (room.round.status === 'open') return { room, reply: refuse('vote-open') };
  const next = stepRoom(room, action);
  if (next === null) return { room, reply: refuse('wrong-phase') };
  const outcome = next.view.phase === 'outcome' ? next.view.outcome : null;
  if (outcome === null) return { room: next, reply: APPLIED };
  const result = outcome.kind === 'agreement' ? 'agreement' : 'no-deal';
  const agreed =
    result === 'agreement' ? Object.fromEntries(outcome.terms.map((t) => [t.clause, t.option])) : terms;
  const clauses = room.round.tally?.clauses ?? countClauses(room);
  return {
    room: {
      ...next,
      round: { ...room.round, status: 'played', chosen: result },
      played: [
        ...room.played,
        {
          decision: room.round.decision,
          counts: {},
          chosen: result,
          tieBroken: false,
          negotiation: { clauses, terms: agreed },
        },
      ],
    },
    reply: APPLIED,
  };
}
