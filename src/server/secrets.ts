import { randomBytes, randomInt } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../room';

/** What the server draws at random for the pure room: tokens, codes, ids and seeds. */
export interface Randomness {
  token(): string;
  roomCode(): string;
  roomId(): string;
  seed(): number;
}

/** 128 bits from the operating system's generator, as 22 base64url characters: unguessable. */
export const newToken = (): string => randomBytes(16).toString('base64url');

export const systemRandomness: Randomness = {
  token: newToken,
  roomCode: () =>
    Array.from(
      { length: ROOM_CODE_LENGTH },
      () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
    ).join(''),
  roomId: () => randomBytes(9).toString('base64url'),
  seed: () => randomInt(2 ** 31),
};
