import type { SessionInfo } from '../../src/classroom/session';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { isAvailable } from '../../src/engine/run/choices';
import { start, step } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';

/**
 * Plays a run of `scenario` to its end: at each choice the first available id of `prefer`, else the first
 * available choice (from `from` when given, else from the start); negotiations propose the first option of each clause, then accept a counter-proposal.
 */
export function playOut(
  scenario: CompiledScenario,
  seed: number,
  prefer: readonly string[] = [],
  from?: RunState,
): RunState {
  let run = from ?? start(scenario, seed);
  for (let n = 0; run.phase.kind !== 'ended'; n++) {
    if (n > 500) throw new Error('the run did not end');
    const phase = run.phase;
    if (phase.kind === 'choosing') {
      const ctx = { run, terms: null, appeal: 0, failed: null };
      const choices = scenario.events[phase.event]?.choices ?? [];
      const open = choices.filter((c) => isAvailable(c, ctx));
      const pick = prefer.map((id) => open.find((c) => c.id === id)).find((c) => c !== undefined) ?? open[0];
      if (pick === undefined) throw new Error('no available choice');
      run = step(scenario, run, { type: 'choose', choice: pick.index });
    } else if (phase.kind === 'negotiating') {
      const clauses = scenario.events[phase.event]?.negotiation?.clauses ?? [];
      run =
        phase.counter !== null
          ? step(scenario, run, { type: 'acceptCounter' })
          : step(scenario, run, { type: 'propose', terms: clauses.map(() => 0) });
    } else {
      run = step(scenario, run, { type: 'continue' });
    }
  }
  return run;
}

export function session(overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    mode: 'solo',
    classCode: 'ET-7F3Q',
    team: null,
    startedAt: Date.UTC(2026, 10, 28, 9, 0, 0),
    finishedAt: Date.UTC(2026, 10, 28, 9, 21, 30),
    votes: [],
    ...overrides,
  };
}
