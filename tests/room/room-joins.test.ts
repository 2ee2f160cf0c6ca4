import { describe, expect, test } from 'vitest';
import {
  EXPIRY_WARNING_MS,
  expiresSoon,
  joinedAs,
  joinRoom,
  MAX_PARTICIPANTS,
  roomView,
} from '../../src/room';
import { A, B, C, CONTROL, choicesOf, driven, playUntil, sampleRoom, token } from './sample-room';

const JOIN_ID = token('join-id-1');

describe('joining with a join id', () => {
  test('a join sent again with the same id is the same participant, never a second one', () => {
    const room = sampleRoom();
    const first = joinRoom(room, { type: 'join', code: room.code, joinId: JOIN_ID }, token('alice'), 10);
    expect(first.reply).toEqual({ ok: true, repeated: false });
    expect(joinedAs(first.room, JOIN_ID)).toBe(token('alice'));

    // The answer was lost; the phone sends the same join (the server would draw a new token for it).
    const again = joinRoom(first.room, { type: 'join', code: room.code, joinId: JOIN_ID }, token('x'), 20);
    expect(again.reply).toEqual({ ok: true, repeated: true });
    expect(again.room).toBe(first.room);
    expect(again.room.participants.size).toBe(1);
    expect(roomView(again.room, 'display', { now: 20 }).joined).toBe(1);
  });

  test('different join ids, or none, are different participants', () => {
    let room = sampleRoom();
    const ids = [token('j1'), token('j2'), undefined, undefined];
    for (const [i, joinId] of ids.entries()) {
      const change = joinRoom(
        room,
        { type: 'join', code: room.code, ...(joinId === undefined ? {} : { joinId }) },
        token(`p${i}`),
        10,
      );
      expect(change.reply).toEqual({ ok: true, repeated: false });
      room = change.room;
    }
    expect(room.participants.size).toBe(4);
    expect(joinedAs(room, token('j2'))).toBe(token('p1'));
    expect(joinedAs(room, undefined)).toBeUndefined();
  });

  test('a repeated join is answered even when the room has filled up since', () => {
    let room = sampleRoom();
    room = joinRoom(room, { type: 'join', code: room.code, joinId: JOIN_ID }, token('first'), 1).room;
    for (let i = 1; i < MAX_PARTICIPANTS; i++)
      room = joinRoom(room, { type: 'join', code: room.code }, token(`p${i}`), 1).room;
    expect(joinRoom(room, { type: 'join', code: room.code }, token('late'), 2).reply).toEqual({
      ok: false,
      refusal: 'room-full',
    });
    expect(
      joinRoom(room, { type: 'join', code: room.code, joinId: JOIN_ID }, token('late'), 2).reply,
    ).toEqual({ ok: true, repeated: true });
  });
});

describe('late joiners', () => {
  const lateView = (r: ReturnType<typeof driven>, who: string) => {
    expect(r.join(who)).toEqual({ ok: true, repeated: false });
    return roomView(r.room, 'participant', { now: 3_000, token: who });
  };

  test('come in at the current card with the vote open, and can vote', () => {
    const r = driven();
    r.join(A);
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(A, { type: 'vote', decision, choice: choicesOf(r.room)[0] as string });
    const late = lateView(r, B);
    expect(late.vote).toMatchObject({ decision, status: 'open', voters: 1 });
    expect(late.view?.card?.event).toBe(r.room.view.card?.event);
    expect(late.you).toEqual({ number: 2, name: null, team: null, choice: null, terms: null });
    const [, second] = choicesOf(r.room);
    expect(r.send(B, { type: 'vote', decision, choice: second as string })).toEqual({
      ok: true,
      repeated: false,
    });
    expect(roomView(r.room, 'participant', { now: 3_000, token: B }).you?.choice).toBe(second);
  });

  test('come in at a tied vote, a played card, a negotiation and an ended run, and see it as it is', () => {
    const r = driven();
    const decision = r.room.round.decision;
    r.send(CONTROL, { type: 'open', decision });
    r.send(CONTROL, { type: 'close', decision });
    expect(lateView(r, A).vote.status).toBe('tied');
    // A late vote on a closed card is refused, and changes nothing.
    expect(r.send(A, { type: 'vote', decision, choice: 'negotiate' })).toEqual({
      ok: false,
      refusal: 'vote-not-open',
    });

    r.send(CONTROL, { type: 'breakTie', decision, choice: 'negotiate' });
    const played = lateView(r, B);
    expect(played.vote).toMatchObject({ status: 'played', chosen: 'negotiate' });
    expect(played.view?.phase).toBe('outcome');

    r.send(CONTROL, { type: 'continue' });
    const negotiating = lateView(r, C);
    expect(negotiating.view?.phase).toBe('negotiating');
    expect(negotiating.view?.negotiation?.clauses.length).toBeGreaterThan(0);

    expect(playUntil(r, (room) => room.view.phase === 'ended')).not.toBeNull();
    const ended = lateView(r, token('dave'));
    expect(ended.view?.phase).toBe('ended');
    expect(ended.joined).toBe(4);
  });
});

describe("the room's expiry", () => {
  test('is near under a day before it, and past it', () => {
    const at = 10 * EXPIRY_WARNING_MS;
    expect(expiresSoon(at, at - 2 * EXPIRY_WARNING_MS)).toBe(false);
    expect(expiresSoon(at, at - EXPIRY_WARNING_MS)).toBe(false);
    expect(expiresSoon(at, at - EXPIRY_WARNING_MS + 1)).toBe(true);
    expect(expiresSoon(at, at + 1)).toBe(true);
  });
});
