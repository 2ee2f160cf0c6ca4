import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { RoomClient } from './room-client';
import { type ServerProcess, startServerProcess } from './server-process';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-in-flight-'));
const clients: RoomClient[] = [];
const servers: ServerProcess[] = [];
const PEOPLE = 40;

afterAll(() => {
  for (const c of clients) c.close();
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function client(url: string): RoomClient {
  const c = new RoomClient(url);
  clients.push(c);
  return c;
}

// Votes are committed in groups: a SIGKILL between a group's memory change and its commit must lose
// only votes nobody was told were counted. Two server starts (90 s each at most) bound the time.
test('a server killed while many votes are in flight comes back with every vote it acknowledged', {
  timeout: 300_000,
}, async () => {
  const dataFile = path.join(dir, 'rooms.sqlite');
  const first = await startServerProcess(dataFile);
  servers.push(first);
  const url = `http://127.0.0.1:${first.port}`;

  const control = client(url);
  control.token = first.hostToken;
  const resumed = await control.send({ type: 'resume', token: first.hostToken });
  control.seq = resumed.ok ? (resumed.seq ?? 0) : 0;
  const created = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
  if (!created.ok || created.room === undefined || created.token === undefined) throw new Error('no room');
  control.token = created.token;
  control.seq = 0;
  const choices = (created.room.view?.choices ?? []).filter((c) => !c.locked).map((c) => c.id);
  const decision = created.room.vote.decision;
  const people = Array.from({ length: PEOPLE }, () => client(url));
  for (const p of people) expect((await p.join(created.room.code)).ok).toBe(true);
  expect((await control.signed({ type: 'open', decision })).ok).toBe(true);

  // Every participant votes at once; the server is killed as soon as the first answers come back, with
  // the rest still being handled, committed or answered.
  const choiceOf = (i: number) => choices[i % choices.length] as string;
  const acknowledged = new Set<number>();
  let firstAnswers: () => void = () => {};
  const someAnswered = new Promise<void>((resolve) => {
    firstAnswers = resolve;
  });
  const sent = people.map((p, i) =>
    p.signed({ type: 'vote', decision, choice: choiceOf(i) }).then(
      (answer) => {
        if (answer.ok) acknowledged.add(i);
        if (acknowledged.size >= 3) firstAnswers();
      },
      // Unanswered when the server died: not acknowledged, so it may be lost.
      () => undefined,
    ),
  );
  await someAnswered;
  first.child.kill('SIGKILL');
  expect((await first.exited()).signal).toBe('SIGKILL');
  // An answer the server sent before it died may still be read after the kill: it counts as told.
  for (const p of people) p.close();
  await Promise.allSettled(sent);
  expect(acknowledged.size).toBeGreaterThanOrEqual(3);

  const second = await startServerProcess(dataFile, { port: first.port });
  servers.push(second);
  // Each participant's own view on the restarted server, asked afresh with their token.
  const views = await Promise.all(
    people.map(async (p, i) => {
      const again = client(url);
      const answer = await again.send({ type: 'resume', token: p.token });
      return { i, answer };
    }),
  );
  for (const { i, answer } of views) {
    expect(answer.ok).toBe(true);
    const choice = answer.ok ? answer.room?.you?.choice : undefined;
    if (acknowledged.has(i)) expect(choice).toBe(choiceOf(i));
    // One not acknowledged was either committed whole or not at all: never another choice.
    else expect([null, choiceOf(i)]).toContain(choice);
  }
  second.child.kill('SIGTERM');
  expect(await second.exited()).toEqual({ code: 0, signal: null });
});
