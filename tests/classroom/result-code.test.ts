import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/classroom/result-build';
import { crc32, encodeResultCode, looksLikeCode, readResultCode } from '../../src/classroom/result-code';
import type { ReadResult } from '../../src/classroom/result-schema';
import { testScenario } from '../engine/test-scenario';
import { playOut, session } from './runs';

const scenario = testScenario();
const lookup = (id: string) => (id === scenario.source.id ? scenario : undefined);
const problemOf = (read: ReadResult) => (read.ok ? 'ok' : read.problem.kind);
const result = buildResult(
  scenario,
  playOut(scenario, 7, ['accept', 'host']),
  session({ team: '2조 (서울)', mode: 'facilitator' }),
);

describe('crc32', () => {
  it('is the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('result codes', () => {
  it('round-trip: a code replays to the same run, with the session kept but not the clock times', async () => {
    const code = await encodeResultCode(result);
    expect(code).toMatch(/^LD1-[0-9a-f]{8}-[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(looksLikeCode(code)).toBe(true);
    const read = await readResultCode(code, lookup);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result).toEqual({ ...result, startedAt: null, finishedAt: null });
  });

  it('ignores the line breaks and spaces a chat adds', async () => {
    const code = await encodeResultCode(result);
    const wrapped = ` ${code.slice(0, 40)}\n${code.slice(40, 90)}\r\n  ${code.slice(90)}\n`;
    expect(problemOf(await readResultCode(wrapped, lookup))).toBe('ok');
  });

  it('refuses a truncated code by its checksum, with a clear message', async () => {
    const code = await encodeResultCode(result);
    for (const cut of [code.length - 1, code.length - 20, 30, 14, 8]) {
      const read = await readResultCode(code.slice(0, cut), lookup);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.problem.kind).toBe('checksum');
        expect(read.reason).toBe('this code is incomplete or mistyped (checksum does not match)');
      }
    }
  });

  it('refuses a code with one character changed', async () => {
    const code = await encodeResultCode(result);
    const at = code.length - 10;
    const other = code[at] === 'A' ? 'B' : 'A';
    const changed = `${code.slice(0, at)}${other}${code.slice(at + 1)}`;
    expect(problemOf(await readResultCode(changed, lookup))).toBe('checksum');
  });

  it('refuses text that is not a code, and a code whose checksum is right but payload is not a run', async () => {
    expect(problemOf(await readResultCode('hello', lookup))).toBe('code-format');
    expect(problemOf(await readResultCode('LD1-zzzz', lookup))).toBe('code-format');
    const body = 'bm90LWRlZmxhdGVk';
    const sum = crc32(new TextEncoder().encode(body)).toString(16).padStart(8, '0');
    expect(problemOf(await readResultCode(`LD1-${sum}-${body}`, lookup))).toBe('code-corrupt');
  });

  it('refuses a code for another scenario version', async () => {
    const other = { ...result, save: { ...result.save, scenario: { id: 'engine-test', version: '0.9.0' } } };
    const read = await readResultCode(await encodeResultCode(other), lookup);
    expect(problemOf(read)).toBe('other-version');
  });
});
