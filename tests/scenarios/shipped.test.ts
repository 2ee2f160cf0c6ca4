import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics/messages';
import { restoreRun } from '../../src/engine/save';
import { RunSaveSchema } from '../../src/engine/save-schema';
import { shippedScenarios } from './shipped';

const scenarios = shippedScenarios();

it('ships at least one scenario', () => {
  expect(scenarios.length).toBeGreaterThan(0);
});

describe.each(scenarios.map((s) => [s.file, s] as const))('%s', (_file, shipped) => {
  // The teaching warnings (LD5xx) are held by teaching.test.ts, with its lists of known exceptions.
  it('validates and lints clean, warnings included, in both languages', () => {
    const format = shipped.diagnostics.filter((d) => !d.code.startsWith('LD5'));
    expect(format.map((d) => formatDiagnostic(d))).toEqual([]);
  });

  it('has a committed playthrough plan for every ending, and each plan reaches its ending', () => {
    const scenario = shipped.compiled;
    if (scenario === null) throw new Error('scenario did not load');
    const planFile = `tests/scenarios/plans/${scenario.source.id}.json`;
    expect(existsSync(planFile), `${planFile} (npm run plans -- ${shipped.file})`).toBe(true);
    const { plans } = JSON.parse(readFileSync(planFile, 'utf8')) as {
      plans: { ending: string; save: unknown }[];
    };
    expect(plans.map((p) => p.ending).sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    for (const plan of plans) {
      const restored = restoreRun(scenario, RunSaveSchema.parse(plan.save));
      if (!restored.ok) throw new Error(`plan for ${plan.ending}: ${restored.reason}`);
      const phase = restored.run.phase;
      expect(phase.kind === 'ended' ? scenario.endings[phase.ending]?.id : phase.kind).toBe(plan.ending);
    }
  });
});

it('gives every shipped scenario its own class-code key and an LMS rubric', () => {
  const keys = scenarios.map((s) => s.compiled?.source.classKey);
  expect(keys.every((k) => k !== undefined)).toBe(true);
  expect(new Set(keys).size).toBe(keys.length);
  expect(scenarios.every((s) => s.compiled?.source.rubric !== undefined)).toBe(true);
});
