import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RoomClient } from './room-client';
import { startTestServer, type TestServer } from './test-server';

let t: TestServer;
const clients: RoomClient[] = [];

function client(): RoomClient {
  const c = new RoomClient(t.url);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  // A public address unlike the one the tests connect to: the screens must be told it.
  t = await startTestServer({ publicUrl: 'https://rooms.example.org/lab/' });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await t.stop();
});

async function newRoom() {
  const control = client();
  control.token = t.server.registry.hostToken;
  const resumed = await control.send({ type: 'resume', token: control.token });
  control.seq = resumed.ok ? (resumed.seq ?? 0) : 0;
  const answer = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
  if (!answer.ok || answer.room === undefined || answer.token === undefined) throw new Error('no room');
  control.token = answer.token;
  control.seq = 0;
  const display = client();
  const watched = await display.send({ type: 'watch', code: answer.room.code });
  if (watched.ok && watched.room) display.receive(watched.room);
  return { control, display, code: answer.room.code };
}

describe('joining the room server', { timeout: 120_000 }, () => {
  test('every screen is told the public join address as it connects', async () => {
    const screen = client();
    const hello = await new Promise<unknown>((resolve) => screen.socket.once('server', resolve));
    expect(hello).toEqual({ publicUrl: 'https://rooms.example.org/lab' });
  });

  test('a join retransmitted with its join id (on another connection) is the same participant', async () => {
    const { display, code } = await newRoom();
    const joinId = 'phoneJoinId-0123456789';
    const first = await client().send({ type: 'join', code, joinId });
    // The answer was lost; the phone reconnects and sends the same join.
    const again = await client().send({ type: 'join', code, joinId });
    expect(first).toMatchObject({ ok: true, repeated: false });
    expect(again).toMatchObject({ ok: true, repeated: true, seq: 0, room: { you: { number: 1 } } });
    expect(again.ok && again.token).toBe(first.ok && first.token);
    const other = await client().send({ type: 'join', code, joinId: 'otherJoinId-0123456789' });
    expect(other).toMatchObject({ ok: true, repeated: false, room: { you: { number: 2 } } });
    expect((await display.until((v) => v.joined === 2)).joined).toBe(2);
    expect(await client().send({ type: 'join', code, joinId: 'short' })).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  test('a late joiner comes in at the current card while the vote is open, and votes', async () => {
    const { control, display, code } = await newRoom();
    const early = client();
    await early.join(code);
    const decision = display.latest?.vote.decision ?? -1;
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    const choices = (display.view?.choices ?? []).filter((c) => !c.locked).map((c) => c.id);
    await early.signed({ type: 'vote', decision, choice: choices[0] });
    const late = client();
    const joined = await late.join(code);
    expect(joined).toMatchObject({ ok: true, room: { vote: { decision, status: 'open', voters: 1 } } });
    expect(late.view?.card?.event).toBe(display.view?.card?.event);
    expect(await late.signed({ type: 'vote', decision, choice: choices[1] })).toMatchObject({
      ok: true,
      room: { you: { number: 2, choice: choices[1] } },
    });
    await display.until((v) => v.vote.voters === 2);
  });
});
