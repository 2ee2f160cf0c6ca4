/**
 * Class codes: a short code a teacher reads aloud (e.g. `VL-7F3Q`) that fixes the scenario and the seed,
 * so every learner who types it plays a comparable run.
 *
 * Layout: the scenario's two-letter `classKey`, a hyphen, then four Crockford base-32 characters
 * (0–9 and A–Z without I, L, O, U). The first three carry a 15-bit seed, the fourth is a check character.
 * The check is computed in GF(32) (polynomial x⁵ + x² + 1) so that every key letter and code character
 * has its own distinct non-zero weight:
 *
 *   8·c₀ + 4·c₁ + 2·c₂ + 1·c₃ + 16·k₀ + 5·k₁ = 0
 *
 * A single changed character changes the sum by wᵢ·δ ≠ 0 (a field has no zero divisors), and swapping two
 * neighbours changes it by (wᵢ + wⱼ)·(a + b) ≠ 0 when the weights differ and the characters differ: so
 * every single substitution and every adjacent swap in the code, and every single changed key letter, is
 * caught. Pure: the caller supplies the seed (a fresh one comes from the browser's randomness).
 */

import { normalizeTyped } from './typed-text';

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** How many seeds a class code can carry: 15 bits. */
export const CLASS_SEEDS = 1 << 15;

const CODE_WEIGHTS = [8, 4, 2, 1] as const;
const KEY_WEIGHTS = [16, 5] as const;
const KEY = /^[A-Z]{2}$/;

/** Multiplication in GF(2⁵) modulo x⁵ + x² + 1. */
function gfMul(a: number, b: number): number {
  let product = 0;
  let x = a;
  for (let y = b; y > 0; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
  return product;
}

/** A key letter as a field element: A = 0 … Z = 25. */
function letter(ch: string): number {
  return ch.charCodeAt(0) - 65;
}

function checkOf(classKey: string, seedDigits: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 3; i++) sum ^= gfMul(CODE_WEIGHTS[i] as number, seedDigits[i] as number);
  sum ^= gfMul(KEY_WEIGHTS[0], letter(classKey[0] as string));
  sum ^= gfMul(KEY_WEIGHTS[1], letter(classKey[1] as string));
  return sum; // the check character's weight is 1, so it must equal the rest of the sum.
}

/** The class code of a scenario key and a 15-bit seed, e.g. `makeClassCode('VL', 1234)`. */
export function makeClassCode(classKey: string, seed: number): string {
  if (!KEY.test(classKey)) throw new Error(`a class key is two capital letters, not "${classKey}"`);
  if (!Number.isInteger(seed) || seed < 0 || seed >= CLASS_SEEDS) {
    throw new Error(`a class code seed is a whole number from 0 to ${CLASS_SEEDS - 1}, not ${seed}`);
  }
  const digits = [(seed >> 10) & 31, (seed >> 5) & 31, seed & 31];
  const chars = [...digits, checkOf(classKey, digits)].map((d) => CROCKFORD[d]).join('');
  return `${classKey}-${chars}`;
}

/** Why a typed class code was not accepted; `reason` (in `ClassCodeResult`) says it in plain English. */
export type ClassCodeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-short'; readonly text: string }
  | { readonly kind: 'too-long'; readonly text: string }
  | { readonly kind: 'bad-key'; readonly text: string }
  | { readonly kind: 'bad-character'; readonly char: string }
  | { readonly kind: 'unknown-key'; readonly key: string }
  | { readonly kind: 'check' };

export type ClassCodeResult =
  | { readonly ok: true; readonly classKey: string; readonly seed: number; readonly code: string }
  | { readonly ok: false; readonly problem: ClassCodeProblem; readonly reason: string };

/** A valid code to show as an example in messages. */
export const EXAMPLE_CLASS_CODE = makeClassCode('VL', 0b00111_01111_00011);

/** The English sentence for a problem (the interface has its own translations of these). */
export function describeClassCodeProblem(problem: ClassCodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `type a class code, e.g. ${EXAMPLE_CLASS_CODE}`;
    case 'too-short':
      return `${problem.text} is too short: a class code looks like ${EXAMPLE_CLASS_CODE}`;
    case 'too-long':
      return `${problem.text} is too long: a class code looks like ${EXAMPLE_CLASS_CODE}`;
    case 'bad-key':
      return `a class code starts with two letters, not ${problem.text}: it looks like ${EXAMPLE_CLASS_CODE}`;
    case 'bad-character':
      return `"${problem.char}" is not used in class codes: a character is probably mistyped`;
    case 'unknown-key':
      return `no scenario uses the code letters ${problem.key}`;
    case 'check':
      return 'the code does not check out: a character is probably mistyped';
  }
}

/** Letters people type for the digits they mean: O for 0, I and L for 1. */
const CONFUSABLE: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * Reads a code as a learner typed it: any case, spaces, any dash (or none), O for 0 and I or L for 1.
 * `knownKeys` are the class keys of the scenarios this game has.
 */
export function readClassCode(text: string, knownKeys: Iterable<string>): ClassCodeResult {
  const fail = (problem: ClassCodeProblem): ClassCodeResult => ({
    ok: false,
    problem,
    reason: describeClassCodeProblem(problem),
  });
  const shown = normalizeTyped(text).toUpperCase().replace(/\s+/g, '');
  const compact = shown.replace(/[-‐‑‒–—―−_.]/g, '');
  if (compact === '') return fail({ kind: 'empty' });
  if (compact.length < 6) return fail({ kind: 'too-short', text: shown });
  if (compact.length > 6) return fail({ kind: 'too-long', text: shown });
  const key = compact.slice(0, 2);
  if (!KEY.test(key)) return fail({ kind: 'bad-key', text: key });
  const digits: number[] = [];
  for (const raw of compact.slice(2)) {
    const ch = CONFUSABLE[raw] ?? raw;
    const value = CROCKFORD.indexOf(ch);
    if (value < 0) return fail({ kind: 'bad-character', char: raw });
    digits.push(value);
  }
  if (![...knownKeys].includes(key)) return fail({ kind: 'unknown-key', key });
  if (checkOf(key, digits) !== digits[3]) return fail({ kind: 'check' });
  const seed = ((digits[0] as number) << 10) | ((digits[1] as number) << 5) | (digits[2] as number);
  return { ok: true, classKey: key, seed, code: makeClassCode(key, seed) };
}
