import type { StoreApi } from 'zustand/vanilla';
import type { CompiledScenario, RunState } from '../engine';
import { type GameState, gameSaveSlot } from '../store/game';
import type { KeyValueStorage } from '../store/slot';
import { decisionInteractions, formatCmiTimespan, interactionValues, toCmiIdentifier } from './interactions';
import { objectiveRecords, objectiveValues } from './objectives';
import { scoreRun } from './score';
import type { ApiWindow, Scorm12Api } from './scorm-api';
import { findScormApi } from './scorm-api';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

export interface ScormOptions {
  readonly win: ApiWindow & {
    addEventListener(type: 'pagehide' | 'beforeunload', listener: () => void): void;
  };
  /** The storage the game store's save slot uses: a run kept by the LMS is put there to resume. */
  readonly storage: KeyValueStorage;
  readonly now: () => number;
}

/** A course session with an LMS: started before the game store exists, attached to it once it does. */
export interface ScormSession {
  readonly api: Scorm12Api;
  /** Whether the LMS handed back a run (cmi.suspend_data) that the title screen now offers to continue. */
  readonly resumable: boolean;
  attach(game: StoreApi<GameState>): () => void;
  finish(): void;
}

/**
 * Connects the game to a SCORM 1.2 LMS when it runs inside one (null otherwise: the game plays as
 * anywhere else). Calls LMSInitialize; when the LMS kept a run in cmi.suspend_data, puts it into the
 * save slot before the game store reads it, so "Continue" resumes it (the LMS's copy wins over the
 * browser's). Call before `createGameStore`, then `attach` the store.
 */
export function startScorm(options: ScormOptions): ScormSession | null {
  const api = findScormApi(options.win);
  if (api === null) return null;
  if (String(api.LMSInitialize('')) !== 'true') return null;
  const startedAt = options.now();
  const get = (element: string) => String(api.LMSGetValue(element) ?? '');
  const set = (element: string, value: string) => String(api.LMSSetValue(element, value)) === 'true';

  const slot = gameSaveSlot(options.storage, options.now);
  const kept = decodeSuspendData(get('cmi.suspend_data'));
  const resumable = kept !== null && slot.write(kept);

  const status = get('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  set('cmi.core.exit', 'suspend');
  api.LMSCommit('');
  let interactionCount = Number.parseInt(get('cmi.interactions._count'), 10) || 0;
  /** The objective ids the LMS holds, by slot: a run played again updates its objectives in place. */
  const heldObjectives = () => {
    const count = Number.parseInt(get('cmi.objectives._count'), 10) || 0;
    return Array.from({ length: count }, (_, n) => get(`cmi.objectives.${n}.id`));
  };
  let finished = false;

  const report = (state: GameState, previous: GameState) => {
    const { scenario, run, session, save } = state;
    if (finished || scenario === null || run === null || session === null || save === null) return;
    if (run === previous.run) return;
    const stepped = isStepOf(run, previous.run);
    if (stepped && previous.run !== null && run.decisions > previous.run.decisions) {
      for (const record of decisionInteractions(
        scenario,
        run,
        previous.run.decisions,
        new Date(options.now()),
      )) {
        for (const [element, value] of interactionValues(interactionCount, record)) set(element, value);
        interactionCount += 1;
      }
    }
    // The store's save grows by one action per step: nothing is replayed to write it.
    const encoded = encodeSuspendData({ run: save, session });
    if (encoded !== null) set('cmi.suspend_data', encoded);
    set('cmi.core.lesson_location', locationOf(scenario, run));
    const score = scoreRun(scenario, run);
    if (score !== null && (stepped || previous.run === null || previous.run.phase.kind !== 'ended')) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(score.raw));
      set('cmi.core.lesson_status', score.status);
      // The objectives of the run that earned this score, judged once by the engine (see objectives.ts).
      for (const [element, value] of objectiveValues(objectiveRecords(scenario, run), heldObjectives())) {
        set(element, value);
      }
    }
    set('cmi.core.exit', run.phase.kind === 'ended' ? '' : 'suspend');
    api.LMSCommit('');
  };

  const finish = () => {
    if (finished) return;
    finished = true;
    try {
      set('cmi.core.session_time', formatCmiTimespan(options.now() - startedAt));
      api.LMSCommit('');
      api.LMSFinish('');
    } catch (error) {
      console.warn('SCORM: finishing the session failed', error);
    }
  };
  options.win.addEventListener('pagehide', finish);
  options.win.addEventListener('beforeunload', finish);

  return {
    api,
    resumable,
    attach: (game) =>
      game.subscribe((state, previous) => {
        try {
          report(state, previous);
        } catch (error) {
          // An LMS whose API throws must not stop the game: play goes on, unreported.
          console.warn('SCORM: reporting to the LMS failed', error);
        }
      }),
    finish,
  };
}

/** Whether `run` is `previous` plus one action (a step), rather than a new, restarted or resumed run. */
function isStepOf(run: RunState, previous: RunState | null): boolean {
  return (
    previous !== null &&
    run.scenarioId === previous.scenarioId &&
    run.seed === previous.seed &&
    run.actions !== null &&
    run.actions.prev === previous.actions
  );
}

/** cmi.core.lesson_location: scenario and the card on screen (or the ending), at most 255 characters. */
function locationOf(scenario: CompiledScenario, run: RunState): string {
  const where =
    run.phase.kind === 'ended'
      ? `ending.${scenario.endings[run.phase.ending]?.id ?? run.phase.ending}`
      : (scenario.events[run.phase.event]?.id ?? String(run.phase.event));
  return toCmiIdentifier(`${run.scenarioId}/${run.decisions}/${where}`);
}
