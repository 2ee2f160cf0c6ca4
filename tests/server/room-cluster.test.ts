import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RedisKeys } from '../../src/server/cluster/redis-keys';
import { type FailoverProxy, startFailoverProxy } from './failover-proxy';
import { type RedisServer, startRedisServer } from './redis-server';
import { RoomClient } from './room-client';
import { type ServerProcess, startServerProcess } from './server-process';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-cluster-'));
const clients: RoomClient[] = [];
const proxies: FailoverProxy[] = [];
let redis: RedisServer;
let a: ServerProcess;
let b: ServerProcess;
/** A look into Redis, as the processes keep it. */
let peek: ReturnType<typeof createClient>;
const keys = new RedisKeys();

// Two server processes (each allowed 90 s to start on a busy machine) sharing one redis-server.
beforeAll(async () => {
  redis = await startRedisServer();
  const start = (name: string) => startServerProcess(path.join(dir, `${name}.sqlite`), { redis: redis.url });
  [a, b] = await Promise.all([start('a'), start('b')]);
  peek = createClient({ url: redis.url });
  // Redis is killed in a test: the look reconnects by itself.
  peek.on('error', () => undefined);
  await peek.connect();
}, 240_000);

afterAll(async () => {
  // Processes first, and nothing awaited before them: a failed test must not leave a server running.
  for (const s of [a, b]) if (s?.child.exitCode === null) s.child.kill('SIGKILL');
  peek?.destroy();
  for (const c of clients) c.close();
  await Promise.all(proxies.map((p) => p.close()));
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A client behind a load balancer that sends it to the first of `servers` alive. */
async function client(...servers: ServerProcess[]): Promise<RoomClient> {
  const proxy = await startFailoverProxy(servers.map((s) => s.port));
  proxies.push(proxy);
  const c = new RoomClient(proxy.url);
  clients.push(c);
  await c.connected();
  return c;
}

/** The facilitator, through `server`, creates a room of the sample scenario. */
async function newRoom(control: RoomClient, hostToken: string) {
  control.token = hostToken;
  const resumed = await control.send({ type: 'resume', token: hostToken });
  control.seq = resumed.ok ? (resumed.seq ?? 0) : 0;
  const created = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
  if (!created.ok || created.room === undefined || created.token === undefined) {
    throw new Error(`no room: ${JSON.stringify(created)}`);
  }
  control.receive(created.room);
  control.token = created.token;
  control.seq = 0;
  const choices = (created.room.view?.choices ?? []).filter((c) => !c.locked).map((c) => c.id);
  return { code: created.room.code, decision: created.room.vote.decision, choices };
}

const processId = (s: ServerProcess) => /as process (\S+)/.exec(s.log())?.[1];

describe('two server processes sharing rooms through Redis', { timeout: 240_000 }, () => {
  afterAll(() => {
    // What each process logged, to read when a test here fails.
    if (process.env.ROOM_CLUSTER_LOGS) console.log(`a:\n${a.log()}\nb:\n${b.log()}`);
  });

  test('both print the same host token: either can create rooms', () => {
    expect(a.hostToken).toBe(b.hostToken);
    expect(processId(a)).toBeDefined();
    expect(processId(a)).not.toBe(processId(b));
  });

  test('a participant on one process and the facilitator on the other play a decision', async () => {
    const control = await client(b);
    const display = await client(a);
    const { code, decision, choices } = await newRoom(control, b.hostToken);
    const watched = await display.send({ type: 'watch', code });
    if (watched.ok && watched.room) display.receive(watched.room);

    const people = [await client(a), await client(a), await client(b)];
    for (const p of people) expect((await p.join(code)).ok).toBe(true);
    await control.until((v) => v.joined === 3);
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    await display.until((v) => v.vote.status === 'open');
    const picks = [choices[1], choices[0], choices[1]];
    for (const [i, p] of people.entries()) {
      expect(await p.signed({ type: 'vote', decision, choice: picks[i] })).toMatchObject({
        ok: true,
        room: { you: { choice: picks[i] } },
      });
    }
    // The tally stays hidden until the vote closes, on every process.
    expect(display.latest?.vote.tally ?? null).toBeNull();
    expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
    const revealed = await display.until((v) => v.vote.status === 'played');
    expect(revealed.vote.tally?.voters).toBe(3);
    expect(revealed.vote.tally?.counts[choices[1] as string]).toBe(2);
    expect(revealed.vote.tally?.counts[choices[0] as string]).toBe(1);
    expect(revealed.vote.chosen).toBe(choices[1]);
    await control.until((v) => v.vote.status === 'played');

    expect((await control.signed({ type: 'continue' })).ok).toBe(true);
    const next = await display.until((v) => v.vote.decision !== decision);
    expect(next.vote.status).toBe('waiting');
    // A participant's own retransmission is still harmless, whichever process answers it.
    expect(await people[0]?.signed({ type: 'vote', decision, choice: picks[0] }, 1)).toMatchObject({
      ok: true,
      repeated: true,
    });
  });

  test('an owner that lost its lease cannot write the room: the intent, sent again, lands once', async () => {
    const control = await client(b);
    const { code, decision, choices } = await newRoom(control, b.hostToken);
    const person = await client(a);
    expect((await person.join(code)).ok).toBe(true);
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    const roomId = (await peek.get(keys.code(code))) ?? '';
    expect(await peek.get(keys.lease(roomId))).toBe(processId(a));

    // As if a stalled past its lease and b took the room: a's next write is fenced off in Redis.
    await peek.set(keys.lease(roomId), processId(b) ?? '', { expiration: { type: 'PX', value: 60_000 } });
    const vote = { type: 'vote', decision, choice: choices[0] };
    const first = await person.signed(vote);
    if (!first.ok) {
      expect(first.refusal).toBe('unavailable');
      expect(await person.signed(vote, person.seq)).toMatchObject({ ok: true, repeated: false });
    }
    expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
    const revealed = await control.until((v) => v.vote.status === 'played');
    expect(revealed.vote.tally?.voters).toBe(1);
    expect(b.log()).toMatch(new RegExp(`took room ${code} over`));
  });

  test('Redis killed and restarted mid-vote: every acknowledged vote is kept and the room goes on', async () => {
    const control = await client(b);
    const { code, decision, choices } = await newRoom(control, b.hostToken);
    const people = [await client(a), await client(b)];
    for (const p of people) expect((await p.join(code)).ok).toBe(true);
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    expect((await people[0]?.signed({ type: 'vote', decision, choice: choices[0] }))?.ok).toBe(true);

    await redis.crashAndRestart();
    // While Redis comes back an intent may be answered `unavailable`; a client sends it again.
    const persist = async (c: RoomClient, message: Record<string, unknown> & { type: string }) => {
      const seq = c.seq + 1;
      for (let attempt = 1; ; attempt++) {
        const answer = await c.signed(message, seq);
        if (answer.ok || answer.refusal !== 'unavailable' || attempt >= 20) return answer;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    expect((await persist(people[1] as RoomClient, { type: 'vote', decision, choice: choices[1] })).ok).toBe(
      true,
    );
    expect((await persist(control, { type: 'close', decision })).ok).toBe(true);
    const revealed = await control.until((v) => v.vote.status !== 'open');
    expect(revealed.vote.tally?.voters).toBe(2);
    expect(revealed.vote.tally?.counts[choices[0] as string]).toBe(1);
    expect(revealed.vote.tally?.counts[choices[1] as string]).toBe(1);
    // Not only in the owner's memory: the vote acknowledged before the crash is in Redis's journal.
    const roomId = (await peek.get(keys.code(code))) ?? '';
    const votes = (await peek.lRange(keys.journal(roomId), 0, -1))
      .map((text) => JSON.parse(text).entry)
      .filter((entry) => entry.kind === 'intent' && entry.intent.type === 'vote')
      .map((entry) => entry.intent.choice);
    expect(votes).toEqual([choices[0], choices[1]]);
  });

  test('a Redis that cannot be reached is a clear error at start', async () => {
    await expect(
      startServerProcess(path.join(dir, 'c.sqlite'), { redis: 'redis://127.0.0.1:1' }),
    ).rejects.toThrow(/cannot reach Redis/);
  });

  test('killing the owner mid-vote hands the room to the other process with every acknowledged vote', async () => {
    const control = await client(b, a);
    const { code, decision, choices } = await newRoom(control, b.hostToken);
    // The first to need the room after its creation owns it: this join, through process a.
    const people = [await client(a, b), await client(a, b), await client(b, a)];
    for (const p of people) expect((await p.join(code)).ok).toBe(true);
    const roomId = await peek.get(keys.code(code));
    expect(await peek.get(keys.lease(roomId ?? ''))).toBe(processId(a));

    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    expect((await people[0]?.signed({ type: 'vote', decision, choice: choices[0] }))?.ok).toBe(true);
    expect((await people[2]?.signed({ type: 'vote', decision, choice: choices[0] }))?.ok).toBe(true);

    for (const c of [control, ...people]) c.latest = null;
    a.child.kill('SIGKILL');
    expect((await a.exited()).signal).toBe('SIGKILL');

    // The two on a reconnect by themselves (to b, through their balancer) and resume as themselves: b
    // takes the room over once a's lease has expired, replaying its journal from Redis.
    await Promise.all(
      people
        .slice(0, 2)
        .map((p, i) =>
          p.until((v) => v.you?.number === i + 1 && v.you.choice === (i === 0 ? choices[0] : null)),
        ),
    );
    expect(b.log()).toMatch(new RegExp(`took room ${code} over`));

    expect((await people[1]?.signed({ type: 'vote', decision, choice: choices[1] }))?.ok).toBe(true);
    expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
    const revealed = await control.until((v) => v.vote.status === 'played');
    expect(revealed.vote.tally?.voters).toBe(3);
    expect(revealed.vote.tally?.counts[choices[0] as string]).toBe(2);
    expect(revealed.vote.chosen).toBe(choices[0]);
    expect((await control.signed({ type: 'continue' })).ok).toBe(true);
    await people[1]?.until((v) => v.vote.decision !== decision);

    // A clean stop on SIGTERM gives the leases up.
    b.child.kill('SIGTERM');
    expect(await b.exited()).toEqual({ code: 0, signal: null });
  });
});
