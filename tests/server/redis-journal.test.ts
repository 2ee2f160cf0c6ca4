import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { roomView } from '../../src/room';
import { HOST_LEASE, RedisJournal } from '../../src/server/cluster/redis-journal';
import { type Redis, RedisKeys } from '../../src/server/cluster/redis-keys';
import type { RoomRecord } from '../../src/server/journal';
import { RoomRegistry, type ScenarioCatalog } from '../../src/server/room-registry';
import type { Randomness } from '../../src/server/secrets';
import { sampleScenario, token } from '../room/sample-room';
import { type RedisServer, startRedisServer } from './redis-server';

const scenario = sampleScenario();
const catalog: ScenarioCatalog = new Map([
  [scenario.source.id, { source: scenario.source, compiled: scenario }],
]);
// Real times: Redis expires a room's keys at its expiry, so the clock must be near today's.
const NOW = Date.now();
const DAY = 86_400_000;

let server: RedisServer;
let redis: Redis;
let prefixes = 0;

beforeAll(async () => {
  server = await startRedisServer();
  redis = createClient({ url: server.url });
  await redis.connect();
});

afterAll(async () => {
  redis?.destroy();
  await server?.stop();
});

/** A process's view of Redis under a prefix of the test's own: its journal, and what failed to write. */
async function processOn(prefix: string, owner: string, label = owner) {
  const keys = new RedisKeys(prefix);
  const failed: string[] = [];
  const created: string[] = [];
  const journal = await RedisJournal.open(
    {
      redis,
      keys,
      owner,
      onRoomCreated: (id) => created.push(id),
      onWriteFailed: (key) => failed.push(key),
    },
    () => token(`host-${label}`),
  );
  return { keys, journal, failed, created };
}

function counting(label: string): Randomness {
  let n = 0;
  return {
    token: () => token(`${label}${++n}`),
    roomCode: () => `ROOM${'ABCDEFGH'[++n % 8]}`,
    roomId: () => `${label}-room${++n}`,
    seed: () => 42,
  };
}

const record = (id: string, code: string): RoomRecord => ({
  id,
  code,
  controlToken: token(`control-${id}`),
  seed: 1,
  createdAt: NOW,
  expiresAt: NOW + DAY,
  scenario: scenario.source,
  settings: {},
});

const take = (keys: RedisKeys, key: string, owner: string) =>
  redis.set(keys.lease(key), owner, { expiration: { type: 'PX', value: 60_000 } });

