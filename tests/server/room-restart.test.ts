import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { RoomClient } from './room-client';
import { type ServerProcess, startServerProcess } from './server-process';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-restart-'));
const clients: RoomClient[] = [];
const servers: ServerProcess[] = [];

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

// Two server starts (each allowed 90 s on a busy machine) and a few exchanges: the bound on a hang.
test('a server killed mid-vote comes back with every acknowledged vote; participants reconnect by themselves', {
  timeout: 240_000,
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
  const code = created.room.code;
  const choices = (created.room.view?.choices ?? []).filter((c) => !c.locked).map((c) => c.id);
  const decision = created.room.vote.decision;

  const people = [client(url), client(url), client(url)];
  for (const p of people) expect((await p.join(code)).ok).toBe(true);
  expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
  // Two vote (and are acknowledged); the third has not voted yet when the server dies.
  expect((await people[0]?.signed({ type: 'vote', decision, choice: choices[1] }))?.ok).toBe(true);
  expect((await people[1]?.signed({ type: 'vote', decision, choice: choices[1] }))?.ok).toBe(true);

  for (const c of [control, ...people]) c.latest = null;
  first.child.kill('SIGKILL');
  expect((await first.exited()).signal).toBe('SIGKILL');
  const second = await startServerProcess(dataFile, { port: first.port });
  servers.push(second);
  expect(second.hostToken).toBe(first.hostToken);

  // Nobody is told to reconnect: each client's own reconnection resumes with its token, and the
  // answer (the only message with `you` in it) must show the vote as the killed server acknowledged it.
  await Promise.all(
    people.map((p, i) =>
      p.until((v) => v.you?.number === i + 1 && v.you.choice === (i < 2 ? choices[1] : null)),
    ),
  );
  // Not merely any update: one sent by the old server may still arrive after the kill.
  await control.until(() => control.resumes > 0);
  expect(second.log()).toMatch(/restored room [A-Z2-9]{5} \(\d+ journal entries\)/);

  // The vote goes on where it was: the third votes; the first's vote, retransmitted, is still harmless.
  expect((await people[2]?.signed({ type: 'vote', decision, choice: choices[0] }))?.ok).toBe(true);
  expect(await people[0]?.signed({ type: 'vote', decision, choice: choices[0] }, 1)).toMatchObject({
    ok: true,
    repeated: true,
  });
  expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
  const revealed = await control.until((v) => v.vote.status === 'played');
  expect(revealed.vote.tally?.voters).toBe(3);
  expect(revealed.vote.tally?.counts[choices[1] as string]).toBe(2);
  expect(revealed.vote.chosen).toBe(choices[1]);

  // A clean stop on SIGTERM.
  second.child.kill('SIGTERM');
  expect(await second.exited()).toEqual({ code: 0, signal: null });
});
