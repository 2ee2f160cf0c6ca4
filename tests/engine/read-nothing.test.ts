import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/engine/format';
import { RandomStream } from '../../src/engine/rng';
import { start } from '../../src/engine/run/step';
import { type PolicyName, policyByName } from '../../src/engine/simulate/policies';
import { t, testScenario, testScenarioInput } from './test-scenario';

/**
 * One card whose options differ in exactly one trait each, so every read-nothing style has one right
 * answer, and two options tie on length so the tie-break shows.
 */
const input: ScenarioInput = {
  ...testScenarioInput(),
  calendar: { turns: 1, labels: [t('Turn 1')] },
  meters: [
    { id: 'trust', label: t('Trust'), start: 50, low: { fail: 10, warn: 25 } },
    { id: 'security', label: t('Security'), start: 50, min: 0, max: 200 },
    { id: 'legalRisk', label: t('Legal risk'), good: 'low', start: 20 },
  ],
  events: [
    {
      id: 'card',
      title: t('Card'),
      text: t('Card'),
      choices: [
        {
          id: 'hidden',
          text: { ko: '가장 긴 선택지이지만 보이지 않음', en: 'The longest option of all, but hidden' },
          when: { turn: { atLeast: 5 } },
        },
        { id: 'short', text: { ko: '짧게 쓴 선택지', en: 'Short' }, effects: { trust: 1 } },
        // Security has twice trust's range, so +10 security weighs as +5 trust; -10 legal risk is +10.
        { id: 'gain', text: { ko: '짧은', en: 'A gain' }, effects: { legalRisk: -10, security: 10 } },
        { id: 'long-a', text: { ko: '중간', en: 'Rather long text A' }, effects: { trust: 2 } },
        { id: 'long-b', text: { ko: '중간', en: 'Rather long text B' }, effects: { security: -20 } },
      ],
    },
  ],
};
const scenario = testScenario(input);
const ids = scenario.events[0]?.choices.map((c) => c.id) ?? [];

/** How often each choice is taken over many decisions from the first card. */
function picks(policy: PolicyName): Record<string, number> {
  const decide = policyByName(policy).decide;
  const run = start(scenario, 1);
  expect(run.phase.kind).toBe('choosing');
  const random = new RandomStream(7);
  const counts: Record<string, number> = {};
  for (let k = 0; k < 400; k++) {
    const action = decide(scenario, run, random);
    if (action.type !== 'choose') throw new Error(`expected a choice, got ${action.type}`);
    const id = ids[action.choice] as string;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('play styles that read nothing', () => {
  it('take the first and the last option shown, skipping a hidden one', () => {
    expect(picks('first')).toEqual({ short: 400 });
    expect(picks('last')).toEqual({ 'long-b': 400 });
  });

  it('take the longest text in each language, a tie drawn at random rather than by file order', () => {
    expect(picks('longest-ko')).toEqual({ short: 400 });
    const en = picks('longest-en');
    expect(Object.keys(en).sort()).toEqual(['long-a', 'long-b']);
    expect(en['long-a']).toBeGreaterThan(120);
    expect(en['long-b']).toBeGreaterThan(120);
  });

  it('take the largest immediate gain, each change by its good direction over its range', () => {
    // gain: +10/100 (legal risk down) + 10/200 (security) = 0.15, ahead of long-a's 2/100.
    expect(picks('largest-gain')).toEqual({ gain: 400 });
  });
});
