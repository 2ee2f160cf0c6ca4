import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  compile,
  loadScenario,
  type PolicyName,
  playRun,
  policyByName,
  type Run,
  restoreRun,
  type Scenario,
  saveRun,
} from '../../src/engine';
import { createGameStore } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { pathToCard } from '../../src/studio/playtest/path-to-card';
import { playtestStore } from '../../src/studio/playtest/playtest-store';

function shipped(name: string): Scenario {
  const loaded = loadScenario(`${name}.json`, readFileSync(`scenarios/${name}.json`, 'utf8'));
  if (loaded.scenario === undefined) throw new Error(`${name} does not load`);
  return loaded.scenario;
}

const source = shipped('sample-visiting-lab');
const scenario = compile(source);

/** The events a run showed for a decision, in order. */
function shownEvents(run: Run): number[] {
  const shown: number[] = [];
  for (let node = run.log; node !== null; node = node.prev) {
    if (node.entry.kind === 'shown') shown.push(node.entry.event);
  }
  return shown.reverse();
}

const atCard = (run: Run, event: number) =>
  (run.phase.kind === 'choosing' || run.phase.kind === 'negotiating') && run.phase.event === event;

describe('a path to a card', () => {
  test('every card a simulated run draws is reached by replaying its path, which is named', () => {
    let reached = 0;
    for (const [index, event] of scenario.events.entries()) {
      const path = pathToCard(scenario, event.id, null);
      if (path === null) continue;
      reached++;
      expect(path.source.kind).toBe('simulated');
      const restored = restoreRun(scenario, path.save);
      if (!restored.ok) throw new Error(restored.reason);
      expect(atCard(restored.run, index)).toBe(true);
      expect(restored.run.decisions).toBe(path.decisions);
      expect(restored.run.turn).toBe(path.turn);
    }
    // The sample's cards are nearly all drawn by some play style; most of them must be reachable.
    expect(reached).toBeGreaterThan(scenario.events.length / 2);
  });

  test("the recorded play-test's path is used when it passed the card, at its first showing", () => {
    const policy: PolicyName = 'random';
    const { run } = playRun(scenario, 7, policyByName(policy));
    const recorded = saveRun(scenario, run);
    const shown = shownEvents(run);
    const target = shown[Math.min(3, shown.length - 1)] as number;
    const path = pathToCard(scenario, scenario.events[target]?.id ?? '', recorded);
    expect(path?.source).toEqual({ kind: 'recorded' });
    expect(path?.save.seed).toBe(7);
    expect(path?.save.actions).toEqual(recorded.actions.slice(0, path?.save.actions.length));
    const restored = path && restoreRun(scenario, path.save);
    if (!restored?.ok) throw new Error('the recorded prefix does not replay');
    expect(atCard(restored.run, target)).toBe(true);
    expect(shownEvents(restored.run).filter((e) => e === target)).toEqual([target]);
  });

  test('a recorded play-test that never passed the card falls back to a simulated run', () => {
    const { run } = playRun(scenario, 3, policyByName('most-open'));
    const shown = new Set(shownEvents(run));
    const other = scenario.events.findIndex(
      (e, i) => !shown.has(i) && pathToCard(scenario, e.id, null) !== null,
    );
    if (other < 0) return; // every reachable card was in that run: nothing to fall back from
    const path = pathToCard(scenario, scenario.events[other]?.id ?? '', saveRun(scenario, run));
    expect(path?.source.kind).toBe('simulated');
  });

  test('an unknown card has no path', () => {
    expect(pathToCard(scenario, 'no-such-card', null)).toBeNull();
  });
});

describe("a play-test's game store", () => {
  test('from a card in facilitator mode: at the card, a workshop session, votes played onward', () => {
    const target = scenario.events.findIndex((e) => {
      const path = pathToCard(scenario, e.id, null);
      return path !== null && path.decisions > 1 && e.choices.length > 1;
    });
    const event = scenario.events[target];
    const path = event && pathToCard(scenario, event.id, null);
    if (!event || !path) throw new Error('no card past the second decision');
    const store = playtestStore(source, true, path.save, () => 1);
    const state = store.getState();
    expect(state.run && atCard(state.run, target)).toBe(true);
    expect(state.session?.mode).toBe('facilitator');
    const first = event.choices[0]?.id ?? '';
    expect(state.vote({ [first]: 3 }).played).toBe(true);
    expect(store.getState().session?.votes.map((v) => v.chosen)).toEqual([first]);
    expect(store.getState().save?.actions).toEqual([...path.save.actions, { choose: first }]);
  });

  test('from the start in facilitator mode it plays exactly as the game does a shipped scenario', () => {
    const draft = playtestStore(source, true, null, () => 99);
    const game = createGameStore({
      catalog: { get: (id) => (id === scenario.source.id ? scenario : undefined) },
      storage: new MemoryStorage(),
      now: () => 0,
      newSeed: () => 99,
    });
    game.getState().begin(scenario.source.id, undefined, { mode: 'facilitator' });
    for (let i = 0; i < 12; i++) {
      for (const store of [draft, game]) {
        const { view } = store.getState();
        if (view?.phase === 'choosing') {
          const open = view.choices.filter((c) => !c.locked);
          store.getState().vote({ [open[i % open.length]?.id ?? '']: 2 });
        } else if (view?.phase === 'negotiating') store.getState().walkAway();
        else store.getState().proceed();
      }
      expect(draft.getState().save).toEqual(game.getState().save);
      expect(draft.getState().view).toEqual(game.getState().view);
      expect(draft.getState().session?.votes).toEqual(game.getState().session?.votes);
    }
    expect(draft.getState().session?.mode).toBe('facilitator');
  });
});
