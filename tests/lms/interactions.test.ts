import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { buildDebrief } from '../../src/engine/debrief';
import { playRun } from '../../src/engine/simulate/play';
import { POLICY_NAMES, policyByName } from '../../src/engine/simulate/policies';
import {
  decisionInteractions,
  formatCmiTime,
  formatCmiTimespan,
  interactionValues,
  toCmiIdentifier,
} from '../../src/lms/interactions';
import { shippedScenarios } from './shipped';

const scenarios = shippedScenarios();
const at = new Date(2026, 10, 28, 9, 5, 7);

describe('interaction records', () => {
  it('formats SCORM 1.2 times and identifiers', () => {
    expect(formatCmiTime(at)).toBe('09:05:07');
    expect(formatCmiTimespan(3_723_450)).toBe('0001:02:03');
    expect(formatCmiTimespan(-5)).toBe('0000:00:00');
    expect(formatCmiTimespan(1e12)).toBe('9999:59:59');
    expect(toCmiIdentifier('a b\tc—d')).toBe('a_b_c_d');
    expect(toCmiIdentifier('x'.repeat(300))).toHaveLength(255);
    expect(toCmiIdentifier('')).toBe('_');
  });

  it("has one choice interaction per decision, with the debrief's objectives, within SCORM 1.2 limits", () => {
    for (const scenario of scenarios.values()) {
      for (const policy of POLICY_NAMES) {
        for (let seed = 1; seed <= 10; seed++) {
          const { run } = playRun(scenario, seed, policyByName(policy));
          const records = decisionInteractions(scenario, run, 0, at);
          const debrief = buildDebrief(scenario, run);
          expect(records).toHaveLength(run.decisions);
          expect(records.map((r) => r.objectives)).toEqual(debrief.decisions.map((d) => d.objectives));
          const ids = new Set(records.map((r) => r.id));
          expect(ids.size).toBe(records.length);
          for (const [n, record] of records.entries()) {
            const decision = debrief.decisions[n];
            expect(record.id).toBe(`d${n + 1}_${decision?.event}`);
            expect(record.id).toMatch(/^[\u0021-\u007E]{1,255}$/);
            expect(record.type).toBe('choice');
            expect(record.time).toBe('09:05:07');
            expect(record.studentResponse.length).toBeLessThanOrEqual(255);
            if (decision?.kind === 'choice') expect(record.studentResponse).toBe(decision.choice);
            if (decision?.kind === 'agreement') {
              const terms = Object.entries(decision.terms ?? {}).map(([c, o]) => `${c}.${o}`);
              expect(record.studentResponse).toBe(terms.join(','));
            }
          }
          // Every decision touches a learning objective in the shipped scenarios.
          for (const r of records)
            expect(r.objectives.length, `${scenario.source.id} ${r.id}`).toBeGreaterThan(0);
          expect(decisionInteractions(scenario, run, 2, at)).toEqual(records.slice(2));
        }
      }
    }
  });

  it('lists the cmi values with the id first', () => {
    const sample = scenarios.get('sample-visiting-lab') as CompiledScenario;
    const { run } = playRun(sample, 3, policyByName('random'));
    const [first] = decisionInteractions(sample, run, 0, at);
    const values = interactionValues(4, first as NonNullable<typeof first>);
    expect(values[0]).toEqual(['cmi.interactions.4.id', first?.id]);
    expect(values.map(([k]) => k)).toContain('cmi.interactions.4.objectives.0.id');
    expect(values.map(([k]) => k)).toContain('cmi.interactions.4.student_response');
  });
});
