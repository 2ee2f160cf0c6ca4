import { describe, expect, test } from 'vitest';
import { ClientMessage, cleanName, JoinIntent, MAX_NOTE_LENGTH, SignedIntent } from '../../src/room';
import { token } from './sample-room';

describe('the room protocol', () => {
  test('names lose control, format and direction characters, and keep their letters', () => {
    expect(cleanName('  Min\u202e-jun\u0007 ')).toBe('Min-jun');
    expect(cleanName('김\u200b민준\u0000')).toBe('김민준');
    expect(cleanName('ＴｅａｍＡ')).toBe('TeamA');
    expect(cleanName('a\n\tb')).toBe('a b');
    const joined = JoinIntent.parse({ type: 'join', code: 'ab-cde', name: '\u202eevil\u202c' });
    expect(joined).toEqual({ type: 'join', code: 'ABCDE', name: 'evil' });
  });

  test('every string has a limit, checked before cleaning', () => {
    expect(JoinIntent.safeParse({ type: 'join', code: 'ABCDE', name: 'x'.repeat(41) }).success).toBe(false);
    expect(JoinIntent.safeParse({ type: 'join', code: 'ABCDE', name: '\u200b'.repeat(201) }).success).toBe(
      false,
    );
    expect(JoinIntent.safeParse({ type: 'join', code: 'A'.repeat(33) }).success).toBe(false);
    const note = (text: string) =>
      SignedIntent.safeParse({ type: 'note', token: token('t'), seq: 1, decision: 0, text }).success;
    expect(note('x'.repeat(MAX_NOTE_LENGTH))).toBe(true);
    expect(note('x'.repeat(MAX_NOTE_LENGTH + 1))).toBe(false);
  });

  test('room codes are read as typed on a phone; codes with letters never issued are refused', () => {
    expect(JoinIntent.parse({ type: 'join', code: ' ａｂ２ｄｅ ' }).code).toBe('AB2DE');
    for (const code of ['AB0DE', 'ABODE1', 'ABCD', 'AB1DE']) {
      expect(JoinIntent.safeParse({ type: 'join', code }).success).toBe(false);
    }
  });

  test('signed intents need a 128-bit token, a positive sequence number and no extra fields', () => {
    const vote = { type: 'vote', token: token('p'), seq: 1, decision: 0, choice: 'accept' };
    expect(ClientMessage.safeParse(vote).success).toBe(true);
    for (const bad of [
      { ...vote, token: 'short' },
      { ...vote, seq: 0 },
      { ...vote, seq: 1.5 },
      { ...vote, choice: '<img src=x>' },
      { ...vote, extra: true },
      { ...vote, type: 'delete-everything' },
    ]) {
      expect(ClientMessage.safeParse(bad).success).toBe(false);
    }
  });
});
