import { describe, expect, it } from 'vitest';
import {
  admit,
  EMPTY_INTAKE,
  type IntakeRead,
  lookupOncePerId,
  readInBatches,
  readPastedCode,
  readResultFile,
} from '../../src/classroom/intake';
import { buildResult, resultJson } from '../../src/classroom/result-build';
import { crc32, encodeResultCode, splitPastedCodes } from '../../src/classroom/result-code';
import type { RunResult } from '../../src/classroom/result-schema';
import type { CompiledScenario } from '../../src/engine';
import { testScenario } from '../engine/test-scenario';
import { playOut, session } from './runs';

const scenario = testScenario();
const lookup = (id: string) => (id === scenario.source.id ? scenario : undefined);
const played = playOut(scenario, 7, ['accept', 'host']);
const result = buildResult(scenario, played, session({ team: 'Team 1' }));
const otherRun = buildResult(scenario, playOut(scenario, 8, ['decline']), session({ team: 'Team 2' }));

const crcHex = (text: string) => crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
const asFile = (name: string, text: string) => ({
  name,
  size: text.length,
  text: async () => text,
});
const fileOf = (r: RunResult, name = 'result.json') => readResultFile(asFile(name, resultJson(r)), lookup);
const kinds = (reads: readonly IntakeRead[]) =>
  admit(EMPTY_INTAKE, reads).entries.map((e) => (e.outcome.ok ? 'ok' : e.outcome.problem.kind));

