import { readFileSync } from 'node:fs';
import {
  type CompiledScenario,
  compile,
  type PresentedView,
  present,
  type RunState,
  start,
  step,
} from '../../../src/engine';
import { loadScenario } from '../../../src/engine/load';

/** The sample scenario as the game loads it, optionally edited first (e.g. to add expert lines). */
export function loadSample(edit: (file: Record<string, unknown>) => void = () => {}): CompiledScenario {
  const file = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8'));
  edit(file);
  const { scenario, diagnostics } = loadScenario('sample-visiting-lab.json', JSON.stringify(file));
  if (scenario === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return compile(scenario);
}

/** A player at the screen: acts by the ids the screen shows, and reads the screen after each step. */
export class Player {
  run: RunState;
  view: PresentedView;
  constructor(
    private readonly scenario: CompiledScenario,
    seed: number,
  ) {
    this.run = start(scenario, seed);
    this.view = present(scenario, this.run);
  }
  choose(id: string): this {
    const phase = this.run.phase;
    if (phase.kind !== 'choosing') throw new Error(`not choosing but ${phase.kind}`);
    const choice = this.scenario.events[phase.event]?.choices.findIndex((c) => c.id === id) ?? -1;
    if (!this.view.choices.some((c) => c.id === id && !c.locked)) throw new Error(`"${id}" is not on screen`);
    return this.act({ type: 'choose', choice });
  }
  propose(terms: Record<string, string>): this {
    const indexes = (this.view.negotiation?.clauses ?? []).map((clause) =>
      clause.options.findIndex((o) => o.id === terms[clause.id]),
    );
    return this.act({ type: 'propose', terms: indexes });
  }
  acceptCounter(): this {
    return this.act({ type: 'acceptCounter' });
  }
  walkAway(): this {
    return this.act({ type: 'walkAway' });
  }
  continue(): this {
    return this.act({ type: 'continue' });
  }
  private act(action: Parameters<typeof step>[2]): this {
    this.run = step(this.scenario, this.run, action);
    this.view = present(this.scenario, this.run);
    return this;
  }
}
