import * as z from 'zod/mini';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SessionInfo, soloSession } from '../classroom/session';
import { tallyVotes } from '../classroom/votes';
import {
  type Action,
  type CompiledScenario,
  InvalidActionError,
  newSave,
  type PresentedView,
  present,
  type RunSave,
  RunSaveSchema,
  type RunState,
  restoreRun,
  savedAction,
  start,
  step,
} from '../engine';
import { isSlotProblem, type KeyValueStorage, type Migration, Slot, type SlotProblem } from './slot';

/** Where the game finds scenarios by id: the shipped ones, plus any the player opened. */
export interface ScenarioCatalog {
  get(id: string): CompiledScenario | undefined;
}

/** Something the player should be told about their save, shown once by the UI. */
export type SaveNotice =
  | SlotProblem
  | { readonly kind: 'replayed'; readonly fromVersion: string; readonly toVersion: string };

export interface GameState {
  readonly scenario: CompiledScenario | null;
  readonly run: RunState | null;
  /** What the screens show of the run, presented once per step (null without a run). */
  readonly view: PresentedView | null;
  /** The run in saved form: its actions by id, appended as they are taken, so saving never replays. */
  readonly save: RunSave | null;
  /** Solo or facilitated, class code, team, times and votes of the current run. */
  readonly session: SessionInfo | null;
  readonly notice: SaveNotice | null;
  /** Whether a save exists that `resume` can continue. */
  readonly canResume: boolean;
  begin(
    scenarioId: string,
    seed?: number,
    session?: Partial<Pick<SessionInfo, 'mode' | 'classCode' | 'team'>>,
  ): boolean;
  choose(choiceId: string): boolean;
  /**
   * Facilitator mode: plays the choice most teams voted for and keeps the counts. On a tie, `tieBreak`
   * must name one of the tied choices; without it nothing is played and the tied choices are returned.
   */
  vote(
    counts: Readonly<Record<string, number>>,
    tieBreak?: string,
  ): { played: boolean; tied: readonly string[] };
  propose(terms: Readonly<Record<string, string>>): boolean;
  acceptCounter(): boolean;
  walkAway(): boolean;
  proceed(): boolean;
  restart(): boolean;
  resume(): boolean;
  /** The scenario a readable save belongs to, so the caller can load it before `resume`. */
  savedScenarioId(): string | null;
  /**
   * What a new run would replace: the saved run's scenario and turn (the turn only when that scenario is
   * loaded, see `savedScenarioId`); null without a readable save.
   */
  savedRun(): SavedRunSummary | null;
  quit(): void;
  dismissNotice(): void;
}

export interface SavedRunSummary {
  readonly scenarioId: string;
  /** 1-based, as the play screen shows it; null when the scenario is not loaded or the save does not replay. */
  readonly turn: number | null;
}

export const SAVE_KEY = 'lab-doors.run';
export const SAVE_VERSION = 2;

/** What the save slot holds: the replayable run and the session around it. */
export interface GameSave {
  readonly run: RunSave;
  readonly session: SessionInfo;
}
export const GameSaveSchema = z.strictObject({ run: RunSaveSchema, session: SessionInfo });

/** Version 1 saved the run alone; a run from then was a solo run. */
export const SAVE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (run) => ({ run, session: soloSession(0) }),
};

/** The browser's slot for the current game: the store reads and writes it, and so does the LMS adapter. */
export function gameSaveSlot(storage: KeyValueStorage, now: () => number): Slot<GameSave> {
  return new Slot<GameSave>({
    key: SAVE_KEY,
    version: SAVE_VERSION,
    migrations: SAVE_MIGRATIONS,
    schema: GameSaveSchema,
    storage,
    now,
  });
}

export interface GameStoreOptions {
  readonly catalog: ScenarioCatalog;
  readonly storage: KeyValueStorage;
  readonly now: () => number;
  /** A fresh seed for a new run; the store may use the browser's randomness, the engine may not. */
  readonly newSeed: () => number;
}

/**
 * The current run, its view and the intents the UI sends. Every rule lives in the engine: an intent
 * translates author ids to an engine action, calls `step`, presents the new run once (every screen
 * renders that view), appends the action in saved form and writes the save. An intent the current
 * phase does not allow returns false and changes nothing.
 */
