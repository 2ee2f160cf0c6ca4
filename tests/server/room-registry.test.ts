import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { roomView } from '../../src/room';
import { Journal } from '../../src/server/journal';
import { RoomRegistry, type ScenarioCatalog } from '../../src/server/room-registry';
import type { Randomness } from '../../src/server/secrets';
import { sampleScenario, token } from '../room/sample-room';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = sampleScenario();
const catalog: ScenarioCatalog = new Map([
  [scenario.source.id, { source: scenario.source, compiled: scenario }],
]);

/** Predictable randomness: tokens and codes by counter, so two runs can be compared. */
function counting(): Randomness {
  let n = 0;
  const next = () => {
    n += 1;
    return n;
  };
  return {
    token: () => token(`t${next()}`),
    roomCode: () => `ROOM${'ABCDEFGH'[next() % 8]}`,
    roomId: () => `room${next()}`,
    seed: () => 42,
  };
}

function registry(file: string, now: { t: number }, expireMs = 1_000_000) {
  const journal = new Journal(file);
  const logs: string[] = [];
  const rooms = new RoomRegistry({
    journal,
    catalog,
    random: counting(),
    now: () => now.t,
    expireMs,
    log: (line) => logs.push(line),
  });
  return { journal, rooms, logs };
}

describe('the room registry and its journal', () => {
  test('a registry opened on the same file rebuilds every room exactly, by replaying its journal', () => {
    const file = path.join(dir, 'replay.sqlite');
    const now = { t: 5_000 };
    const a = registry(file, now);
    const created = a.rooms.create({
      type: 'create',
      token: a.rooms.hostToken,
      seq: 1,
      scenario: scenario.source.id,
    });
    if (!created.ok || created.room === undefined) throw new Error('not created');
    const room = created.room;
    const joined = [1, 2].map(() => a.rooms.join({ type: 'join', code: room.code }).token as string);
    const choice = room.view.choices[0]?.id as string;
    const ctl = room.controlToken;
    a.rooms.apply(room.id, { type: 'open', token: ctl, seq: 1, decision: 0 });
    a.rooms.apply(room.id, { type: 'vote', token: joined[0] as string, seq: 1, decision: 0, choice });
    now.t += 30_000;
    a.rooms.apply(room.id, { type: 'timer', token: ctl, seq: 2, action: 'start', seconds: 60 });
    a.rooms.apply(room.id, { type: 'note', token: ctl, seq: 3, decision: 0, text: '둘로 갈림' });
    // A refused intent that used up its number is journaled too; a retransmission is not.
    a.rooms.apply(room.id, { type: 'vote', token: joined[1] as string, seq: 4, decision: 9, choice });
    a.rooms.apply(room.id, { type: 'note', token: ctl, seq: 3, decision: 0, text: 'again' });
    const before = a.rooms.room(room.id);
    a.journal.close();

    const b = registry(file, now);
    const after = b.rooms.room(room.id);
    if (before === undefined || after === undefined) throw new Error('room missing');
    expect(roomView(after, 'control', { now: 0 })).toEqual(roomView(before, 'control', { now: 0 }));
    expect(after.seqs).toEqual(before.seqs);
    expect(after.round.ballots).toEqual(before.round.ballots);
    expect(b.rooms.roomByToken(joined[1] as string)?.role).toBe('participant');
    expect(b.rooms.hostToken).toBe(a.rooms.hostToken);
    // Two joins and five intents (the refused one included); the retransmission was not written.
    expect(b.logs).toEqual([`restored room ${room.code} (7 journal entries)`]);
    // The host's number survived: a new room needs a higher one.
    expect(
      b.rooms.create({ type: 'create', token: b.rooms.hostToken, seq: 1, scenario: scenario.source.id }),
    ).toMatchObject({
      ok: true,
      repeated: true,
    });
    b.journal.close();
  });

  test('deleting a room removes it and its journal; expired rooms go by themselves', () => {
    const file = path.join(dir, 'delete.sqlite');
    const now = { t: 0 };
    const a = registry(file, now, 10_000);
    const make = (seq: number) => {
      const made = a.rooms.create({
        type: 'create',
        token: a.rooms.hostToken,
        seq,
        scenario: scenario.source.id,
      });
      if (!made.ok || made.room === undefined) throw new Error('not created');
      return made.room;
    };
    const doomed = make(1);
    a.rooms.join({ type: 'join', code: doomed.code });
    const deleted = a.rooms.apply(doomed.id, { type: 'delete', token: doomed.controlToken, seq: 1 });
    expect(deleted.deleted).toBe(true);
    expect(a.rooms.room(doomed.id)).toBeUndefined();
    expect([...a.journal.entries(doomed.id)]).toEqual([]);
    expect(a.rooms.roomByCode(doomed.code)).toBeUndefined();
    now.t = 5_000;
    const later = make(2);
    now.t = 12_000;
    expect(a.rooms.expire()).toEqual([]);
    expect(a.rooms.size).toBe(1);
    now.t = 15_000;
    expect(a.rooms.expire()).toEqual([{ id: later.id, code: later.code }]);
    expect(a.journal.rooms()).toEqual([]);
    a.journal.close();
  });

  test('a room that cannot be rebuilt is reported and kept on disk; the others come back', () => {
    const file = path.join(dir, 'broken.sqlite');
    const now = { t: 0 };
    const a = registry(file, now);
    const good = a.rooms.create({
      type: 'create',
      token: a.rooms.hostToken,
      seq: 1,
      scenario: scenario.source.id,
    });
    a.journal.createRoom(
      {
        id: 'broken',
        code: 'BROKE',
        controlToken: token('c'),
        seed: 1,
        createdAt: 0,
        expiresAt: 1e12,
        scenario: {},
        settings: {},
      },
      {},
    );
    a.journal.close();
    const b = registry(file, now);
    expect(b.logs.some((line) => line.startsWith('could not restore room BROKE'))).toBe(true);
    expect(b.rooms.size).toBe(1);
    expect(b.rooms.roomByCode('BROKE')).toBeUndefined();
    expect(good.ok && good.room !== undefined && b.rooms.room(good.room.id) !== undefined).toBe(true);
    expect(b.journal.rooms().map((r) => r.id)).toContain('broken');
    b.journal.close();
  });

  test('a create with an unknown host token or scenario is refused', () => {
    const a = registry(path.join(dir, 'refuse.sqlite'), { t: 0 });
    expect(
      a.rooms.create({ type: 'create', token: token('guess'), seq: 1, scenario: scenario.source.id }),
    ).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(a.rooms.create({ type: 'create', token: a.rooms.hostToken, seq: 1, scenario: 'nope' })).toEqual({
      ok: false,
      refusal: 'unknown-scenario',
    });
    a.journal.close();
  });
});

