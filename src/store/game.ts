import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CompiledScenario } from '../engine/compile/types';
import { InvalidActionError, start, step } from '../engine/run/step';
import type { Action, RunState } from '../engine/run/types';
import { type RunSave, restoreRun, saveRun } from '../engine/save';
import { RunSaveSchema } from '../engine/save-schema';
import { type KeyValueStorage, Slot } from './slot';

/** Where the game finds scenarios by id: the shipped ones, plus any the player opened. */
export interface ScenarioCatalog {
  get(id: string): CompiledScenario | undefined;
}

/** Something the player should be told about their save, shown once by the UI. */
export type SaveNotice =
  | { readonly kind: 'kept-aside'; readonly reason: string; readonly keptAs: string }
  | { readonly kind: 'replayed'; readonly fromVersion: string; readonly toVersion: string };

export interface GameState {
  readonly scenario: CompiledScenario | null;
  readonly run: RunState | null;
  readonly notice: SaveNotice | null;
  /** Whether a save exists that `resume` can continue. */
  readonly canResume: boolean;
  begin(scenarioId: string, seed?: number): boolean;
  choose(choiceId: string): boolean;
  propose(terms: Readonly<Record<string, string>>): boolean;
  acceptCounter(): boolean;
  walkAway(): boolean;
  proceed(): boolean;
  restart(): boolean;
  resume(): boolean;
  /** The scenario a readable save belongs to, so the caller can load it before `resume`. */
  savedScenarioId(): string | null;
  quit(): void;
  dismissNotice(): void;
}

export const SAVE_KEY = 'lab-doors.run';
export const SAVE_VERSION = 1;

export interface GameStoreOptions {
  readonly catalog: ScenarioCatalog;
  readonly storage: KeyValueStorage;
  readonly now: () => number;
  /** A fresh seed for a new run; the store may use the browser's randomness, the engine may not. */
  readonly newSeed: () => number;
}

/**
 * The current run and the intents the UI sends. Every rule lives in the engine: actions translate
 * author ids to engine actions, call `step`, keep the result and save it. An intent the current phase
 * does not allow returns false and changes nothing.
 */
export function createGameStore(options: GameStoreOptions): StoreApi<GameState> {
  const slot = new Slot<RunSave>({
    key: SAVE_KEY,
    version: SAVE_VERSION,
    schema: RunSaveSchema,
    storage: options.storage,
    now: options.now,
  });

  // Reading at creation lets the title screen offer "continue" and report a bad save straight away.
  const initial = slot.read();
  return createStore<GameState>()((set, get) => {
    const apply = (toAction: (scenario: CompiledScenario, run: RunState) => Action | null): boolean => {
      const { scenario, run } = get();
      if (scenario === null || run === null) return false;
      const action = toAction(scenario, run);
      if (action === null) return false;
      try {
        const next = step(scenario, run, action);
        set({ run: next });
        slot.write(saveRun(scenario, next));
        return true;
      } catch (error) {
        if (error instanceof InvalidActionError) return false;
        throw error;
      }
    };
    const launch = (scenario: CompiledScenario, seed: number) => {
      const run = start(scenario, seed);
      set({ scenario, run, canResume: true });
      slot.write(saveRun(scenario, run));
      return true;
    };
    return {
      scenario: null,
      run: null,
      notice: initial.kind === 'kept-aside' ? initial : null,
      canResume: initial.kind === 'ok',
      begin: (scenarioId, seed) => {
        const scenario = options.catalog.get(scenarioId);
        return scenario === undefined ? false : launch(scenario, seed ?? options.newSeed());
      },
      choose: (choiceId) =>
        apply((scenario, run) => {
          if (run.phase.kind !== 'choosing') return null;
          const choice = scenario.events[run.phase.event]?.choices.findIndex((c) => c.id === choiceId) ?? -1;
          return choice < 0 ? null : { type: 'choose', choice };
        }),
      propose: (terms) =>
        apply((scenario, run) => {
          if (run.phase.kind !== 'negotiating') return null;
          const clauses = scenario.events[run.phase.event]?.negotiation?.clauses ?? [];
          const indexes = clauses.map((c) => c.options.findIndex((o) => o.id === terms[c.id]));
          return indexes.some((i) => i < 0) ? null : { type: 'propose', terms: indexes };
        }),
      acceptCounter: () => apply(() => ({ type: 'acceptCounter' })),
      walkAway: () => apply(() => ({ type: 'walkAway' })),
      proceed: () => apply(() => ({ type: 'continue' })),
      restart: () => {
        const { scenario, run } = get();
        return scenario !== null && run !== null && launch(scenario, run.seed);
      },
      resume: () => resumeFromSlot(slot, options.catalog, set),
      savedScenarioId: () => {
        const saved = slot.read();
        return saved.kind === 'ok' ? saved.data.scenario.id : null;
      },
      quit: () => set({ scenario: null, run: null }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}

function resumeFromSlot(
  slot: Slot<RunSave>,
  catalog: ScenarioCatalog,
  set: (partial: Partial<GameState>) => void,
): boolean {
  const saved = slot.read();
  if (saved.kind === 'empty') {
    set({ canResume: false });
    return false;
  }
  if (saved.kind === 'kept-aside') {
    set({ canResume: false, notice: { kind: 'kept-aside', reason: saved.reason, keptAs: saved.keptAs } });
    return false;
  }
  const save = saved.data;
  const scenario = catalog.get(save.scenario.id);
  const restored = scenario
    ? restoreRun(scenario, save)
    : { ok: false as const, reason: `scenario "${save.scenario.id}" is not available` };
  if (!restored.ok || scenario === undefined) {
    const kept = slot.keepAside(
      JSON.stringify({ saveVersion: SAVE_VERSION, data: save }),
      restored.ok ? '' : restored.reason,
    );
    if (kept.kind === 'kept-aside') set({ canResume: false, notice: kept });
    return false;
  }
  set({
    scenario,
    run: restored.run,
    canResume: true,
    notice: restored.replayedOnNewVersion
      ? { kind: 'replayed', fromVersion: save.scenario.version, toVersion: scenario.source.version }
      : null,
  });
  return true;
}
