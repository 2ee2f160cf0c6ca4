import { describe, expect, test } from 'vitest';
import { verify } from '../../src/classroom/result-verify';
import {
  type CompiledScenario,
  playRun,
  policyByName,
  restoreRun,
  type SavedAction,
  saveRun,
} from '../../src/engine';
import {
  type ActIntent,
  applyClassAct,
  type ClassRoomState,
  ClientMessage,
  classControlView,
  classStudentView,
  createClassRoom,
  joinClassRoom,
  type Reply,
} from '../../src/room';
import { CONTROL, sampleScenario, token } from './sample-room';

const SEED = 4242;
const A = token('ann');
const B = token('ben');

function classRoom(askNickname = false): ClassRoomState {
  return createClassRoom(sampleScenario(), {
    id: 'class-1',
    code: 'KLMNP',
    controlToken: CONTROL,
    seed: SEED,
    classCode: 'VL-0000',
    askNickname,
    now: 1_000,
  });
}

/** A whole run of the class's seed, as the engine plays it under a named style: the actions a browser streams. */
function movesOf(scenario: CompiledScenario, policy: 'first' | 'last'): readonly SavedAction[] {
  const { run } = playRun(scenario, SEED, policyByName(policy));
  return saveRun(scenario, run).actions;
}

/** A class room driven as the server drives it, each token counting its own sequence numbers. */
function driven(askNickname = false) {
  let room = classRoom(askNickname);
  const seqs = new Map<string, number>();
  const join = (who: string, extra: { name?: string; team?: string } = {}) => {
    room = joinClassRoom(room, { type: 'join', code: room.code, ...extra }, who, 1_500).room;
  };
  const act = (who: string, move: number, action: SavedAction, seq = (seqs.get(who) ?? 0) + 1): Reply => {
    seqs.set(who, Math.max(seq, seqs.get(who) ?? 0));
    const intent = { type: 'act', token: who, seq, move, action } as ActIntent;
    const change = applyClassAct(room, intent, 3_000);
    room = change.room;
    return change.reply;
  };
  return {
    join,
    act,
    get room() {
      return room;
    },
  };
}

const APPLIED = { ok: true, repeated: false };