describe('joins with a join id in the registry', () => {
  test('a retransmitted join answers the same token, is not journaled twice, and survives a restart', () => {
    const file = path.join(dir, 'join-id.sqlite');
    const now = { t: 5_000 };
    const a = registry(file, now);
    const created = a.rooms.create({
      type: 'create',
      token: a.rooms.hostToken,
      seq: 1,
      scenario: scenario.source.id,
    });
    if (!created.ok || created.room === undefined) throw new Error('not created');
    const joinId = token('phone-join-id');
    const first = a.rooms.join({ type: 'join', code: created.room.code, joinId });
    const again = a.rooms.join({ type: 'join', code: created.room.code, joinId });
    expect(first.reply).toEqual({ ok: true, repeated: false });
    expect(again.reply).toEqual({ ok: true, repeated: true });
    expect(again.token).toBe(first.token);
    expect(a.rooms.room(created.room.id)?.participants.size).toBe(1);
    a.journal.flush();
    expect([...a.journal.entries(created.room.id)]).toHaveLength(1);
    a.journal.close();

    const b = registry(file, now);
    const restarted = b.rooms.join({ type: 'join', code: created.room.code, joinId });
    expect(restarted).toMatchObject({ reply: { ok: true, repeated: true }, token: first.token });
    expect(b.rooms.room(created.room.id)?.participants.size).toBe(1);
    b.journal.close();
  });
});

describe('rooms of uploaded scenarios in the registry', () => {
  test('the room record journals the whole uploaded scenario, and a restart plays it without the upload', () => {
    const file = path.join(dir, 'uploaded.sqlite');
    const now = { t: 5_000 };
    const own = { ...scenario.source, id: 'our-workshop' };
    const uploads: ScenarioCatalog = new Map([
      [own.id, { source: own, compiled: { ...scenario, source: own } }],
    ]);
    const journal = new Journal(file);
    const rooms = new RoomRegistry({
      journal,
      catalog,
      uploads,
      random: counting(),
      now: () => now.t,
      expireMs: 1e6,
      log: () => {},
    });
    const created = rooms.create({ type: 'create', token: rooms.hostToken, seq: 1, scenario: own.id });
    expect(created.ok).toBe(true);
    const [record] = journal.rooms();
    expect(record).toMatchObject({ scenarioFrom: 'uploaded', scenario: { id: 'our-workshop' } });
    journal.close();
    // Restarted with no uploads at all: the room comes back from its record.
    const again = registry(file, now);
    expect(again.rooms.size).toBe(1);
    expect(again.rooms.room(record?.id ?? '')?.scenario.source.id).toBe('our-workshop');
    again.journal.close();
  });
});
