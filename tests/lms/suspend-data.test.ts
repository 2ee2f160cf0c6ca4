import { describe, expect, it } from 'vitest';
import { soloSession } from '../../src/classroom/session';
import { restoreRun, saveRun } from '../../src/engine/save';
import { playRun } from '../../src/engine/simulate/play';
import { POLICY_NAMES, policyByName } from '../../src/engine/simulate/policies';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data';
import type { GameSave } from '../../src/store/game';
import { shippedScenarios } from './shipped';

const scenarios = shippedScenarios();
const session = { ...soloSession(1_764_300_000_000), finishedAt: 1_764_309_999_999 };

describe('suspend data', () => {
  it('round-trips runs of every shipped scenario, replays them exactly and stays within 4,096 characters', () => {
    const longest: Record<string, number> = {};
    for (const [id, scenario] of scenarios) {
      for (const policy of POLICY_NAMES) {
        for (let seed = 1; seed <= 60; seed++) {
          const { run } = playRun(scenario, seed, policyByName(policy));
          const save: GameSave = { run: saveRun(scenario, run), session };
          const encoded = encodeSuspendData(save);
          expect(encoded).not.toBeNull();
          const text = encoded as string;
          expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
          longest[id] = Math.max(longest[id] ?? 0, text.length);
          const decoded = decodeSuspendData(text);
          expect(decoded).toEqual(save);
          const restored = restoreRun(scenario, (decoded as GameSave).run);
          expect(restored.ok).toBe(true);
          if (restored.ok) {
            expect(restored.run.phase).toEqual(run.phase);
            expect(restored.run.meters).toEqual(run.meters);
            expect(restored.run.decisions).toBe(run.decisions);
          }
        }
      }
    }
    // The flagship's longest runs leave most of the room free.
    for (const length of Object.values(longest)) expect(length).toBeLessThan(SUSPEND_DATA_LIMIT * 0.6);
  });

  it('keeps proposals, counter-proposals and walking away', () => {
    const save: GameSave = {
      run: {
        scenario: { id: 'x', version: '1.0.0' },
        seed: -5,
        actions: [
          { choose: 'a-b_c' },
          'continue',
          { propose: { scope: 'narrow', data: 'tiered' } },
          'acceptCounter',
          { propose: { scope: 'wide' } },
          'walkAway',
        ],
      },
      session: {
        mode: 'facilitator',
        classCode: 'AS-7F3Q',
        team: 'Team, "one" (+=)',
        startedAt: 1,
        finishedAt: null,
        votes: [{ decision: 0, counts: { 'a-b_c': 3, other: 1 }, chosen: 'a-b_c', tieBroken: false }],
      },
    };
    const text = encodeSuspendData(save) as string;
    expect(text).toContain('a-b_c,.,(scope=narrow+data=tiered),!a,(scope=wide),!w');
    expect(decodeSuspendData(text)).toEqual(save);
  });

  it('drops the vote counts, not the run, when they would not fit', () => {
    const votes = Array.from({ length: 200 }, (_, decision) => ({
      decision,
      counts: { alpha: 10, beta: 20, gamma: 30 },
      chosen: 'gamma',
      tieBroken: false,
    }));
    const save: GameSave = {
      run: { scenario: { id: 'x', version: '1.0.0' }, seed: 1, actions: [{ choose: 'alpha' }] },
      session: { ...session, mode: 'facilitator', votes },
    };
    const decoded = decodeSuspendData(encodeSuspendData(save) as string);
    expect(decoded?.run).toEqual(save.run);
    expect(decoded?.session.votes).toEqual([]);
  });

  it('returns null for a save that cannot fit at all', () => {
    const actions = Array.from({ length: 300 }, () => ({ choose: `c${'x'.repeat(40)}` }));
    const save: GameSave = { run: { scenario: { id: 'x', version: '1.0.0' }, seed: 1, actions }, session };
    expect(encodeSuspendData(save)).toBeNull();
  });

  it('rejects what is not a save of ours, or is damaged', () => {
    const good = encodeSuspendData({
      run: { scenario: { id: 'x', version: '1.0.0' }, seed: 1, actions: [{ choose: 'a' }, 'continue'] },
      session,
    }) as string;
    expect(decodeSuspendData(good)).not.toBeNull();
    for (const bad of [
      '',
      'hello',
      '{"run":{}}',
      good.slice(0, -3),
      good.replace('LD1', 'LD9'),
      good.replace('a,.', 'a,?'),
      good.replace('a,.', '(a=b=c)'),
      good.replace('"x"', '"bad id"'),
      good.replace('1764300000000', '"soon"'),
      good.replace('[', '[1,'),
    ]) {
      expect(decodeSuspendData(bad), bad).toBeNull();
    }
  });
});
