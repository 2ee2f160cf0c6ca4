import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLASS_SEEDS,
  CROCKFORD,
  EXAMPLE_CLASS_CODE,
  makeClassCode,
  readClassCode,
} from '../../src/classroom/class-code';

/** The class keys of the shipped scenarios. */
const SHIPPED = readdirSync('scenarios')
  .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
  .map((name) => (JSON.parse(readFileSync(`scenarios/${name}`, 'utf8')) as { classKey?: string }).classKey)
  .filter((key): key is string => key !== undefined);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALL_KEYS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
const SAMPLES = [0, 1, 31, 32, 1234, 7777, 16384, 20000, CLASS_SEEDS - 1];

describe('makeClassCode', () => {
  it('writes the key, a hyphen and four Crockford characters', () => {
    expect(makeClassCode('VL', 0)).toMatch(/^VL-000[0-9A-HJKMNP-TV-Z]$/);
    for (const seed of SAMPLES) expect(makeClassCode('AS', seed)).toMatch(/^AS-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
  it('refuses keys and seeds a code cannot carry', () => {
    expect(() => makeClassCode('as', 1)).toThrow(/two capital letters/);
    expect(() => makeClassCode('VL', CLASS_SEEDS)).toThrow(/0 to 32767/);
    expect(() => makeClassCode('VL', -1)).toThrow();
    expect(() => makeClassCode('VL', 1.5)).toThrow();
  });
  it('gives every seed its own code, and reads every one back', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < CLASS_SEEDS; seed++) {
      const code = makeClassCode('DC', seed);
      seen.add(code);
      const read = readClassCode(code, ['DC']);
      if (!read.ok || read.seed !== seed) throw new Error(`${code} did not read back as ${seed}`);
    }
    expect(seen.size).toBe(CLASS_SEEDS);
  });
  it('has a valid example', () => {
    expect(readClassCode(EXAMPLE_CLASS_CODE, ['VL']).ok).toBe(true);
  });
});

describe('readClassCode', () => {
  it('finds a key for every shipped scenario, all different', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(5);
    expect(new Set(SHIPPED).size).toBe(SHIPPED.length);
  });
  it('accepts lower case, spaces, other dashes, no dash, and O, I, L for 0 and 1', () => {
    const code = makeClassCode('VL', 0b00000_00001_11111); // VL-01Z?
    const check = code.slice(-1);
    for (const typed of [
      code,
      code.toLowerCase(),
      ` vl - 01z${check.toLowerCase()} `,
      `VL–01Z${check}`,
      `VL01Z${check}`,
      `vl-oiz${check}`,
      `VL-OLZ${check}`,
    ]) {
      expect(readClassCode(typed, SHIPPED), typed).toEqual({ ok: true, classKey: 'VL', seed: 63, code });
    }
  });
  it('reads full-width characters (a Korean input method) and ignores zero-width and direction controls', () => {
    const code = makeClassCode('VL', 1234);
    const fullWidth = [...code].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    expect(fullWidth).not.toBe(code);
    for (const typed of [
      fullWidth,
      `\u200b${code}\u200d`,
      `\u202e${code}\u202c`,
      `\u2066 ${fullWidth}\u2069\ufeff`,
    ]) {
      expect(readClassCode(typed, SHIPPED), JSON.stringify(typed)).toEqual({
        ok: true,
        classKey: 'VL',
        seed: 1234,
        code,
      });
    }
  });

  it('says plainly what is wrong', () => {
    const reason = (text: string) => {
      const read = readClassCode(text, SHIPPED);
      return read.ok ? 'ok' : read.reason;
    };
    expect(reason('AS-7F3')).toBe(`AS-7F3 is too short: a class code looks like ${EXAMPLE_CLASS_CODE}`);
    expect(reason('')).toMatch(/^type a class code/);
    expect(reason('AS-7F3QQ')).toMatch(/is too long/);
    expect(reason('A1-7F3Q')).toMatch(/starts with two letters/);
    expect(reason('AS-7U3Q')).toBe('"U" is not used in class codes: a character is probably mistyped');
    const valid = makeClassCode('ZZ', 99);
    expect(reason(valid)).toBe('no scenario uses the code letters ZZ');
    const code = makeClassCode('AS', 1000);
    const wrong = code.slice(0, -1) + CROCKFORD[(CROCKFORD.indexOf(code.slice(-1)) + 1) % 32];
    expect(reason(wrong)).toBe('the code does not check out: a character is probably mistyped');
  });

  it('catches every single substitution and every adjacent swap in the four characters', () => {
    for (const key of ['AS', 'VL', 'DC', 'ZZ']) {
      for (const seed of SAMPLES) {
        const code = makeClassCode(key, seed);
        const body = code.slice(3);
        for (let i = 0; i < 4; i++) {
          for (const ch of CROCKFORD) {
            if (ch === body[i]) continue;
            const typo = `${key}-${body.slice(0, i)}${ch}${body.slice(i + 1)}`;
            const read = readClassCode(typo, [key]);
            expect(read.ok, `${code} → ${typo}`).toBe(false);
          }
          if (i < 3 && body[i] !== body[i + 1]) {
            const swapped = `${key}-${body.slice(0, i)}${body[i + 1]}${body[i]}${body.slice(i + 2)}`;
            expect(readClassCode(swapped, [key]).ok, `${code} → ${swapped}`).toBe(false);
          }
        }
      }
    }
  });

  it('catches every single changed key letter, even when the other key is known', () => {
    for (const seed of SAMPLES) {
      for (const key of SHIPPED) {
        const code = makeClassCode(key, seed);
        for (const other of ALL_KEYS) {
          if (other === key || (other[0] !== key[0] && other[1] !== key[1])) continue;
          expect(readClassCode(other + code.slice(2), ALL_KEYS).ok, `${code} → ${other}`).toBe(false);
        }
      }
    }
  });

  it('never reads a shipped scenario’s code as another shipped scenario’s', () => {
    for (let seed = 0; seed < CLASS_SEEDS; seed += 7) {
      for (const key of SHIPPED) {
        const code = makeClassCode(key, seed);
        for (const other of SHIPPED) {
          if (other === key) continue;
          expect(readClassCode(other + code.slice(2), SHIPPED).ok).toBe(false);
        }
      }
    }
  });
});