describe('the same run is counted once', () => {
  it('handed in as a file and as a code', async () => {
    const reads = [await fileOf(result), await readPastedCode(await encodeResultCode(result), 1, lookup)];
    expect(reads.map((r) => r.outcome.ok)).toEqual([true, true]);
    expect(kinds(reads)).toEqual(['ok', 'duplicate']);
  });

  it('re-encoded with another duration, a trailing space in the team, no times or another class code', async () => {
    const variants: RunResult[] = [
      { ...result, durationSeconds: 42, startedAt: null, finishedAt: null },
      { ...result, team: 'Team 1 ' },
      { ...result, startedAt: null, finishedAt: null, durationSeconds: null },
      { ...result, classCode: 'ET-0000' },
    ];
    const reads = [await fileOf(result)];
    for (const variant of variants) {
      const read = await readPastedCode(await encodeResultCode(variant), 1, lookup);
      expect(read.outcome.ok, JSON.stringify(read.outcome)).toBe(true);
      reads.push(read);
    }
    expect(kinds(reads)).toEqual(['ok', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
  });

  it('across batches, while another run still counts', async () => {
    const first = admit(EMPTY_INTAKE, [await fileOf(result, 'a.json')]);
    const second = admit(first, [await fileOf(otherRun, 'b.json'), await fileOf(result, 'again.json')]);
    expect(second.accepted).toHaveLength(2);
    expect(second.entries.map((e) => [e.key, 'file' in e.source ? e.source.file : '', e.outcome.ok])).toEqual(
      [
        [0, 'a.json', true],
        [1, 'b.json', true],
        [2, 'again.json', false],
      ],
    );
    // Refused as the same run as the entry loaded first, which it names.
    expect(second.entries[2]?.outcome).toEqual({
      ok: false,
      problem: { kind: 'duplicate', of: { file: 'a.json' } },
    });
    // The state before a batch is left as it was.
    expect(first.accepted).toHaveLength(1);
  });
});

describe('reading files', () => {
  it('refuses other file types and oversized files before reading them', async () => {
    const unread = { name: 'notes.txt', size: 10, text: () => Promise.reject(new Error('read')) };
    expect((await readResultFile(unread, lookup)).outcome).toEqual({
      ok: false,
      problem: { kind: 'file-type' },
    });
    const huge = { name: 'big.json', size: 5_000_000, text: () => Promise.reject(new Error('read')) };
    expect((await readResultFile(huge, lookup)).outcome).toEqual({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });

  it('turns a file that cannot be read into a problem, not an exception', async () => {
    const broken = { name: 'x.json', size: 10, text: () => Promise.reject(new Error('gone')) };
    expect((await readResultFile(broken, lookup)).outcome.ok).toBe(false);
  });
});

describe('pasted codes', () => {
  it('accepts a code a chat wrapped over lines, and splits many codes pasted together', async () => {
    const one = await encodeResultCode(result);
    const two = await encodeResultCode(otherRun);
    const pasted = `${one.slice(0, 37)}\n${one.slice(37)}\r\n\n  ${two.slice(0, 20)}\n${two.slice(20, 50)} ${two.slice(50)}  ${one}\u200b`;
    expect(splitPastedCodes(pasted)).toEqual([one, two, one]);
    const reads = await Promise.all(splitPastedCodes(pasted).map((c, i) => readPastedCode(c, i + 1, lookup)));
    expect(kinds(reads)).toEqual(['ok', 'ok', 'duplicate']);
  });

  it('keeps a wrapped piece that happens to start like a code with the code it completes', () => {
    const body = 'q0sLD1-wrapped-here';
    const code = `LD1-${crcHex(body)}-${body}`;
    const wrapAt = code.lastIndexOf('LD1');
    expect(splitPastedCodes(`${code.slice(0, wrapAt)}\n${code.slice(wrapAt)}`)).toEqual([code]);
    // A piece that starts like a code and completes nothing before it is a code of its own.
    const cut = `LD1-${crcHex('other')}-q0s`;
    expect(splitPastedCodes(`${cut}\n${code.slice(wrapAt)}`)).toEqual([cut, code.slice(wrapAt)]);
  });

  it('leaves text that is not a code as one item, so it is reported once', () => {
    expect(splitPastedCodes('hello there')).toEqual(['hellothere']);
    expect(splitPastedCodes('  \n ')).toEqual([]);
  });
});

describe('looking scenarios up', () => {
  it('asks once per scenario id, also for ids the game does not have', async () => {
    const asked: string[] = [];
    const once = lookupOncePerId((id) => {
      asked.push(id);
      return id === scenario.source.id ? scenario : undefined;
    });
    const answers: (CompiledScenario | undefined)[] = [];
    for (let i = 0; i < 50; i++) answers.push(await once('engine-test'), await once('unknown'));
    expect(asked).toEqual(['engine-test', 'unknown']);
    expect(answers.filter((a) => a === scenario)).toHaveLength(50);
  });

  it('treats a lookup that throws as a scenario the game does not have', async () => {
    const once = lookupOncePerId(() => {
      throw new Error('network');
    });
    expect(await once('x')).toBeUndefined();
  });
});

describe('reading in batches', () => {
  it('hands reads over in order, in a few batches when reading takes time, and always ends with one', async () => {
    let clock = 0;
    const batches: number[][] = [];
    const pauses: number[] = [];
    const items = Array.from({ length: 10 }, (_, i) => i);
    await readInBatches(
      items,
      async (item) => {
        clock += 40; // each read "takes" 40 ms
        return { source: { code: item + 1 }, outcome: { ok: false, problem: { kind: 'checksum' } } };
      },
      (batch, done) => {
        batches.push(batch.map((r) => ('code' in r.source ? r.source.code : 0)));
        pauses.push(done);
      },
      { now: () => clock, batchMs: 100, pause: async () => {} },
    );
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
    expect(pauses).toEqual([3, 6, 9, 10]);
  });

  it('reports an empty hand-in once, with nothing in it', async () => {
    const batches: number[] = [];
    await readInBatches(
      [],
      async () => ({}) as IntakeRead,
      (b) => batches.push(b.length),
      {
        now: () => 0,
        batchMs: 100,
        pause: async () => {},
      },
    );
    expect(batches).toEqual([0]);
  });
});
