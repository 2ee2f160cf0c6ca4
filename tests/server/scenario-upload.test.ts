import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_SCENARIO_UPLOAD_BYTES, SCENARIO_UPLOAD_PATH } from '../../src/room';
import { RoomClient } from './room-client';
import { startTestServer, type TestServer } from './test-server';

let t: TestServer;
const clients: RoomClient[] = [];

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await t.stop();
});

const SAMPLE = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
/** The sample under an id of its own: what a facilitator's own scenario looks like. */
const OWN = SAMPLE.replace('"id": "sample-visiting-lab"', '"id": "our-workshop"');

function upload(body: unknown, token = t.server.registry.hostToken) {
  return fetch(`${t.url}${SCENARIO_UPLOAD_PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('a scenario uploaded for a room', { timeout: 120_000 }, () => {
  test('is checked like validate: accepted, a room plays it and journals it whole', async () => {
    expect(OWN).not.toBe(SAMPLE);
    const response = await upload({ name: 'our-workshop.json', text: OWN });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, scenario: 'our-workshop' });

    const control = new RoomClient(t.url);
    clients.push(control);
    control.token = t.server.registry.hostToken;
    const resumed = await control.send({ type: 'resume', token: control.token });
    control.seq = resumed.ok ? (resumed.seq ?? 0) : 0;
    const created = await control.signed({ type: 'create', scenario: 'our-workshop' });
    expect(created).toMatchObject({ ok: true, room: { view: { phase: 'choosing' } } });
    const room = t.server.registry.roomByCode(created.ok ? (created.room?.code ?? '') : '');
    expect(room?.scenario.source.id).toBe('our-workshop');
    expect(await control.signed({ type: 'create', scenario: 'never-uploaded' })).toEqual({
      ok: false,
      refusal: 'unknown-scenario',
    });
  });

  test('with errors, it is refused with the findings: file, line, path, what was expected', async () => {
    t.advance(60_000);
    const broken = OWN.replace('"minutes": ', '"minutes": "many", "minutesX": ');
    const response = await upload({ name: 'broken.json', text: broken });
    expect(response.status).toBe(422);
    const answer = (await response.json()) as {
      ok: false;
      refusal: string;
      findings: Record<string, unknown>[];
    };
    expect(answer.refusal).toBe('errors');
    const first = answer.findings.find((f) => f.severity === 'error');
    expect(first).toMatchObject({ file: 'broken.json' });
    expect(first?.line).toBeGreaterThan(0);
    expect(String(first?.path)).not.toBe('');
    expect(first?.message).toMatchObject({ en: expect.any(String), ko: expect.any(String) });

    const notJson = await upload({ name: 'half.json', text: OWN.slice(0, 500) });
    expect(notJson.status).toBe(422);
    expect(((await notJson.json()) as { findings: { line: number }[] }).findings[0]?.line).toBeGreaterThan(0);
  });

  test('a shipped id, a wrong token, a malformed or oversized body and too many tries are refused', async () => {
    t.advance(60_000);
    const shipped = await upload({ name: 'copy.json', text: SAMPLE });
    expect(shipped.status).toBe(422);
    expect(await shipped.json()).toEqual({
      ok: false,
      refusal: 'shipped-id',
      shippedId: 'sample-visiting-lab',
    });
    const stranger = await upload({ name: 'x.json', text: OWN }, 'A'.repeat(22));
    expect(stranger.status).toBe(403);
    expect((await upload('{"name": 1}')).status).toBe(400);
    expect((await upload({ name: 'x.json', text: OWN, extra: true })).status).toBe(400);
    const huge = await upload({ name: 'huge.json', text: ' '.repeat(MAX_SCENARIO_UPLOAD_BYTES) });
    expect(huge.status).toBe(413);
    // Five tries at once, then one every ten seconds (this address has used its five).
    expect((await upload({ name: 'x.json', text: OWN })).status).toBe(429);
    t.advance(10_000);
    expect((await upload({ name: 'x.json', text: OWN })).status).toBe(200);
    expect((await fetch(`${t.url}${SCENARIO_UPLOAD_PATH}`)).status).toBe(405);
    expect(t.logs.join('\n')).toMatch(/refused scenario upload from .*: too-large/);
  });
});
