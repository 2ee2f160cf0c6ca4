import { buildDebrief, type CompiledScenario, type RunSave, type RunState, saveRun } from '../engine';
import {
  MAX_DURATION_SECONDS,
  RESULT_KIND,
  RESULT_VERSION,
  type ResultSession,
  type RunResult,
} from './result-schema';
import type { SessionInfo } from './session';

/**
 * Building a result from a run: the session around it (times made safe), the debrief of the run trimmed
 * to what a result keeps, the JSON a learner downloads and its file name.
 */

/** The latest instant a Date holds (100,000,000 days after 1970); toISOString throws beyond it. */
const MAX_DATE_MS = 8.64e15;

/** A saved time as a moment, or null when a save (edited, or from a broken clock) holds no real one. */
const knownTime = (ms: number | null | undefined): number | null =>
  typeof ms === 'number' && Number.isFinite(ms) && ms > 0 && ms <= MAX_DATE_MS ? ms : null;

const isoTime = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * The session part of a result, from the game store's session. Times out of range become unknown, so
 * the result can always be downloaded and its code always reads back (it once threw, or made a code
 * that its own reader called damaged).
 */
export function resultSession(session: SessionInfo | null): ResultSession {
  const started = knownTime(session?.startedAt);
  const finished = knownTime(session?.finishedAt);
  const seconds = started !== null && finished !== null ? Math.round((finished - started) / 1000) : null;
  const duration = seconds !== null && seconds >= 0 && seconds <= MAX_DURATION_SECONDS ? seconds : null;
  return {
    mode: session?.mode ?? 'solo',
    classCode: session?.classCode ?? null,
    team: session?.team ?? null,
    startedAt: isoTime(started),
    finishedAt: isoTime(finished),
    durationSeconds: duration,
    votes: session?.votes ?? [],
  };
}

export function buildResult(
  scenario: CompiledScenario,
  run: RunState,
  session: SessionInfo | null,
): RunResult {
  return resultOf(scenario, run, saveRun(scenario, run), resultSession(session));
}

/** The result of `run`, whose save is `save`: also how a replay is turned back into a result. */
export function resultOf(
  scenario: CompiledScenario,
  run: RunState,
  save: RunSave,
  session: ResultSession,
): RunResult {
  const debrief = buildDebrief(scenario, run);
  return {
    kind: RESULT_KIND,
    resultVersion: RESULT_VERSION,
    scenario: { ...save.scenario },
    classCode: session.classCode,
    team: session.team,
    mode: session.mode,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    durationSeconds: session.durationSeconds,
    save,
    decisions: debrief.decisions.map((d) => ({
      number: d.number,
      turn: d.turn,
      event: d.event,
      kind: d.kind,
      choice: d.choice,
      terms: d.terms,
      before: d.before,
      after: d.after,
      consequences: d.consequences.map((c) => ({
        ref: c.ref,
        turn: c.turn,
        result: c.result,
        event: c.event,
      })),
    })),
    votes: session.votes,
    ending: debrief.ending,
  };
}

/** The result as a file's text: indented JSON, ending with a newline. */
export function resultJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A file name for a result: scenario, team or class code, date. Only safe characters. */
export function resultFileName(result: RunResult, now: Date = new Date()): string {
  const who = result.team ?? result.classCode ?? '';
  const safe = who
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const date = (result.finishedAt ?? now.toISOString()).slice(0, 10);
  return ['lab-doors', result.scenario.id, safe, date]
    .filter((p) => p !== '')
    .join('-')
    .concat('.json');
}
