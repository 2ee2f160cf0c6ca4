import { describe, expect, test } from 'vitest';
import {
  applyIntent,
  joinRoom,
  type Reply,
  type RoomState,
  roomView,
  type SignedIntent,
} from '../../src/room';
import { CONTROL, sampleRoom, token } from './sample-room';

type Unsigned = SignedIntent extends infer I
  ? I extends SignedIntent
    ? Omit<I, 'token' | 'seq'>
    : never
  : never;

/** A room driven the way the server drives it: each token counts its own sequence numbers. */
function driven(settings: Parameters<typeof sampleRoom>[0] = {}) {
  let room: RoomState = sampleRoom(settings);
  const seqs = new Map<string, number>();
  const send = (who: string, intent: Unsigned, seq = (seqs.get(who) ?? 0) + 1): Reply => {
    seqs.set(who, Math.max(seq, seqs.get(who) ?? 0));
    const change = applyIntent(room, { ...intent, token: who, seq } as SignedIntent, 2_000);
    room = change.room;
    return change.reply;
  };
  const join = (who: string, team?: string): Reply => {
    const change = joinRoom(room, { type: 'join', code: room.code, ...(team ? { team } : {}) }, who, 1_500);
    room = change.room;
    return change.reply;
  };
  return {
    send,
    join,
    get room() {
      return room;
    },
  };
}

const A = token('alice');
const B = token('bob');
const C = token('carol');

function choicesOf(room: RoomState): string[] {
  return room.view.choices.filter((c) => !c.locked).map((c) => c.id);
}

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
