import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { summarize } from '../../src/classroom/aggregate';
import type { RunResult } from '../../src/classroom/result-schema';
import { verify } from '../../src/classroom/result-verify';
import { playRun, policyByName, type SavedAction, saveRun } from '../../src/engine';
import type { StudentProgress } from '../../src/room';
import type { ClassAnswer } from '../../src/server/class-protocol';
import type { ScenarioCatalog } from '../../src/server/room-registry';
import { type RunningRoomServer, startRoomServer } from '../../src/server/room-server';
import { sampleScenario } from '../room/sample-room';
import { PATIENCE_MS } from './room-client';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-class-'));
const dataFile = path.join(dir, 'rooms.sqlite');
const sockets: Socket[] = [];
const logs: string[] = [];
let server: RunningRoomServer;
let url: string;
/**
 * The server's clock: a second passes each time it is read, so the rate limits (a burst, then 5 a
 * second per token) never stop a test that plays a whole run, whatever the machine's speed; a test
 * of the limits stops it.
 */
let clock = 1_000_000;
let tick = 1_000;

async function start(port = 0): Promise<void> {
  const scenario = sampleScenario();
  const catalog: ScenarioCatalog = new Map([
    [scenario.source.id, { source: scenario.source, compiled: scenario }],
  ]);
  server = await startRoomServer({
    port,
    host: '127.0.0.1',
    dataFile,
    distDir: dir,
    catalog,
    expireMs: 7 * 86_400_000,
    log: (line) => logs.push(line),
    now: () => {
      clock += tick;
      return clock;
    },
  });
  url = `http://127.0.0.1:${server.port}`;
}

