import { describe, expect, it } from 'vitest';
import { type CompiledScenario, present, type RunState, saveRun } from '../../src/engine';
import { createGameStore, SAVE_KEY } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { testScenario, testScenarioInput } from '../engine/test-scenario';
import { FullStorage } from './full-storage';

const scenario = testScenario();
const catalogOf = (...scenarios: CompiledScenario[]) => ({
  get: (id: string) => scenarios.find((s) => s.source.id === id),
});
const make = (storage = new MemoryStorage(), catalog = catalogOf(scenario)) =>
  createGameStore({ catalog, storage, now: () => 99, newSeed: () => 11 });

/** A store over a save made on version 1.0.0 (one choice taken), whose scenario is now 1.1.0. */
function savedThenEdited() {
  const storage = new MemoryStorage();
  const old = make(storage);
  old.getState().begin('engine-test');
  old.getState().choose('accept');
  const edited = testScenario({ ...testScenarioInput(), version: '1.1.0' });
  return make(storage, catalogOf(edited));
}

describe('game store', () => {
  it('starts a run, takes choices by id and saves after every decision', () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    expect(store.getState().begin('engine-test')).toBe(true);
    expect(store.getState().run?.seed).toBe(11);
    expect(store.getState().choose('accept')).toBe(true);
    expect(store.getState().run?.phase.kind).toBe('outcome');
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
    expect(saved).toEqual({
      saveVersion: 2,
      data: {
        run: { scenario: { id: 'engine-test', version: '1.0.0' }, seed: 11, actions: [{ choose: 'accept' }] },
        session: { mode: 'solo', classCode: null, team: null, startedAt: 99, finishedAt: null, votes: [] },
      },
    });
  });

  it('ignores intents the phase does not allow', () => {
    const store = make();
    expect(store.getState().choose('accept')).toBe(false);
    store.getState().begin('engine-test');
    expect(store.getState().proceed()).toBe(false);
    expect(store.getState().choose('no-such-choice')).toBe(false);
    expect(store.getState().propose({ ip: 'joint' })).toBe(false);
  });

  it('negotiates by clause and option ids', () => {
    const store = make();
    store.getState().begin('engine-test');
    store.getState().choose('segment');
    store.getState().proceed();
    expect(store.getState().propose({ ip: 'joint', review: 'days180' })).toBe(true);
    expect(store.getState().run?.phase).toMatchObject({ kind: 'negotiating', counter: [1, 0] });
    expect(store.getState().acceptCounter()).toBe(true);
    expect(store.getState().run?.phase.kind).toBe('outcome');
  });

  it('resumes exactly where a reloaded page left off', () => {
    const storage = new MemoryStorage();
    const first = make(storage);
    first.getState().begin('engine-test');
    first.getState().choose('accept');
    first.getState().proceed();
    const second = make(storage);
    expect(second.getState().canResume).toBe(true);
    expect(second.getState().resume()).toBe(true);
    expect(second.getState().run).toEqual(first.getState().run);
  });

  it('restarts the same scenario with the same seed', () => {
    const store = make();
    store.getState().begin('engine-test', 5);
    const opening = store.getState().run;
    store.getState().choose('decline');
    store.getState().restart();
    expect(store.getState().run).toEqual(opening);
  });

  it('keeps a corrupted save aside, reports it and starts clean', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, '{"saveVersion":1,"data":{"seed":"x"}}');
    const store = make(storage);
    expect(store.getState().canResume).toBe(false);
    expect(store.getState().resume()).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'kept-aside', keptAs: `${SAVE_KEY}.corrupt.99` });
    expect(storage.getItem(`${SAVE_KEY}.corrupt.99`)).toContain('"seed":"x"');
    expect(store.getState().begin('engine-test')).toBe(true);
  });

  it('keeps aside a save whose choices no longer exist in the scenario', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({
        saveVersion: 1,
        data: { scenario: { id: 'engine-test', version: '0.9.0' }, seed: 1, actions: [{ choose: 'gone' }] },
      }),
    );
    const store = make(storage);
    expect(store.getState().resume()).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'kept-aside' });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('replays a save on an edited scenario and says so', () => {
    const store = savedThenEdited();
    expect(store.getState().resume()).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'replayed', fromVersion: '1.0.0', toVersion: '1.1.0' });
  });

  it('appends each action in saved form as it is taken, equal to a full rebuild of the save', () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    store.getState().begin('engine-test');
    const actions = [
      () => store.getState().choose('segment'),
      () => store.getState().proceed(),
      () => store.getState().propose({ ip: 'joint', review: 'days180' }),
      () => store.getState().acceptCounter(),
      () => store.getState().proceed(),
    ];
    for (const act of actions) {
      const before = store.getState().save;
      expect(act()).toBe(true);
      const { save, run } = store.getState();
      // One more action, the ones before kept as they were (the same objects: nothing was rebuilt), and
      // the same save a replay of the whole run gives.
      expect(save?.actions).toHaveLength((before?.actions.length ?? 0) + 1);
      before?.actions.forEach((action, i) => {
        expect(save?.actions[i]).toBe(action);
      });
      expect(save).toEqual(saveRun(scenario, run as NonNullable<typeof run>));
      expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '{}').data.run).toEqual(save);
    }
    expect(store.getState().save?.actions).toEqual([
      { choose: 'segment' },
      'continue',
      { propose: { ip: 'joint', review: 'days180' } },
      'acceptCounter',
      'continue',
    ]);
  });

  it('presents the run once per step and resumes with the same view', () => {
    const storage = new MemoryStorage();
    const first = make(storage);
    first.getState().begin('engine-test');
    const opening = first.getState().view;
    expect(opening).toEqual(present(scenario, first.getState().run as NonNullable<RunState>));
    first.getState().choose('accept');
    expect(first.getState().view).not.toBe(opening);
    expect(first.getState().view?.phase).toBe('outcome');
    const second = make(storage);
    second.getState().resume();
    expect(second.getState().view).toEqual(first.getState().view);
    expect(second.getState().save).toEqual(first.getState().save);
    second.getState().quit();
    expect(second.getState().view).toBeNull();
  });

  it('keeps a resumed save on the edited scenario version it now plays', () => {
    const store = savedThenEdited();
    store.getState().resume();
    expect(store.getState().save?.scenario).toEqual({ id: 'engine-test', version: '1.1.0' });
    expect(store.getState().save?.actions).toEqual([{ choose: 'accept' }]);
  });

  it('reports a save for a scenario that is not available', () => {
    const storage = new MemoryStorage();
    make(storage).getState().begin('engine-test');
    const store = make(storage, catalogOf());
    expect(store.getState().resume()).toBe(false);
    expect(store.getState().notice).toMatchObject({
      kind: 'kept-aside',
      reason: 'scenario "engine-test" is not available',
    });
  });
});

