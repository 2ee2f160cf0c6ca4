import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { GroupCommit } from '../../src/server/group-commit';
import { RoomClient } from './room-client';
import { startTestServer, type TestServer } from './test-server';

describe('group commit', () => {
  test("a turn's rows are written in one call, in the order they came; the next turn's in another", async () => {
    const writes: string[][] = [];
    const commits = new GroupCommit<string>({ write: (rows) => writes.push([...rows]), onFailed: () => {} });
    commits.add('a', 'a1');
    commits.add('b', 'b1');
    commits.add('a', 'a2');
    expect(writes).toEqual([]);
    expect(commits.pending('b')).toBe(true);
    await commits.settled();
    commits.add('b', 'b2');
    await commits.settled();
    expect(writes).toEqual([['a1', 'b1', 'a2'], ['b2']]);
    expect(commits.pending('b')).toBe(false);
  });

  test('a failed write is told with its keys before anyone waiting hears of it, and the next one goes on', async () => {
    const told: string[] = [];
    let fail = true;
    const commits = new GroupCommit<string>({
      write: () => {
        if (fail) throw new Error('disk full');
      },
      onFailed: (keys) => told.push(...keys),
    });
    commits.add('a', 'a1');
    commits.add('b', 'b1');
    const waited = commits.settled().then(
      () => 'written',
      () => `refused after ${told.join(',')}`,
    );
    expect(await waited).toBe('refused after a,b');
    fail = false;
    commits.add('a', 'a2');
    await expect(commits.settled()).resolves.toBeUndefined();
  });
});

describe('a failed group commit on the server', () => {
  const clients: RoomClient[] = [];
  let t: TestServer | undefined;
  afterAll(async () => {
    for (const c of clients) c.close();
    await t?.stop();
  });
  const client = (url: string) => {
    const c = new RoomClient(url);
    clients.push(c);
    return c;
  };

  test('refuses its votes as unavailable, updates no screen, and takes the room back to its journal', {
    timeout: 120_000,
  }, async () => {
    t = await startTestServer();
    const control = client(t.url);
    control.token = t.server.registry.hostToken;
    const created = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
    if (!created.ok || created.room === undefined || created.token === undefined) throw new Error('no room');
    control.token = created.token;
    control.seq = 0;
    const { code } = created.room;
    const decision = created.room.vote.decision;
    const choice = created.room.view?.choices.find((c) => !c.locked)?.id;
    const display = client(t.url);
    expect((await display.send({ type: 'watch', code })).ok).toBe(true);
    const [a, b] = [client(t.url), client(t.url)];
    expect((await a?.join(code))?.ok).toBe(true);
    expect((await b?.join(code))?.ok).toBe(true);
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    expect((await a?.signed({ type: 'vote', decision, choice }))?.ok).toBe(true);
    await display.until((v) => v.vote.voters === 1);
    const shown: number[] = [];
    display.socket.on('room', (view: { vote: { voters: number } }) => shown.push(view.vote.voters));

    // Another connection to the file makes every journal write fail, as a full or failing disk would.
    const db = new Database(t.dataFile);
    db.exec(
      "CREATE TRIGGER fail_writes BEFORE INSERT ON journal BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(await b?.signed({ type: 'vote', decision, choice })).toEqual({
      ok: false,
      refusal: 'unavailable',
    });
    expect(t.logs.some((line) => /could not write the journal of 1 room/.test(line))).toBe(true);
    // The room is back at what its journal holds: a screen that comes now sees one vote.
    const watched = await client(t.url).send({ type: 'watch', code });
    expect(watched.ok && watched.room?.vote.voters).toBe(1);

    // The disk recovers; the participant's client sends the same intent again, and now it counts.
    db.exec('DROP TRIGGER fail_writes');
    db.close();
    expect(await b?.signed({ type: 'vote', decision, choice }, b.seq)).toMatchObject({
      ok: true,
      repeated: false,
    });
    await display.until((v) => v.vote.voters === 2);
    // Exactly one update showed the second vote: the one sent after it was written.
    expect(shown.filter((voters) => voters === 2)).toEqual([2]);
  });
});
