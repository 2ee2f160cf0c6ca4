import { describe, expect, it } from 'vitest';
import { buildResult, resultFileName, resultJson } from '../../src/classroom/result-build';
import { encodeResultCode, readResultCode } from '../../src/classroom/result-code';
import { readResult } from '../../src/classroom/result-verify';
import { testScenario } from '../engine/test-scenario';
import { playOut, session } from './runs';

const scenario = testScenario();
const lookup = (id: string) => (id === scenario.source.id ? scenario : undefined);

/** Times a save may hold after an edit or a broken clock: past Date's range, negative, not a number. */
const hostileTimes = [
  { startedAt: 1e300, finishedAt: 2e300 },
  { startedAt: Date.UTC(2026, 10, 28), finishedAt: 9e15 },
  { startedAt: -5, finishedAt: Number.NaN },
  { startedAt: 1, finishedAt: 8.64e15 },
];

describe('a save with an out-of-range time', () => {
  for (const times of hostileTimes) {
    it(`still downloads and its code reads back (${JSON.stringify(times)})`, async () => {
      const result = buildResult(scenario, playOut(scenario, 7), session(times));
      expect(() => resultJson(result)).not.toThrow();
      expect(() => resultFileName(result)).not.toThrow();
      expect((await readResult(resultJson(result), lookup)).ok).toBe(true);
      const read = await readResultCode(await encodeResultCode(result), lookup);
      expect(read.ok ? 'ok' : read.reason).toBe('ok');
    });
  }

  it('keeps the times it can and drops a time taken it cannot believe', () => {
    const result = buildResult(scenario, playOut(scenario, 7), session(hostileTimes[3]));
    expect(result.startedAt).toBe('1970-01-01T00:00:00.001Z');
    expect(result.finishedAt).toBe('+275760-09-13T00:00:00.000Z');
    expect(result.durationSeconds).toBeNull();
  });
});