beforeAll(async () => {
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Lab Doors</title>');
  await start();
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One connection, as a student's or teacher's screen has: each intent answered by acknowledgement. */
function connect() {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  let seq = 0;
  let token: string | null = null;
  const send = (message: Record<string, unknown>) =>
    socket.timeout(PATIENCE_MS).emitWithAck('intent', message) as Promise<ClassAnswer>;
  return {
    socket,
    send,
    signed: (message: Record<string, unknown>, at = seq + 1) => {
      seq = Math.max(seq, at);
      return send({ ...message, token, seq: at });
    },
    setToken(value: string, from = 0) {
      token = value;
      seq = from;
    },
  };
}

const movesOf = (seed: number, policy: 'first' | 'last'): readonly SavedAction[] => {
  const scenario = sampleScenario();
  return saveRun(scenario, playRun(scenario, seed, policyByName(policy)).run).actions;
};

async function newClassRoom(extra: Record<string, unknown> = {}) {
  const teacher = connect();
  const host = server.registry.hostToken;
  const resumed = await teacher.send({ type: 'resume', token: host });
  teacher.setToken(host, resumed.ok ? (resumed.seq ?? 0) : 0);
  const created = await teacher.signed({
    type: 'createClass',
    scenario: 'sample-visiting-lab',
    askNickname: true,
    ...extra,
  });
  if (!created.ok || created.room?.kind !== 'class-control' || created.token === undefined) {
    throw new Error(`no class room: ${JSON.stringify(created)}`);
  }
  teacher.setToken(created.token);
  return { teacher, room: created.room, controlToken: created.token };
}

describe('class rooms on the server', { timeout: 120_000 }, () => {
  test('two students finish; the teacher sees both, and both verify as imported results', async () => {
    const { teacher, room, controlToken } = await newClassRoom();
    expect(room.classCode).toMatch(/^VL-/);
    const rows = new Map<number, StudentProgress>();
    teacher.socket.on('classStudent', (row: StudentProgress) => rows.set(row.number, row));

    const students = [connect(), connect()];
    const seeds: number[] = [];
    for (const [i, student] of students.entries()) {
      const joined = await student.send({ type: 'join', code: room.code, name: `Student ${i + 1}` });
      if (!joined.ok || joined.token === undefined || joined.room?.kind !== 'class-student') {
        throw new Error('no join');
      }
      expect(joined.room.nickname).toBe(`Student ${i + 1}`);
      student.setToken(joined.token);
      seeds.push(joined.room.save.seed);
    }
    expect(seeds[0]).toBe(seeds[1]);
    const plays = [movesOf(seeds[0] as number, 'first'), movesOf(seeds[0] as number, 'last')];
    for (const [i, student] of students.entries()) {
      for (const [move, action] of (plays[i] ?? []).entries()) {
        expect(await student.signed({ type: 'act', move, action })).toEqual({ ok: true, repeated: false });
      }
    }
    // The teacher's screen is told every step; a fresh look (a reload) shows the same.
    const resumed = await connect().send({ type: 'resume', token: controlToken });
    const view = resumed.ok && resumed.room?.kind === 'class-control' ? resumed.room : null;
    expect(view?.students.map((s) => [s.number, s.nickname, s.ended])).toEqual([
      [1, 'Student 1', true],
      [2, 'Student 2', true],
    ]);
    await until(() => rows.size === 2 && [...rows.values()].every((r) => r.ended));
    const scenario = sampleScenario();
    const results: RunResult[] = [];
    for (const row of view?.students ?? []) {
      const read = await verify(
        row.save,
        {
          mode: 'solo',
          classCode: null,
          team: null,
          startedAt: null,
          finishedAt: null,
          durationSeconds: null,
          votes: [],
        },
        () => scenario,
      );
      if (read.ok) results.push(read.result);
    }
    expect(summarize(results).runs).toBe(2);
  });

  test('forged, replayed and out-of-room actions are refused and logged; the room goes on', async () => {
    const { room } = await newClassRoom({ askNickname: false });
    const student = connect();
    const joined = await student.send({ type: 'join', code: room.code, name: 'Ignored' });
    if (!joined.ok || joined.token === undefined || joined.room?.kind !== 'class-student') throw new Error();
    expect(joined.room.nickname).toBeNull();
    student.setToken(joined.token);
    const moves = movesOf(joined.room.save.seed, 'first');
    expect(await student.signed({ type: 'act', move: 0, action: { choose: 'forged' } })).toEqual({
      ok: false,
      refusal: 'illegal-action',
    });
    expect(await student.signed({ type: 'act', move: 0, action: moves[0] }, 5)).toEqual({
      ok: true,
      repeated: false,
    });
    expect(await student.signed({ type: 'act', move: 0, action: moves[0] }, 5)).toEqual({
      ok: true,
      repeated: true,
    });
    expect(await student.signed({ type: 'act', move: 1, action: moves[1] }, 4)).toEqual({
      ok: false,
      refusal: 'stale-seq',
    });
    expect(await student.signed({ type: 'act', move: 1, action: moves[1] })).toEqual({
      ok: true,
      repeated: false,
    });
    // A workshop intent with a student's token, and an act with a token nobody has.
    expect(await student.signed({ type: 'continue' })).toMatchObject({ ok: false, refusal: 'forbidden' });
    const stranger = connect();
    stranger.setToken('A'.repeat(22));
    expect(await stranger.signed({ type: 'act', move: 0, action: 'continue' })).toMatchObject({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(
      await stranger.send({ type: 'act', token: 'x', seq: 1, move: 0, action: 'continue' }),
    ).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(logs.some((line) => line.includes('illegal-action'))).toBe(true);
    expect(
      await connect().send({
        type: 'createClass',
        token: server.registry.hostToken,
        seq: 10_000,
        scenario: 'sample-visiting-lab',
        askNickname: false,
        classCode: 'VL-ZZZZ',
      }),
    ).toMatchObject({ ok: false, refusal: 'bad-class-code' });
  });

  test('a student sending faster than anyone plays is slowed down, and the run loses nothing', async () => {
    const { room } = await newClassRoom({ askNickname: false });
    const student = connect();
    const joined = await student.send({ type: 'join', code: room.code });
    if (!joined.ok || joined.token === undefined || joined.room?.kind !== 'class-student') throw new Error();
    student.setToken(joined.token);
    const [first] = movesOf(joined.room.save.seed, 'first');
    tick = 0;
    try {
      // Retransmissions of one move, all at one instant: harmless, until the burst is spent.
      const answers = [await student.signed({ type: 'act', move: 0, action: first })];
      for (let i = 0; i < 25; i++)
        answers.push(await student.signed({ type: 'act', move: 0, action: first }, 1));
      expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.refusal === 'rate-limited')).toBe(true);
      expect(answers.filter((a) => !a.ok).length).toBeGreaterThan(0);
    } finally {
      tick = 1_000;
    }
    expect(logs.some((line) => line.includes('rate-limited'))).toBe(true);
    const back = await connect().send({ type: 'resume', token: joined.token });
    expect(back.ok && back.room?.kind === 'class-student' && back.room.save.actions).toEqual([first]);
  });

  test('the teacher deletes the room: its tokens are unknown from then on, and its data gone', async () => {
    const { teacher, room, controlToken } = await newClassRoom();
    const deleted = new Promise((resolve) => teacher.socket.once('deleted', resolve));
    const student = connect();
    const joined = await student.send({ type: 'join', code: room.code });
    if (!joined.ok || joined.token === undefined) throw new Error('no join');
    student.setToken(joined.token);
    expect(await student.signed({ type: 'delete' })).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(await teacher.signed({ type: 'delete' })).toEqual({ ok: true, repeated: false });
    await deleted;
    expect(await connect().send({ type: 'resume', token: controlToken })).toMatchObject({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(await student.signed({ type: 'act', move: 0, action: 'continue' })).toMatchObject({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(await connect().send({ type: 'watch', code: room.code })).toMatchObject({
      ok: false,
      refusal: 'unknown-room',
    });
  });

  test('a restarted server brings back every acknowledged action; a student resumes at their state', async () => {
    const { room } = await newClassRoom({ classCode: 'VL-7F3Q' });
    expect(room.classCode).toBe('VL-7F3Q');
    const student = connect();
    const joined = await student.send({ type: 'join', code: room.code });
    if (!joined.ok || joined.token === undefined || joined.room?.kind !== 'class-student') throw new Error();
    student.setToken(joined.token);
    const moves = movesOf(joined.room.save.seed, 'first').slice(0, 4);
    for (const [move, action] of moves.entries()) await student.signed({ type: 'act', move, action });
    const port = server.port;
    await server.close();
    await start(port);
    const back = await connect().send({ type: 'resume', token: joined.token });
    expect(back).toMatchObject({ ok: true, seq: 4 });
    expect(back.ok && back.room?.kind === 'class-student' && back.room.save.actions).toEqual(moves);
  });
});

async function until(test: () => boolean): Promise<void> {
  for (let waited = 0; !test(); waited += 20) {
    if (waited > PATIENCE_MS) throw new Error('the teacher was not told');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
