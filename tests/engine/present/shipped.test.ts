import { describe, expect, it } from 'vitest';
import {
  type Action,
  type CompiledScenario,
  type PresentedView,
  present,
  start,
  step,
} from '../../../src/engine';
import { shippedScenarios } from '../../scenarios/shipped';

/**
 * Plays a run of a scenario through its views alone, as a screen would: a choice the view offers, the
 * negotiation form’s presets (a counter accepted), Continue. The step number varies the choice taken.
 */
function playByViews(
  scenario: CompiledScenario,
  seed: number,
  check: (view: PresentedView) => void,
): PresentedView {
  let run = start(scenario, seed);
  let view = present(scenario, run);
  for (let steps = 0; view.phase !== 'ended'; steps++) {
    if (steps > 2000) throw new Error(`${scenario.source.id} seed ${seed} did not end`);
    check(view);
    run = step(scenario, run, actionFor(scenario, run.phase, view, seed + steps));
    view = present(scenario, run);
  }
  check(view);
  return view;
}

function actionFor(
  scenario: CompiledScenario,
  phase: Parameters<typeof step>[1]['phase'],
  view: PresentedView,
  n: number,
): Action {
  if (view.phase === 'choosing' && phase.kind === 'choosing') {
    const open = view.choices.filter((c) => !c.locked);
    const id = open[n % open.length]?.id;
    return {
      type: 'choose',
      choice: scenario.events[phase.event]?.choices.findIndex((c) => c.id === id) ?? -1,
    };
  }
  if (view.negotiation !== null) {
    if (view.negotiation.counter !== null) return { type: 'acceptCounter' };
    return {
      type: 'propose',
      terms: view.negotiation.clauses.map((c) => c.options.findIndex((o) => o.id === c.preset)),
    };
  }
  return { type: 'continue' };
}

/** What holds for every view of every shipped scenario, whatever the path. */
function checkView(view: PresentedView): void {
  expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
  expect(view.choices.map((c) => c.number)).toEqual(view.choices.map((_, i) => i + 1));
  for (const meter of view.meters) {
    expect(meter.value).toBeGreaterThanOrEqual(meter.min);
    expect(meter.value).toBeLessThanOrEqual(meter.max);
  }
  expect(view.card === null).toBe(view.phase === 'ended');
  expect(view.ending === null).toBe(view.phase !== 'ended');
  expect(view.outcome === null).toBe(view.phase !== 'outcome');
  expect(view.negotiation === null).toBe(view.phase !== 'negotiating');
  expect(view.choices.length > 0).toBe(view.phase === 'choosing');
  for (const change of [...view.lastChange.changes, ...(view.outcome?.changes ?? [])]) {
    expect(change.to - change.from).toBe(change.delta);
  }
  if (view.card !== null) expect(view.card.title.en ?? view.card.title.ko).toBeTruthy();
}

describe('present on every shipped scenario', () => {
  for (const shipped of shippedScenarios()) {
    it(`${shipped.file}: every view of five runs is plain JSON and consistent`, () => {
      const scenario = shipped.compiled;
      if (scenario === null) throw new Error(`${shipped.file} does not load`);
      for (let seed = 1; seed <= 5; seed++) {
        let last = -1;
        const ended = playByViews(scenario, seed, (view) => {
          checkView(view);
          expect(view.step).toBe(last + 1);
          last = view.step;
        });
        expect(ended.ending?.title).toBeTruthy();
      }
    }, 60_000);
  }
});
