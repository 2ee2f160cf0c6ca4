import { describe, expect, it } from 'vitest';
import { buildResult, resultFileName, resultJson } from '../../src/classroom/result-build';
import { MAX_RESULT_CHARS, type ReadResult, type RunResult } from '../../src/classroom/result-schema';
import { readResult } from '../../src/classroom/result-verify';
import { start } from '../../src/engine/run/step';
import { testScenario, testScenarioInput } from '../engine/test-scenario';
import { playOut, session } from './runs';

const scenario = testScenario();
const lookup = (id: string) => (id === scenario.source.id ? scenario : undefined);
const finished = () =>
  buildResult(scenario, playOut(scenario, 7, ['accept', 'host']), session({ team: '팀 "A", 1조' }));
type DeepMutable<T> = T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Editable = DeepMutable<RunResult> & { email?: string };
const edit = (result: RunResult, change: (data: Editable) => void): string => {
  const data = JSON.parse(resultJson(result));
  change(data);
  return JSON.stringify(data);
};
const problemOf = (read: ReadResult) => (read.ok ? 'ok' : read.problem.kind);
const reasonOf = (read: ReadResult) => (read.ok ? 'ok' : read.reason);

describe('buildResult', () => {
  it('keeps the scenario, session, save, decisions with meters, ending and time taken', () => {
    const result = finished();
    expect(result.kind).toBe('lab-doors-result');
    expect(result.resultVersion).toBe(1);
    expect(result.scenario).toEqual({ id: 'engine-test', version: '1.0.0' });
    expect(result.classCode).toBe('ET-7F3Q');
    expect(result.team).toBe('팀 "A", 1조');
    expect(result.mode).toBe('solo');
    expect(result.startedAt).toBe('2026-11-28T09:00:00.000Z');
    expect(result.finishedAt).toBe('2026-11-28T09:21:30.000Z');
    expect(result.durationSeconds).toBe(21 * 60 + 30);
    expect(result.save.seed).toBe(7);
    expect(result.save.actions[0]).toEqual({ choose: 'accept' });
    expect(result.decisions[0]).toMatchObject({
      number: 0,
      event: 'offer',
      kind: 'choice',
      choice: 'accept',
      before: { trust: 50, security: 50, legalRisk: 20 },
      after: { trust: 60, security: 50, legalRisk: 50 },
    });
    expect(result.decisions[0]?.consequences.map((c) => c.ref)).toContain('offer/accept#1');
    expect(result.ending).toEqual({ id: 'steady', tone: 'mixed', cause: { kind: 'term-complete' } });
  });

  it('names its file after the scenario, the team and the date, with safe characters only', () => {
    expect(resultFileName(finished())).toBe('lab-doors-engine-test-팀-A-1조-2026-11-28.json');
    const anonymous = buildResult(scenario, playOut(scenario, 7), session({ classCode: null }));
    expect(resultFileName(anonymous)).toBe('lab-doors-engine-test-2026-11-28.json');
  });
});

describe('readResult', () => {
  it('reads back a result it built, equal to the original', async () => {
    const result = finished();
    expect(await readResult(resultJson(result), lookup)).toEqual({ ok: true, result });
  });

  it('accepts a result whose keys were reordered by some tool', async () => {
    const result = finished();
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(result).reverse()));
    expect(problemOf(await readResult(reordered, lookup))).toBe('ok');
  });

  it('refuses a result whose decision was changed to another choice', async () => {
    const text = edit(finished(), (data) => {
      (data.decisions[1] as { choice: string | null }).choice = 'snub';
    });
    const read = await readResult(text, lookup);
    expect(problemOf(read)).toBe('tampered');
    expect(reasonOf(read)).toBe(
      'this result was changed after the run (decision 2 does not match the moves saved)',
    );
  });

  it('refuses a result whose ending was changed', async () => {
    const text = edit(finished(), (data) => {
      data.ending = { id: 'hub', tone: 'best', cause: { kind: 'term-complete' } };
    });
    const read = await readResult(text, lookup);
    expect(problemOf(read)).toBe('tampered');
    expect(reasonOf(read)).toContain('the ending does not match the replay');
  });

  it('refuses a result whose meters were changed', async () => {
    const text = edit(finished(), (data) => {
      (data.decisions[0] as { after: Record<string, number> }).after.trust = 99;
    });
    const read = await readResult(text, lookup);
    expect(reasonOf(read)).toContain('the meters of decision 1 do not match the replay');
  });

  it('refuses a result whose saved moves were changed to ones the scenario does not allow', async () => {
    const text = edit(finished(), (data) => {
      data.save.actions[0] = { choose: 'nonsense' };
    });
    expect(problemOf(await readResult(text, lookup))).toBe('tampered');
  });

  it('refuses a result whose saved moves were changed consistently but not the decisions', async () => {
    const text = edit(finished(), (data) => {
      data.save.actions[0] = { choose: 'decline' };
    });
    const read = await readResult(text, lookup);
    expect(problemOf(read)).toBe('tampered');
  });

  it('refuses a result whose version was changed, and names the versions of one from another version', async () => {
    const changed = edit(finished(), (data) => {
      data.scenario = { id: 'engine-test', version: '1.0.1' };
    });
    expect(reasonOf(await readResult(changed, lookup))).toContain('the save names another scenario');

    const newer = testScenario({ ...testScenarioInput(), version: '1.1.0' });
    const read = await readResult(resultJson(finished()), () => newer);
    expect(problemOf(read)).toBe('other-version');
    expect(reasonOf(read)).toBe(
      'this result is from another version of "engine-test" (1.0.0; this game has 1.1.0)',
    );
  });

  it('refuses a vote that does not match the choice played', async () => {
    const text = edit(finished(), (data) => {
      data.votes = [{ decision: 0, counts: { accept: 1, decline: 3 }, chosen: 'decline', tieBroken: false }];
    });
    expect(reasonOf(await readResult(text, lookup))).toContain('the vote on decision 1');
  });

  it('refuses oversized text and non-JSON, and shapes that are not results, without throwing', async () => {
    expect(problemOf(await readResult(' '.repeat(MAX_RESULT_CHARS + 1), lookup))).toBe('too-large');
    expect(problemOf(await readResult('{"kind": "lab-doors-result", ', lookup))).toBe('not-json');
    expect(problemOf(await readResult('', lookup))).toBe('not-json');
    expect(problemOf(await readResult('[]', lookup))).toBe('not-a-result');
    expect(problemOf(await readResult('{"__proto__": {"x": 1}}', lookup))).toBe('not-a-result');
    const extra = edit(finished(), (data) => {
      data.email = 'someone@example.org';
    });
    expect(problemOf(await readResult(extra, lookup))).toBe('not-a-result');
    const longTeam = edit(finished(), (data) => {
      data.team = 'x'.repeat(61);
    });
    expect(reasonOf(await readResult(longTeam, lookup))).toContain('team');
  });

  it('refuses a result for an unknown scenario and an unfinished run', async () => {
    expect(problemOf(await readResult(resultJson(finished()), () => undefined))).toBe('unknown-scenario');
    const unfinished = buildResult(scenario, start(scenario, 3), session());
    expect(problemOf(await readResult(resultJson(unfinished), lookup))).toBe('unfinished');
  });
});