describe('the Redis journal', () => {
  test('draws one host token for every process', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    const b = await processOn(prefix, 'b');
    expect(a.journal.meta('host-token')).toBe(token('host-a'));
    expect(b.journal.meta('host-token')).toBe(token('host-a'));
  });

  test('writes a room only under the host lease, and its entries only under the room lease', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    a.journal.createRoom(record('r1', 'ABCDE'), { 'host-seq': '1' });
    await expect(a.journal.settled(HOST_LEASE)).rejects.toThrow(/LEASE/);
    expect(a.failed).toEqual([HOST_LEASE, 'r1']);
    expect(await a.journal.roomIdByCode('ABCDE')).toBeNull();

    await take(a.keys, HOST_LEASE, 'a');
    a.journal.forget(HOST_LEASE);
    a.journal.createRoom(record('r1', 'ABCDE'), { 'host-seq': '1' });
    await a.journal.settled(HOST_LEASE);
    expect(await a.journal.roomIdByCode('ABCDE')).toBe('r1');
    expect(await a.journal.roomIdByToken(token('control-r1'))).toBe('r1');
    expect(await redis.hGet(a.keys.meta, 'host-seq')).toBe('1');

    // The room's keys expire with the room: Redis drops what nobody deletes.
    expect(await redis.pExpireTime(a.keys.room('r1'))).toBe(NOW + DAY);
    expect(await redis.pExpireTime(a.keys.code('ABCDE'))).toBe(NOW + DAY);

    // Nobody owns the new room yet: an append is refused until the lease is taken.
    const join = { kind: 'join', intent: { type: 'join', code: 'ABCDE' }, token: token('p1') } as const;
    a.journal.append('r1', NOW, join);
    await expect(a.journal.settled('r1')).rejects.toThrow(/LEASE/);
    a.journal.forget('r1');
    expect(await a.journal.load('r1')).toMatchObject({ id: 'r1', code: 'ABCDE' });
    expect([...a.journal.entries('r1')]).toEqual([]);

    await take(a.keys, 'r1', 'a');
    a.journal.append('r1', NOW + 1, join);
    await a.journal.settled('r1');
    expect(await a.journal.roomIdByToken(token('p1'))).toBe('r1');
    expect(await a.journal.load('r1')).not.toBeNull();
    expect([...a.journal.entries('r1')]).toEqual([{ at: NOW + 1, entry: join }]);
    // Read once: the registry replays them as it adopts the room.
    expect([...a.journal.entries('r1')]).toEqual([]);
  });

  test('a process that lost the lease cannot append behind the new owner', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    const b = await processOn(prefix, 'b');
    await take(a.keys, HOST_LEASE, 'a');
    a.journal.createRoom(record('r1', 'ABCDE'), {});
    await take(a.keys, 'r1', 'a');
    const vote = (seq: number) =>
      ({ kind: 'intent', intent: { type: 'open', token: token('control-r1'), seq, decision: 0 } }) as const;
    a.journal.append('r1', NOW, vote(1));
    await a.journal.settled('r1');

    // a stalls; its lease expires and b takes the room.
    await redis.del(a.keys.lease('r1'));
    await take(b.keys, 'r1', 'b');
    await b.journal.load('r1');
    expect([...b.journal.entries('r1')]).toHaveLength(1);
    a.journal.append('r1', NOW, vote(2));
    await expect(a.journal.settled('r1')).rejects.toThrow(/LEASE/);
    b.journal.append('r1', NOW, vote(2));
    await b.journal.settled('r1');
    expect(await redis.lLen(a.keys.journal('r1'))).toBe(2);
  });

  test('a room code is never given twice, even by two processes', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    await take(a.keys, HOST_LEASE, 'a');
    a.journal.createRoom(record('r1', 'ABCDE'), {});
    a.journal.createRoom(record('r2', 'ABCDE'), {});
    await expect(a.journal.settled('r2')).rejects.toThrow(/CODE/);
    await expect(a.journal.settled('r1')).resolves.toBeUndefined();
    expect(await a.journal.roomIdByCode('ABCDE')).toBe('r1');
    expect(await redis.exists(a.keys.room('r2'))).toBe(0);
  });

  test('deleting a room deletes its code, tokens, record and journal', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    await take(a.keys, HOST_LEASE, 'a');
    a.journal.createRoom(record('r1', 'ABCDE'), {});
    await take(a.keys, 'r1', 'a');
    a.journal.append('r1', NOW, {
      kind: 'join',
      intent: { type: 'join', code: 'ABCDE' },
      token: token('p1'),
    });
    a.journal.deleteRoom('r1');
    await a.journal.settled('r1');
    const left = await redis.keys(`${prefix}:*`);
    expect(left.sort()).toEqual([a.keys.lease(HOST_LEASE), a.keys.meta]);
  });

  test('a registry on another process adopts a room from Redis exactly as its owner held it', async () => {
    const prefix = `t${++prefixes}`;
    const a = await processOn(prefix, 'a');
    const b = await processOn(prefix, 'b');
    const registry = (journal: RedisJournal, label: string) =>
      new RoomRegistry({
        journal,
        catalog,
        random: counting(label),
        now: () => NOW,
        expireMs: DAY,
        log: () => undefined,
      });
    const first = registry(a.journal, 'a');
    const second = registry(b.journal, 'b');
    expect(second.hostToken).toBe(first.hostToken);

    await take(a.keys, HOST_LEASE, 'a');
    const created = first.create({
      type: 'create',
      token: first.hostToken,
      seq: 1,
      scenario: scenario.source.id,
    });
    const room = created.room;
    if (room === undefined) throw new Error('no room');
    expect(a.created).toEqual([room.id]);
    await a.journal.settled(HOST_LEASE);
    await take(a.keys, room.id, 'a');
    const people = ['Ada', 'Bo'].map((name) => first.join({ type: 'join', code: room.code, name }));
    const decision = room.round.decision;
    const choice = (room.view.choices ?? []).find((c) => !c.locked)?.id ?? '';
    first.apply(room.id, { type: 'open', token: room.controlToken, seq: 1, decision });
    first.apply(room.id, { type: 'vote', token: people[0]?.token ?? '', seq: 1, decision, choice });
    await a.journal.settled(room.id);

    await redis.del(a.keys.lease(room.id));
    await take(b.keys, room.id, 'b');
    const record = await b.journal.load(room.id);
    if (record === null) throw new Error('room not in Redis');
    const adopted = second.adopt(record);
    const held = first.room(room.id);
    if (held === undefined) throw new Error('room gone');
    expect(roomView(adopted, 'control', { now: NOW })).toEqual(roomView(held, 'control', { now: NOW }));
    expect(second.roomByToken(people[1]?.token ?? '')?.role).toBe('participant');
    // The host's numbers are read again when the host lease changes hands.
    await b.journal.refreshMeta();
    expect(second.hostSeq()).toBe(1);
  });
});
