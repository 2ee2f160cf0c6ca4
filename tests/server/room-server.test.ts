import { io } from 'socket.io-client';
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
  t = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await t.stop();
});

/** A facilitator with a new room of the sample scenario, and a projector watching it. */
async function newRoom() {
  const control = client();
  const created = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' }, 0);
  expect(created).toMatchObject({ ok: false, refusal: 'invalid' });
  control.token = t.server.registry.hostToken;
  const resumed = await control.send({ type: 'resume', token: control.token });
  control.seq = resumed.ok ? (resumed.seq ?? 0) : 0;
  const answer = await control.signed({ type: 'create', scenario: 'sample-visiting-lab' });
  expect(answer.ok).toBe(true);
  if (!answer.ok || answer.room === undefined || answer.token === undefined) throw new Error('no room');
  control.receive(answer.room);
  control.token = answer.token;
  control.seq = 0;
  const display = client();
  const watched = await display.send({ type: 'watch', code: answer.room.code });
  if (watched.ok && watched.room) display.receive(watched.room);
  return { control, display, code: answer.room.code };
}

const votable = (c: RoomClient) => (c.view?.choices ?? []).filter((c) => !c.locked).map((c) => c.id);

// Each exchange waits at most PATIENCE_MS; a test that hangs fails here instead of at the suite's limit.
describe('the room server', { timeout: 120_000 }, () => {
  test('create, three join, vote, close, reveal, next card', async () => {
    const { control, display, code } = await newRoom();
    const people = [client(), client(), client()];
    for (const p of people) expect((await p.join(code, { name: 'Min\u202e-jun' })).ok).toBe(true);
    await display.until((v) => v.joined === 3);
    const choices = votable(display);
    const decision = display.latest?.vote.decision ?? -1;
    expect((await control.signed({ type: 'open', decision })).ok).toBe(true);
    await display.until((v) => v.vote.status === 'open');
    const picks = [choices[0], choices[1], choices[1]];
    for (const [i, p] of people.entries()) {
      const answer = await p.signed({ type: 'vote', decision, choice: picks[i] });
      expect(answer).toMatchObject({ ok: true, room: { you: { choice: picks[i], name: 'Min-jun' } } });
    }
    const open = await display.until((v) => v.vote.voters === 3);
    expect(open.vote.tally).toBeNull();
    expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
    const revealed = await display.until((v) => v.vote.status === 'played');
    expect(revealed.vote.chosen).toBe(choices[1]);
    expect(revealed.vote.tally?.counts).toMatchObject({
      [choices[0] as string]: 1,
      [choices[1] as string]: 2,
    });
    expect(display.view?.phase).toBe('outcome');
    expect((await control.signed({ type: 'continue' })).ok).toBe(true);
    const next = await display.until((v) => v.vote.decision === decision + 1);
    expect(next.vote.status).toBe('waiting');
    expect(['choosing', 'negotiating']).toContain(display.view?.phase);
    expect(control.latest?.control?.played).toHaveLength(1);
  });

  test('malformed, oversized, replayed, out-of-room and forbidden messages are refused and logged; the room goes on', async () => {
    const { control, display, code } = await newRoom();
    const other = await newRoom();
    const alice = client();
    const bob = client();
    await alice.join(code);
    await bob.join(other.code);
    const decision = display.latest?.vote.decision ?? -1;
    const [first, second] = votable(display);
    await control.signed({ type: 'open', decision });
    const logged = t.logs.length;

    for (const bad of [
      'text',
      42,
      null,
      [1, 2],
      { type: 'vote' },
      { type: 'fly', token: alice.token, seq: 9 },
    ]) {
      expect(await alice.send(bad as never)).toEqual({ ok: false, refusal: 'invalid' });
    }
    expect(await alice.send({ type: 'join', code, name: 'x'.repeat(201) })).toEqual({
      ok: false,
      refusal: 'invalid',
    });
    alice.socket.emit('not-an-intent', 1);
    // A participant cannot act for the facilitator.
    expect(await alice.signed({ type: 'close', decision })).toEqual({ ok: false, refusal: 'forbidden' });
    // A vote with its number, its retransmission (harmless) and an older number (refused).
    expect(await alice.signed({ type: 'vote', decision, choice: first }, 10)).toMatchObject({
      ok: true,
      repeated: false,
    });
    expect(await alice.signed({ type: 'vote', decision, choice: second }, 10)).toMatchObject({
      ok: true,
      repeated: true,
    });
    expect(await alice.signed({ type: 'vote', decision, choice: second }, 9)).toEqual({
      ok: false,
      refusal: 'stale-seq',
    });
    // Bob, of another room, sends his own token's vote on a connection watching this room: refused.
    const intruder = client();
    await intruder.send({ type: 'watch', code });
    expect(await intruder.send({ type: 'vote', token: bob.token, seq: 1, decision, choice: first })).toEqual({
      ok: false,
      refusal: 'not-in-room',
    });
    // An oversized message closes only its own connection.
    const big = client();
    await big.connected();
    const bigId = big.socket.id;
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit('intent', { type: 'join', code, name: 'x'.repeat(30_000) });
    await closed;
    big.socket.io.opts.reconnection = false;

    const refusals = t.logs.slice(logged).join('\n');
    for (const word of [
      'invalid',
      'forbidden',
      'stale-seq',
      'not-in-room',
      'not-an-intent',
      `closed ${bigId}`,
    ]) {
      expect(refusals).toContain(word);
    }
    // The room went on: the vote counted once, as first sent, and closes as usual.
    expect((await control.signed({ type: 'close', decision })).ok).toBe(true);
    const revealed = await display.until((v) => v.vote.status === 'played');
    expect(revealed.vote.tally?.voters).toBe(1);
    expect(revealed.vote.chosen).toBe(first);
  });

  test('forty on one address join freely; after ten wrong codes that address waits', async () => {
    const { display, code } = await newRoom();
    const wrong = code === 'AAAAA' ? 'BBBBB' : 'AAAAA';
    const joins = await Promise.all(Array.from({ length: 40 }, () => client().join(code)));
    expect(joins.every((a) => a.ok)).toBe(true);
    await display.until((v) => v.joined === 40);
    const guesser = client();
    for (let i = 0; i < 10; i += 1)
      expect(await guesser.join(wrong)).toEqual({ ok: false, refusal: 'unknown-room' });
    expect(await client().join(code)).toEqual({ ok: false, refusal: 'too-many-failed-joins' });
    t.advance(60_000);
    expect((await client().join(code)).ok).toBe(true);
  });

  test('a participant whose connection drops comes back by itself as the same person, with the same vote', async () => {
    const { control, display, code } = await newRoom();
    const phone = client();
    await phone.join(code, { name: 'Ji-woo' });
    const decision = display.latest?.vote.decision ?? -1;
    const [, second] = votable(display);
    await control.signed({ type: 'open', decision });
    await phone.signed({ type: 'vote', decision, choice: second });
    phone.latest = null;
    // The network drops (the engine's transport closes); Socket.IO's client reconnects and resumes.
    phone.socket.io.engine.close();
    const back = await phone.until((v) => v.you !== null);
    expect(back.you).toEqual({ number: 1, name: 'Ji-woo', team: null, choice: second, terms: null });
    expect((await display.until((v) => v.joined >= 1)).joined).toBe(1);
  });

  test('a new connection that sends before it resumes acts as its token, in its room only', async () => {
    const { control, display, code } = await newRoom();
    const phone = client();
    await phone.join(code);
    const decision = display.latest?.vote.decision ?? -1;
    const [first] = votable(display);
    await control.signed({ type: 'open', decision });
    const sameTokenElsewhere = client();
    await sameTokenElsewhere.connected();
    const answer = await sameTokenElsewhere.send({
      type: 'vote',
      token: phone.token,
      seq: 1,
      decision,
      choice: first,
    });
    expect(answer).toMatchObject({ ok: true, room: { you: { number: 1, choice: first } } });
    await display.until((v) => v.vote.voters === 1);
  });

  test('the facilitator deletes the room: every screen (projector, phones, control) is told, and no token of it works', async () => {
    const { control, display, code } = await newRoom();
    const phone = client();
    expect((await phone.join(code)).ok).toBe(true);
    const told = [display, phone, control].map(
      (screen) => new Promise<unknown>((resolve) => screen.socket.once('deleted', resolve)),
    );
    expect((await control.signed({ type: 'delete' })).ok).toBe(true);
    expect(await Promise.all(told)).toEqual([{ code }, { code }, { code }]);
    expect(await phone.send({ type: 'resume', token: phone.token })).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(await control.send({ type: 'resume', token: control.token })).toEqual({
      ok: false,
      refusal: 'unknown-token',
    });
    expect(await client().join(code)).toEqual({ ok: false, refusal: 'unknown-room' });
  });

  test("a browser page from another origin cannot open the room's WebSocket", async () => {
    const foreign = io(t.url, {
      transports: ['websocket'],
      extraHeaders: { origin: 'http://elsewhere.example' },
      reconnection: false,
    });
    const error = await new Promise<Error>((resolve) => foreign.once('connect_error', resolve));
    foreign.close();
    expect(error).toBeInstanceOf(Error);
    expect(t.logs.join('\n')).toContain('refused connection from origin http://elsewhere.example');
    const own = io(t.url, {
      transports: ['websocket'],
      extraHeaders: { origin: t.url },
      reconnection: false,
    });
    await new Promise<void>((resolve) => own.once('connect', () => resolve()));
    own.close();
  });

  test('serves the page with its Content Security Policy', async () => {
    const response = await fetch(`${t.url}/join`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${t.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