describe('a save that cannot be kept aside', () => {
  it('is reported as not kept, with its data to download, before a new game replaces it', () => {
    const storage = new FullStorage();
    storage.items.set(SAVE_KEY, '{"saveVersion":1,"data":{"seed":"x"}}');
    const store = make(storage);
    const notice = store.getState().notice;
    expect(notice).toMatchObject({ kind: 'not-kept' });
    if (notice?.kind === 'not-kept') expect(notice.raw).toBe('{"saveVersion":1,"data":{"seed":"x"}}');
    expect(storage.getItem(SAVE_KEY)).toContain('"seed":"x"');
  });
});

describe('save versions', () => {
  it('migrates a version 1 save (the run alone) to a solo session and resumes it', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SAVE_KEY,
      JSON.stringify({
        saveVersion: 1,
        data: { scenario: { id: 'engine-test', version: '1.0.0' }, seed: 4, actions: [{ choose: 'accept' }] },
      }),
    );
    const store = make(storage);
    expect(store.getState().resume()).toBe(true);
    expect(store.getState().run?.decisions).toBe(1);
    expect(store.getState().session).toEqual({
      mode: 'solo',
      classCode: null,
      team: null,
      startedAt: 0,
      finishedAt: null,
      votes: [],
    });
  });
});

describe('facilitator votes', () => {
  const facilitated = () => {
    const store = make();
    store.getState().begin('engine-test', 1, { mode: 'facilitator', classCode: 'VL-7F3Q', team: null });
    return store;
  };

  it('plays the majority choice and keeps the counts', () => {
    const store = facilitated();
    expect(store.getState().vote({ accept: 3, segment: 1, decline: 0 })).toEqual({ played: true, tied: [] });
    expect(store.getState().run?.phase.kind).toBe('outcome');
    expect(store.getState().session?.votes).toEqual([
      { decision: 0, counts: { accept: 3, segment: 1, decline: 0 }, chosen: 'accept', tieBroken: false },
    ]);
  });

  it('waits for the facilitator on a tie, then plays the tie-break', () => {
    const store = facilitated();
    expect(store.getState().vote({ accept: 2, decline: 2 })).toEqual({
      played: false,
      tied: ['accept', 'decline'],
    });
    expect(store.getState().run?.phase.kind).toBe('choosing');
    expect(store.getState().vote({ accept: 2, decline: 2 }, 'segment')).toEqual({
      played: false,
      tied: ['accept', 'decline'],
    });
    expect(store.getState().vote({ accept: 2, decline: 2 }, 'decline').played).toBe(true);
    expect(store.getState().session?.votes[0]).toMatchObject({ chosen: 'decline', tieBroken: true });
  });

  it('records when the run finished', () => {
    const store = facilitated();
    store.getState().choose('decline');
    store.getState().proceed();
    store.getState().choose('refuse');
    store.getState().proceed();
    store.getState().choose('resign');
    store.getState().proceed();
    expect(store.getState().run?.phase.kind).toBe('ended');
    expect(store.getState().session?.finishedAt).toBe(99);
  });
});
