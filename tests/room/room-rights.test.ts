import { describe, expect, test } from 'vitest';
import { applyIntent, roomView } from '../../src/room';
import { A, B, C, CONTROL, choicesOf, driven, sampleRoom, token, type Unsigned } from './sample-room';

describe('who may do what', () => {
  test('a participant cannot send a facilitator action, and nobody unknown can send anything', () => {
    const r = driven();
    r.join(A);
    const decision = r.room.round.decision;
    for (const intent of [
      { type: 'open', decision },
      { type: 'continue' },
      { type: 'settings', liveTally: true },
      { type: 'delete' },
    ] as Unsigned[]) {
      expect(r.send(A, intent)).toEqual({ ok: false, refusal: 'forbidden' });
    }
    expect(r.room.round.status).toBe('waiting');
    expect(r.room.settings.liveTally).toBe(false);
    expect(r.send(token('stranger'), { type: 'open', decision })).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    r.send(CONTROL, { type: 'open', decision });
    expect(r.send(CONTROL, { type: 'vote', decision, choice: choicesOf(r.room)[0] as string })).toEqual({
      ok: false,
      refusal: 'forbidden',
    });
  });

  test('a retransmitted intent is harmless, an older one is refused', () => {
    const r = driven();
    r.join(A);
    const [first, second] = choicesOf(r.room);
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    expect(r.send(A, { type: 'vote', decision, choice: first as string }, 1)).toEqual({
      ok: true,
      repeated: false,
    });
    expect(r.send(A, { type: 'vote', decision, choice: second as string }, 2).ok).toBe(true);
    const before = r.room;
    // The same number again (a retransmission) changes nothing, even if its content differs.
    expect(r.send(A, { type: 'vote', decision, choice: first as string }, 2)).toEqual({
      ok: true,
      repeated: true,
    });
    expect(r.room).toBe(before);
    // An older number (a replay) is refused.
    expect(r.send(A, { type: 'vote', decision, choice: first as string }, 1)).toEqual({
      ok: false,
      refusal: 'stale-seq',
    });
    expect(r.room.round.ballots.get(A)).toBe(second);
  });

  test('a refused intent still uses up its number, so it can never land later', () => {
    const r = driven();
    r.join(A);
    const [first] = choicesOf(r.room);
    const decision = r.room.round.decision;
    expect(r.send(A, { type: 'vote', decision, choice: first as string }, 5).ok).toBe(false);
    r.send(CONTROL, { type: 'open', decision });
    expect(r.send(A, { type: 'vote', decision, choice: first as string }, 5)).toEqual({
      ok: true,
      repeated: true,
    });
    expect(r.room.round.ballots.size).toBe(0);
  });

  test('choices that are not on the card, and unknown teams, are refused', () => {
    const r = driven({ teams: ['Red'] });
    expect(r.join(A, 'Blue')).toEqual({ ok: false, refusal: 'unknown-team' });
    expect(r.join(A, 'Red').ok).toBe(true);
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    expect(r.send(A, { type: 'vote', decision, choice: 'nothing-like-this' })).toEqual({
      ok: false,
      refusal: 'no-such-choice',
    });
  });
});

describe('the facilitator tools', () => {
  test('the timer pauses and resumes as data', () => {
    let room = sampleRoom();
    const timer = (
      action: 'start' | 'pause' | 'resume' | 'reset',
      now: number,
      seq: number,
      seconds?: number,
    ) => {
      room = applyIntent(
        room,
        { type: 'timer', token: CONTROL, seq, action, ...(seconds ? { seconds } : {}) },
        now,
      ).room;
      return room.timer;
    };
    expect(timer('start', 10_000, 1, 90)).toEqual({
      durationMs: 90_000,
      remainingMs: 90_000,
      runningSince: 10_000,
    });
    expect(timer('pause', 40_000, 2)).toEqual({
      durationMs: 90_000,
      remainingMs: 60_000,
      runningSince: null,
    });
    expect(timer('resume', 100_000, 3)).toEqual({
      durationMs: 90_000,
      remainingMs: 60_000,
      runningSince: 100_000,
    });
    expect(timer('reset', 110_000, 4)).toEqual({
      durationMs: 90_000,
      remainingMs: 90_000,
      runningSince: null,
    });
  });

  test('notes are kept per decision and shown to the facilitator only', () => {
    let room = sampleRoom();
    room = applyIntent(
      room,
      { type: 'note', token: CONTROL, seq: 1, decision: 0, text: 'They split on trust' },
      0,
    ).room;
    expect(roomView(room, 'control', { now: 0 }).control?.notes).toEqual({ 0: 'They split on trust' });
    expect(roomView(room, 'display', { now: 0 }).control).toBeNull();
    expect(
      applyIntent(room, { type: 'note', token: CONTROL, seq: 2, decision: 9, text: 'x' }, 0).reply,
    ).toEqual({
      ok: false,
      refusal: 'wrong-decision',
    });
  });

  test('in team mode each team votes its majority; a tied team counts for none and shows as split', () => {
    const r = driven({ voteMode: 'team', teams: ['Red', 'Blue'] });
    const D = token('dave');
    r.join(A, 'Red');
    r.join(B, 'Red');
    r.join(C, 'Blue');
    r.join(D, 'Blue');
    const [first, second] = choicesOf(r.room) as [string, string];
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, { type: 'vote', decision, choice: second });
    r.send(B, { type: 'vote', decision, choice: second });
    r.send(C, { type: 'vote', decision, choice: first });
    r.send(D, { type: 'vote', decision, choice: second });
    r.send(CONTROL, { type: 'close', decision });
    const tally = r.room.round.tally;
    expect(tally?.teams).toEqual([
      { team: 'Red', voters: 2, choice: second },
      { team: 'Blue', voters: 2, choice: null },
    ]);
    expect(tally?.counts[second]).toBe(1);
    expect(tally?.counts[first]).toBe(0);
    expect(r.room.round.chosen).toBe(second);
  });
});
