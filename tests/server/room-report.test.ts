import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Journal } from '../../src/server/journal';
import { RoomRegistry, type ScenarioCatalog } from '../../src/server/room-registry';
import { systemRandomness } from '../../src/server/secrets';
import { sampleScenario } from '../room/sample-room';
import { RoomClient } from './room-client';
import { startTestServer, type TestServer } from './test-server';

let t: TestServer;
const clients: RoomClient[] = [];
const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-report-'));

function client(): RoomClient {
  const c = new RoomClient(t.url);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the after-action report on the server', { timeout: 120_000 }, () => {
  test('the facilitator gets it at any time; a participant or a stranger is refused', async () => {
    const control = client();
    control.token = t.server.registry.hostToken;
    const created = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
    if (!created.ok || created.token === undefined || created.room === undefined) throw new Error('no room');
    control.token = created.token;
    control.seq = 0;
    const phone = client();
    expect((await phone.join(created.room.code)).ok).toBe(true);
    const added = await control.signed({
      type: 'improvement',
      op: 'add',
      item: { action: 'Write the visitor plan', owner: 'Research security', due: '2027-01-15' },
    });
    expect(added.ok).toBe(true);
    const answer = await control.send({ type: 'report', token: control.token });
    if (!answer.ok) throw new Error(answer.refusal);
    expect(answer.report).toMatchObject({
      format: 'lab-doors-room-report',
      scenario: { id: 'sample-visiting-lab' },
      room: { code: created.room.code, participants: 1 },
      ending: null,
      improvements: [{ id: 1, action: 'Write the visitor plan', owner: 'Research security' }],
    });
    expect(await phone.send({ type: 'report', token: phone.token })).toEqual({
      ok: false,
      refusal: 'forbidden',
    });
    expect(await client().send({ type: 'report', token: 'x'.repeat(22) })).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(t.logs.some((line) => /refused report .*forbidden/.test(line))).toBe(true);
  });

  test('improvement items are journaled: a restarted registry has them', () => {
    const scenario = sampleScenario();
    const catalog: ScenarioCatalog = new Map([
      [scenario.source.id, { source: scenario.source, compiled: scenario }],
    ]);
    const file = path.join(dir, 'rooms.sqlite');
    const journals: Journal[] = [];
    const open = () =>
      new RoomRegistry({
        journal: journals[journals.push(new Journal(file)) - 1] as Journal,
        catalog,
        random: systemRandomness,
        now: () => 1_000,
        expireMs: 86_400_000,
        log: () => {},
      });
    const first = open();
    const made = first.create({
      type: 'create',
      token: first.hostToken,
      seq: 1,
      scenario: scenario.source.id,
    });
    if (!made.ok || made.room === undefined) throw new Error('not created');
    const ctl = made.room.controlToken;
    const item = { action: 'Classify the recipe files', owner: '', due: '' };
    first.apply(made.room.id, { type: 'improvement', token: ctl, seq: 1, op: 'add', item });
    first.apply(made.room.id, { type: 'improvement', token: ctl, seq: 2, op: 'add', item });
    first.apply(made.room.id, { type: 'improvement', token: ctl, seq: 3, op: 'remove', id: 1 });
    const kept = first.room(made.room.id)?.improvements;
    expect(kept).toEqual([{ id: 2, ...item }]);
    // The three were written together, at the group commit that follows them.
    journals[0]?.flush();
    const second = open();
    expect(second.room(made.room.id)?.improvements).toEqual(kept);
    expect(second.room(made.room.id)?.nextImprovement).toBe(3);
    for (const journal of journals) journal.close();
  });
});