export function createGameStore(options: GameStoreOptions): StoreApi<GameState> {
  const slot = gameSaveSlot(options.storage, options.now);
  // Reading at creation lets the title screen offer "continue" and report a bad save straight away.
  const initial = slot.read();

  return createStore<GameState>()((set, get) => {
    const keep = (scenario: CompiledScenario, run: RunState, session: SessionInfo, save: RunSave) => {
      const finished = run.phase.kind === 'ended' && session.finishedAt === null;
      const next = finished ? { ...session, finishedAt: options.now() } : session;
      set({ run, view: present(scenario, run), save, session: next });
      slot.write({ run: save, session: next });
    };
    const apply = (toAction: (scenario: CompiledScenario, run: RunState) => Action | null): boolean => {
      const { scenario, run, session, save } = get();
      if (scenario === null || run === null || session === null || save === null) return false;
      const action = toAction(scenario, run);
      if (action === null) return false;
      try {
        const next = step(scenario, run, action);
        // Named by id against the run it was taken on, once: the save grows by one action per step.
        const saved = savedAction(scenario, run, action);
        keep(scenario, next, session, { ...save, actions: [...save.actions, saved] });
        return true;
      } catch (error) {
        if (error instanceof InvalidActionError) return false;
        throw error;
      }
    };
    const launch = (scenario: CompiledScenario, seed: number, session: SessionInfo) => {
      set({ scenario, canResume: true });
      const run = start(scenario, seed);
      keep(scenario, run, session, newSave(run));
      return true;
    };
    const choiceAction = (scenario: CompiledScenario, run: RunState, choiceId: string): Action | null => {
      if (run.phase.kind !== 'choosing') return null;
      const choice = scenario.events[run.phase.event]?.choices.findIndex((c) => c.id === choiceId) ?? -1;
      return choice < 0 ? null : { type: 'choose', choice };
    };

    return {
      scenario: null,
      run: null,
      view: null,
      save: null,
      session: null,
      notice: isSlotProblem(initial) ? initial : null,
      canResume: initial.kind === 'ok',
      begin: (scenarioId, seed, session) => {
        const scenario = options.catalog.get(scenarioId);
        if (scenario === undefined) return false;
        return launch(scenario, seed ?? options.newSeed(), { ...soloSession(options.now()), ...session });
      },
      choose: (choiceId) => apply((scenario, run) => choiceAction(scenario, run, choiceId)),
      vote: (counts, tieBreak) => {
        const { run, view, session } = get();
        if (run === null || view === null || session === null || view.phase !== 'choosing') {
          return { played: false, tied: [] };
        }
        const allowed = view.choices.filter((c) => !c.locked).map((c) => c.id);
        const outcome = tallyVotes(counts, allowed);
        const tied = outcome.kind === 'tie' ? outcome.tied : [];
        const chosen =
          outcome.kind === 'winner'
            ? outcome.choice
            : tieBreak !== undefined && tied.includes(tieBreak)
              ? tieBreak
              : null;
        if (chosen === null) return { played: false, tied };
        const record = {
          decision: run.decisions,
          counts: { ...counts },
          chosen,
          tieBroken: outcome.kind === 'tie',
        };
        set({ session: { ...session, votes: [...session.votes, record] } });
        const played = apply((s, r) => choiceAction(s, r, chosen));
        return { played, tied };
      },
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
        const { scenario, run, session } = get();
        if (scenario === null || run === null || session === null) return false;
        return launch(scenario, run.seed, {
          ...session,
          startedAt: options.now(),
          finishedAt: null,
          votes: [],
        });
      },
      resume: () => resumeFromSlot(slot, options.catalog, set),
      savedScenarioId: () => {
        const saved = slot.read();
        return saved.kind === 'ok' ? saved.data.run.scenario.id : null;
      },
      savedRun: () => {
        const saved = slot.read();
        if (saved.kind !== 'ok') return null;
        const save = saved.data.run;
        const scenario = options.catalog.get(save.scenario.id);
        const restored = scenario ? restoreRun(scenario, save) : null;
        const turn = scenario && restored?.ok ? present(scenario, restored.run).calendar.turn : null;
        return { scenarioId: save.scenario.id, turn };
      },
      quit: () => set({ scenario: null, run: null, view: null, save: null, session: null }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}

function resumeFromSlot(
  slot: Slot<GameSave>,
  catalog: ScenarioCatalog,
  set: (partial: Partial<GameState>) => void,
): boolean {
  const saved = slot.read();
  if (saved.kind !== 'ok') {
    set({ canResume: false, ...(isSlotProblem(saved) ? { notice: saved } : {}) });
    return false;
  }
  const { run: save, session } = saved.data;
  const scenario = catalog.get(save.scenario.id);
  const restored = scenario
    ? restoreRun(scenario, save)
    : { ok: false as const, reason: `scenario "${save.scenario.id}" is not available` };
  if (!restored.ok || scenario === undefined) {
    const raw = JSON.stringify({ saveVersion: SAVE_VERSION, data: saved.data });
    set({ canResume: false, notice: slot.keepAside(raw, restored.ok ? '' : restored.reason) });
    return false;
  }
  set({
    scenario,
    run: restored.run,
    view: present(scenario, restored.run),
    // The same actions, now of this scenario version: the next step appends to them.
    save: { ...save, scenario: { id: scenario.source.id, version: scenario.source.version } },
    session,
    canResume: true,
    notice: restored.replayedOnNewVersion
      ? { kind: 'replayed', fromVersion: save.scenario.version, toVersion: scenario.source.version }
      : null,
  });
  return true;
}
