import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, scenarioCard } from '../../src/engine';
import { createGameStore } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { CUSTOM_SCENARIO_KEY, ScenarioLibrary } from '../../src/ui/library';
import { decideStart } from '../../src/ui/replace-run';
import { checkHere } from '../../src/ui/scenario-check/check-here';
import { testScenario } from '../engine/test-scenario';

const scenario = testScenario();
const catalogOf = (...scenarios: CompiledScenario[]) => ({
  get: (id: string) => scenarios.find((s) => s.source.id === id),
});
const make = (storage = new MemoryStorage(), catalog = catalogOf(scenario)) =>
  createGameStore({ catalog, storage, now: () => 99, newSeed: () => 11 });

describe('starting a run while one is saved', () => {
  it('starts straight away when nothing is saved', () => {
    expect(make().getState().savedRun()).toBeNull();
    expect(decideStart(null, [scenarioCard(scenario.source)])).toEqual({ kind: 'start' });
  });

  it("asks first, naming the saved run's scenario and the turn it reached", () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    store.getState().begin('engine-test');
    const saved = make(storage).getState().savedRun();
    expect(saved).toEqual({ scenarioId: 'engine-test', turn: 1 });
    expect(decideStart(saved, [scenarioCard(scenario.source)])).toEqual({
      kind: 'ask',
      savedTitle: scenario.source.title,
      savedTurn: 1,
    });
  });

  it('still asks, by id and without a turn, when the saved scenario is not loaded', () => {
    const storage = new MemoryStorage();
    make(storage).getState().begin('engine-test');
    const saved = make(storage, catalogOf()).getState().savedRun();
    expect(saved).toEqual({ scenarioId: 'engine-test', turn: null });
    expect(decideStart(saved, [])).toEqual({ kind: 'ask', savedTitle: 'engine-test', savedTurn: null });
  });
});

describe('an opened scenario file', () => {
  const SAMPLE = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
  const OTHER = SAMPLE.replace('"id": "sample-visiting-lab"', '"id": "my-own-lab"');
  const libraryOver = (storage: MemoryStorage, shippedIds: string[] = []) =>
    new ScenarioLibrary(
      shippedIds.map((id) => ({
        card: { ...scenarioCard(scenario.source), id },
        load: async () => scenario.source,
      })),
      storage,
      { startWorker: () => null, checkHere: async (name, text) => checkHere(name, text) },
    );

  it("is refused, with the clash named, when its id is a shipped scenario's", async () => {
    const storage = new MemoryStorage();
    const library = libraryOver(storage, ['sample-visiting-lab']);
    expect(await library.open('mine.json', SAMPLE)).toEqual({ ok: false, shippedId: 'sample-visiting-lab' });
    expect(storage.getItem(CUSTOM_SCENARIO_KEY)).toBeNull();
    expect(library.cards().map((c) => c.id)).toEqual(['sample-visiting-lab']);
  });

  it('is listed but neither played nor remembered until its run starts', async () => {
    const storage = new MemoryStorage();
    storage.setItem(CUSTOM_SCENARIO_KEY, SAMPLE);
    const library = libraryOver(storage);
    expect(await library.open('mine.json', OTHER)).toMatchObject({ ok: true, id: 'my-own-lab' });
    expect(library.cards().map((c) => c.id)).toEqual(['my-own-lab']);
    // The player keeps the saved run: the file it needs is still the remembered one.
    expect(storage.getItem(CUSTOM_SCENARIO_KEY)).toBe(SAMPLE);
    expect(await library.ensure('sample-visiting-lab')).toBe(true);
    expect(library.get('my-own-lab')).toBeUndefined();
    library.adopt('my-own-lab');
    expect(storage.getItem(CUSTOM_SCENARIO_KEY)).toBe(OTHER);
    expect(library.get('my-own-lab')?.source.id).toBe('my-own-lab');
  });
});
