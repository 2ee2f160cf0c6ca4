import { describe, expect, test } from 'vitest';
import { roomView } from '../../src/room';
import { A, B, C, CONTROL, choicesOf, driven } from './sample-room';

describe('a workshop room', () => {
  test('participants vote, change their vote, the count stays hidden until the facilitator closes it', () => {
    const r = driven();
    for (const who of [A, B, C]) expect(r.join(who).ok).toBe(true);
    const [first, second] = choicesOf(r.room);
    expect(first && second).toBeTruthy();
    const decision = r.room.round.decision;
    expect(r.send(A, { type: 'vote', decision, choice: first as string })).toEqual({
      ok: false,
      refusal: 'vote-not-open',
    });
    expect(r.send(CONTROL, { type: 'open', decision }).ok).toBe(true);
    r.send(A, { type: 'vote', decision, choice: second as string });
    r.send(A, { type: 'vote', decision, choice: first as string });
    r.send(B, { type: 'vote', decision, choice: first as string });
    r.send(C, { type: 'vote', decision, choice: second as string });
    const display = roomView(r.room, 'display', { now: 0 });
    expect(display.vote).toMatchObject({ status: 'open', voters: 3, tally: null });
    expect(roomView(r.room, 'participant', { now: 0, token: A }).you?.choice).toBe(first);
    expect(r.send(CONTROL, { type: 'close', decision }).ok).toBe(true);
    const revealed = roomView(r.room, 'display', { now: 0 }).vote;
    expect(revealed.status).toBe('played');
    expect(revealed.chosen).toBe(first);
    expect(revealed.tally?.counts[first as string]).toBe(2);
    expect(revealed.tally?.counts[second as string]).toBe(1);
    expect(r.room.view.phase).toBe('outcome');
    expect(r.room.played).toEqual([
      {
        decision,
        counts: expect.objectContaining({ [first as string]: 2 }),
        chosen: first,
        tieBroken: false,
      },
    ]);
  });

  test('a live-tally room shows the running count while the vote is open', () => {
    const r = driven({ liveTally: true });
    r.join(A);
    const decision = r.room.round.decision;
    const [first] = choicesOf(r.room);
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, { type: 'vote', decision, choice: first as string });
    expect(roomView(r.room, 'display', { now: 0 }).vote.tally?.counts[first as string]).toBe(1);
  });

  test('a tie waits for the facilitator, who can only pick one of the tied choices', () => {
    const r = driven();
    r.join(A);
    r.join(B);
    const [first, second, third] = choicesOf(r.room);
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, { type: 'vote', decision, choice: first as string });
    r.send(B, { type: 'vote', decision, choice: second as string });
    r.send(CONTROL, { type: 'close', decision });
    expect(roomView(r.room, 'control', { now: 0 }).vote).toMatchObject({
      status: 'tied',
      tied: [first, second],
    });
    expect(r.room.view.phase).toBe('choosing');
    if (third !== undefined) {
      expect(r.send(CONTROL, { type: 'breakTie', decision, choice: third })).toEqual({
        ok: false,
        refusal: 'no-such-choice',
      });
    }
    expect(r.send(CONTROL, { type: 'breakTie', decision, choice: second as string }).ok).toBe(true);
    expect(r.room.round.chosen).toBe(second);
    expect(r.room.played.at(-1)?.tieBroken).toBe(true);
  });

  test('a vote nobody cast lets the facilitator pick any choice', () => {
    const r = driven();
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(CONTROL, { type: 'close', decision });
    expect(roomView(r.room, 'control', { now: 0 }).vote.tied).toEqual(choicesOf(r.room));
  });

  test('the played choice steps the engine; continue brings the next decision with a fresh vote', () => {
    const r = driven();
    r.join(A);
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, { type: 'vote', decision, choice: choicesOf(r.room)[0] as string });
    r.send(CONTROL, { type: 'close', decision });
    expect(r.room.view.outcome).not.toBeNull();
    expect(r.send(CONTROL, { type: 'continue' }).ok).toBe(true);
    expect(r.room.round).toMatchObject({ decision: decision + 1, status: 'waiting', tally: null });
    expect(roomView(r.room, 'participant', { now: 0, token: A }).you?.choice).toBeNull();
    // A ballot meant for the decision before is refused, not counted on this one.
    r.send(CONTROL, { type: 'open', decision: decision + 1 });
    expect(r.send(A, { type: 'vote', decision, choice: choicesOf(r.room)[0] as string })).toEqual({
      ok: false,
      refusal: 'wrong-decision',
    });
  });

  test('the room plays a whole scenario to its ending by votes (and the facilitator for negotiations)', () => {
    const r = driven();
    r.join(A);
    for (let guard = 0; guard < 500 && r.room.view.phase !== 'ended'; guard += 1) {
      const { phase } = r.room.view;
      const decision = r.room.round.decision;
      if (phase === 'choosing') {
        r.send(CONTROL, { type: 'open', decision });
        r.send(A, { type: 'vote', decision, choice: choicesOf(r.room).at(-1) as string });
        expect(r.send(CONTROL, { type: 'close', decision }).ok).toBe(true);
      } else if (phase === 'negotiating') {
        expect(r.send(CONTROL, { type: 'walkAway' }).ok).toBe(true);
      } else {
        expect(r.send(CONTROL, { type: 'continue' }).ok).toBe(true);
      }
    }
    expect(r.room.view.phase).toBe('ended');
    expect(r.room.played.length).toBeGreaterThan(0);
  });
});
