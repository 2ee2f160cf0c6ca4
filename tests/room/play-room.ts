import type { LocalText } from '../../src/engine';
import type { Reply } from '../../src/room';
import { CONTROL, choicesOf, type driven } from './sample-room';

type Driven = ReturnType<typeof driven>;

/**
 * Plays a driven room to its ending the way a facilitator would: each card's vote opened, the voters'
 * picks cast (`pick(voter, decision, choices)` chooses; null abstains), closed, a tie broken for its
 * first leader; a negotiation's preset terms proposed and a counter accepted. Bounded: a room that
 * never ends fails instead of hanging. Returns the feedback each outcome screen showed, by decision.
 */
export function playToEnd(
  r: Driven,
  voters: readonly string[],
  pick: (voter: number, decision: number, choices: readonly string[]) => string | null,
): Map<number, readonly LocalText[]> {
  const outcomes = new Map<number, readonly LocalText[]>();
  const ok = (reply: Reply) => {
    if (!reply.ok) throw new Error(`refused: ${reply.refusal}`);
  };
  for (let steps = 0; steps < 500; steps++) {
    const view = r.room.view;
    if (view.phase === 'ended') return outcomes;
    if (view.phase === 'outcome') {
      outcomes.set(view.decisions - 1, view.outcome?.feedback ?? []);
      ok(r.send(CONTROL, { type: 'continue' }));
    } else if (view.phase === 'negotiating') {
      const negotiation = view.negotiation;
      if (negotiation?.counter != null) ok(r.send(CONTROL, { type: 'acceptCounter' }));
      else if (negotiation !== null && (negotiation.answer === null || negotiation.canProposeAgain)) {
        const terms = Object.fromEntries(negotiation.clauses.map((c) => [c.id, c.preset]));
        ok(r.send(CONTROL, { type: 'propose', terms }));
      } else ok(r.send(CONTROL, { type: 'walkAway' }));
    } else {
      const decision = r.room.round.decision;
      ok(r.send(CONTROL, { type: 'open', decision }));
      const choices = choicesOf(r.room);
      voters.forEach((voter, i) => {
        const choice = pick(i, decision, choices);
        if (choice !== null) ok(r.send(voter, { type: 'vote', decision, choice }));
      });
      ok(r.send(CONTROL, { type: 'close', decision }));
      if (r.room.round.status === 'tied') {
        const leaders = r.room.round.tally?.leaders ?? [];
        ok(r.send(CONTROL, { type: 'breakTie', decision, choice: leaders[0] ?? (choices[0] as string) }));
      }
    }
  }
  throw new Error('the room did not end within 500 steps');
}
