import { describe, expect, test } from 'vitest';
import { roomReport, roomView } from '../../src/room';
import { A, B, C, CONTROL, driven, playUntil, toNegotiation } from './sample-room';

/** A room of three at the sample's joint-lab agreement (its first card offers to negotiate). */
function atNegotiation() {
  const r = driven();
  for (const who of [A, B, C]) r.join(who);
  const room = playUntil(r, (room) => room.view.phase === 'negotiating', toNegotiation);
  if (room === null) throw new Error('the sample never reached its negotiation');
  const clauses = room.view.negotiation?.clauses ?? [];
  expect(clauses.length).toBeGreaterThanOrEqual(2);
  return { r, decision: room.round.decision, clauses };
}

describe('a negotiation card in a room', () => {
  test('participants vote clause by clause; closing counts each clause and plays nothing', () => {
    const { r, decision, clauses } = atNegotiation();
    const [one, two] = clauses as [(typeof clauses)[0], (typeof clauses)[0]];
    const option = (clause: typeof one, i: number) => clause.options[i]?.id as string;
    expect(r.send(A, { type: 'vote', decision, clause: one.id, choice: option(one, 0) })).toEqual({
      ok: false,
      refusal: 'vote-not-open',
    });
    expect(r.send(CONTROL, { type: 'open', decision }).ok).toBe(true);
    r.send(A, { type: 'vote', decision, clause: one.id, choice: option(one, 1) });
    r.send(A, { type: 'vote', decision, clause: one.id, choice: option(one, 0) });
    r.send(A, { type: 'vote', decision, clause: two.id, choice: option(two, 1) });
    r.send(B, { type: 'vote', decision, clause: one.id, choice: option(one, 0) });
    r.send(C, { type: 'vote', decision, clause: two.id, choice: option(two, 0) });
    // An option the clause does not have, a choice without a clause, an unknown clause: refused.
    for (const bad of [
      { clause: two.id, choice: `${option(two, 1)}-x` },
      { choice: option(one, 0) },
      { clause: 'no-such-clause', choice: option(one, 0) },
    ]) {
      expect(r.send(C, { type: 'vote', decision, ...bad })).toEqual({ ok: false, refusal: 'no-such-choice' });
    }
    expect(roomView(r.room, 'participant', { now: 0, token: A }).you?.terms).toEqual({
      [one.id]: option(one, 0),
      [two.id]: option(two, 1),
    });
    expect(roomView(r.room, 'display', { now: 0 }).vote).toMatchObject({ voters: 3, tally: null });
    // Proposing while the room still votes is refused.
    const terms = { [one.id]: option(one, 0), [two.id]: option(two, 0) };
    for (const clause of clauses.slice(2)) terms[clause.id] = clause.options[0]?.id as string;
    expect(r.send(CONTROL, { type: 'propose', terms })).toEqual({ ok: false, refusal: 'vote-open' });

    expect(r.send(CONTROL, { type: 'close', decision }).ok).toBe(true);
    const vote = roomView(r.room, 'display', { now: 0 }).vote;
    expect(vote.status).toBe('counted');
    expect(vote.tally?.clauses?.[one.id]).toMatchObject({ [option(one, 0)]: 2, [option(one, 1)]: 0 });
    expect(vote.tally?.clauses?.[two.id]).toMatchObject({ [option(two, 0)]: 1, [option(two, 1)]: 1 });
    expect(r.room.view.phase).toBe('negotiating');
  });

  test('the facilitator proposes, sees the counter or the answer, and the room records how it ended', () => {
    const { r, decision, clauses } = atNegotiation();
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, {
      type: 'vote',
      decision,
      clause: clauses[0]?.id as string,
      choice: clauses[0]?.options[0]?.id as string,
    });
    r.send(CONTROL, { type: 'close', decision });
    // Propose the first option of every clause; then accept a counter if one comes, else it has ended.
    const terms = Object.fromEntries(clauses.map((c) => [c.id, c.options[0]?.id as string]));
    expect(r.send(CONTROL, { type: 'propose', terms }).ok).toBe(true);
    if (r.room.view.phase === 'negotiating') {
      expect(r.room.view.negotiation?.counter).not.toBeNull();
      expect(r.room.round.status).toBe('counted');
      expect(r.send(CONTROL, { type: 'acceptCounter' }).ok).toBe(true);
    }
    expect(r.room.view.phase).toBe('outcome');
    const kind = r.room.view.outcome?.kind;
    expect(r.room.round).toMatchObject({
      status: 'played',
      chosen: kind === 'agreement' ? 'agreement' : 'no-deal',
    });
    const record = r.room.played.at(-1);
    expect(record?.decision).toBe(decision);
    expect(record?.negotiation?.clauses[clauses[0]?.id as string]).toMatchObject({
      [clauses[0]?.options[0]?.id as string]: 1,
    });
    expect(Object.keys(record?.negotiation?.terms ?? {})).toHaveLength(clauses.length);
    // The after-action report shows the room's count per clause, the terms it ended on marked.
    const reported = roomReport(r.room, 0).decisions.find((d) => d.number === decision);
    expect(reported?.vote).toBeNull();
    expect(reported?.clauseVotes.map((c) => c.total)).toEqual(clauses.map((_, i) => (i === 0 ? 1 : 0)));
    for (const [i, counted] of (reported?.clauseVotes ?? []).entries()) {
      const clause = clauses[i];
      const agreed = record?.negotiation?.terms[clause?.id as string];
      expect(counted.options.filter((o) => o.played).map((o) => o.id)).toEqual([agreed]);
    }
    // The next card is a fresh round.
    expect(r.send(CONTROL, { type: 'continue' }).ok).toBe(true);
    expect(r.room.round).toMatchObject({ status: 'waiting', decision: decision + 1 });
  });

  test('walking away ends in no deal, recorded with the count; no vote after the first proposal', () => {
    const { r, decision, clauses } = atNegotiation();
    const terms = Object.fromEntries(clauses.map((c) => [c.id, c.options.at(-1)?.id as string]));
    // With no vote at all the facilitator may still propose (the typed-in fallback of a quiet room).
    r.send(CONTROL, { type: 'propose', terms });
    if (r.room.view.phase === 'negotiating') {
      expect(r.send(CONTROL, { type: 'open', decision })).toEqual({ ok: false, refusal: 'wrong-phase' });
      expect(r.send(CONTROL, { type: 'walkAway' }).ok).toBe(true);
    }
    expect(r.room.view.phase).toBe('outcome');
    expect(r.room.played.at(-1)?.negotiation).toBeDefined();
  });
});