describe('a class room', () => {
  test('a student who streams a whole run ends it, and the save verifies as an imported result does', async () => {
    const scenario = sampleScenario();
    const r = driven();
    r.join(A);
    const moves = movesOf(scenario, 'first');
    moves.forEach((move, i) => {
      expect(r.act(A, i, move)).toEqual(APPLIED);
    });
    const view = classStudentView(r.room, A);
    expect(view?.ended).toBe(true);
    expect(view?.save.actions).toEqual(moves);
    expect(view?.save.seed).toBe(SEED);
    const session = {
      mode: 'solo' as const,
      classCode: null,
      team: null,
      startedAt: null,
      finishedAt: null,
      durationSeconds: null,
      votes: [],
    };
    const read = await verify(
      view?.save ?? { scenario: { id: '', version: '' }, seed: 0, actions: [] },
      session,
      () => scenario,
    );
    expect(read.ok).toBe(true);
    // Once ended, nothing more is taken.
    expect(r.act(A, moves.length, 'continue')).toEqual({ ok: false, refusal: 'run-ended' });
  });

  test('a forged or illegal action is refused and changes nothing of the run', () => {
    const scenario = sampleScenario();
    const r = driven();
    r.join(A);
    const moves = movesOf(scenario, 'first');
    const first = moves[0] as SavedAction;
    const before = r.room.students.get(A);
    // A choice the card does not have, a continue while a choice is due, a proposal outside a negotiation.
    for (const forged of [
      { choose: 'no-such-choice' },
      'continue',
      { propose: { x: 'y' } },
    ] as SavedAction[]) {
      expect(r.act(A, 0, forged)).toEqual({ ok: false, refusal: 'illegal-action' });
    }
    expect(r.room.students.get(A)?.run).toBe(before?.run);
    expect(r.room.students.get(A)?.actions).toEqual([]);
    // Not the run's next action: refused by its number, whatever it is.
    expect(r.act(A, 1, first)).toEqual({ ok: false, refusal: 'wrong-move' });
    expect(r.act(A, 0, first)).toEqual(APPLIED);
    expect(r.room.students.get(A)?.actions).toEqual([first]);
  });

  test('a retransmitted action is harmless, an older one refused, and neither is played twice', () => {
    const scenario = sampleScenario();
    const r = driven();
    r.join(A);
    const [m0, m1] = movesOf(scenario, 'first') as [SavedAction, SavedAction];
    expect(r.act(A, 0, m0, 1)).toEqual(APPLIED);
    const after = r.room;
    expect(r.act(A, 0, m0, 1)).toEqual({ ok: true, repeated: true });
    expect(r.room).toBe(after);
    expect(r.act(A, 1, m1, 2)).toEqual(APPLIED);
    expect(r.act(A, 0, m0, 1)).toEqual({ ok: false, refusal: 'stale-seq' });
    expect(r.room.students.get(A)?.actions).toEqual([m0, m1]);
  });

  test('only students act, each on their own run', () => {
    const scenario = sampleScenario();
    const r = driven();
    r.join(A);
    r.join(B);
    const first = movesOf(scenario, 'first');
    const last = movesOf(scenario, 'last');
    expect(r.act(CONTROL, 0, first[0] as SavedAction)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(r.act(token('stranger'), 0, first[0] as SavedAction)).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    for (const [i, move] of first.entries()) expect(r.act(A, i, move)).toEqual(APPLIED);
    for (const [i, move] of last.slice(0, 3).entries()) expect(r.act(B, i, move)).toEqual(APPLIED);
    const rows = classControlView(r.room, 5_000, null).students;
    expect(rows.map((s) => [s.number, s.ended, s.save.actions.length])).toEqual([
      [1, true, first.length],
      [2, false, 3],
    ]);
    const replayed = restoreRun(
      scenario,
      rows[1]?.save ?? { scenario: { id: '', version: '' }, seed: 0, actions: [] },
    );
    expect(replayed.ok && replayed.run.decisions).toBe(rows[1]?.decisions);
  });

  test('a nickname is kept only when the teacher asks for one, and a team never', () => {
    const plain = driven(false);
    plain.join(A, { name: 'Ann', team: 'Red' });
    expect(classStudentView(plain.room, A)?.nickname).toBeNull();
    const asked = driven(true);
    asked.join(A, { name: 'Ann', team: 'Red' });
    expect(classStudentView(asked.room, A)?.nickname).toBe('Ann');
    expect(JSON.stringify(classControlView(asked.room, 0, null))).not.toContain('Red');
    // No view carries a token.
    expect(JSON.stringify(classControlView(asked.room, 0, null))).not.toContain(A);
  });
});

describe('the class room intents on arrival', () => {
  const act = (extra: Record<string, unknown>) => ({
    type: 'act',
    token: A,
    seq: 1,
    move: 0,
    action: 'continue',
    ...extra,
  });
  test('a well-formed act and createClass pass', () => {
    expect(ClientMessage.safeParse(act({ action: { choose: 'c1' } })).success).toBe(true);
    expect(ClientMessage.safeParse(act({ action: { propose: { price: 'low' } } })).success).toBe(true);
    const create = { type: 'createClass', token: A, seq: 1, scenario: 'sample', askNickname: false };
    expect(ClientMessage.safeParse(create).success).toBe(true);
    expect(ClientMessage.safeParse({ ...create, classCode: 'VL-7F3Q' }).success).toBe(true);
  });
  test('malformed, oversized or extra-keyed ones are refused before anything reads them', () => {
    const terms = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`c${i}`, 'x']));
    for (const bad of [
      act({ move: -1 }),
      act({ move: 5000 }),
      act({ move: 1.5 }),
      act({ action: { choose: '1-not-an-id' } }),
      act({ action: { choose: 'a'.repeat(65) } }),
      act({ action: { propose: terms } }),
      act({ action: 'restart' }),
      act({ action: { choose: 'c1', extra: 1 } }),
      act({ seq: 0 }),
      act({ token: 'short' }),
      act({ extra: true }),
      { type: 'createClass', token: A, seq: 1, scenario: 'sample', askNickname: 'yes' },
      {
        type: 'createClass',
        token: A,
        seq: 1,
        scenario: 'sample',
        askNickname: false,
        classCode: 'x'.repeat(17),
      },
    ]) {
      expect(ClientMessage.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
