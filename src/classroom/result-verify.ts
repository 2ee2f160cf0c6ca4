import * as z from 'zod/mini';
import { type CompiledScenario, type RunSave, restoreRun } from '../engine';
import { resultOf } from './result-build';
import {
  describeProblem,
  MAX_RESULT_CHARS,
  type ReadResult,
  type ResultProblem,
  ResultSchema,
  type ResultSession,
  type RunResult,
  type ScenarioLookup,
} from './result-schema';

/**
 * Reading a result from outside (a file, or a code through result-code.ts) trusts nothing: it checks the
 * shape, replays the save against the scenario and compares what the result claims with the replay.
 */

const refuse = (problem: ResultProblem): ReadResult => ({
  ok: false,
  problem,
  reason: describeProblem(problem),
});

/** Reads a result file's text. Never throws: anything wrong comes back as a problem, with its reason. */
export async function readResult(text: string, lookup: ScenarioLookup): Promise<ReadResult> {
  if (text.length > MAX_RESULT_CHARS) return refuse({ kind: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  const parsed = z.safeParse(ResultSchema, data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return refuse({ kind: 'not-a-result', detail: `${where}${issue?.message ?? 'unexpected shape'}` });
  }
  const claim = parsed.data as RunResult;
  if (
    claim.save.scenario.id !== claim.scenario.id ||
    claim.save.scenario.version !== claim.scenario.version
  ) {
    return refuse({ kind: 'tampered', detail: 'the save names another scenario' });
  }
  const session: ResultSession = {
    mode: claim.mode,
    classCode: claim.classCode,
    team: claim.team,
    startedAt: claim.startedAt,
    finishedAt: claim.finishedAt,
    durationSeconds: claim.durationSeconds,
    votes: claim.votes,
  };
  return verify(claim.save, session, lookup, claim);
}

/**
 * Replays `save` on the scenario it names (same id and version) and builds the result from the replay;
 * when `claim` is given, what it says must equal the replay, decision by decision, else it was tampered.
 */
export async function verify(
  save: RunSave,
  session: ResultSession,
  lookup: ScenarioLookup,
  claim?: RunResult,
): Promise<ReadResult> {
  let scenario: CompiledScenario | undefined;
  try {
    scenario = await lookup(save.scenario.id);
  } catch {
    scenario = undefined;
  }
  if (scenario === undefined) return refuse({ kind: 'unknown-scenario', id: save.scenario.id });
  if (scenario.source.version !== save.scenario.version) {
    return refuse({
      kind: 'other-version',
      id: save.scenario.id,
      version: save.scenario.version,
      expected: scenario.source.version,
    });
  }
  let restored: ReturnType<typeof restoreRun>;
  try {
    restored = restoreRun(scenario, save);
  } catch (error) {
    return refuse({ kind: 'unplayable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!restored.ok) {
    return refuse(
      claim ? { kind: 'tampered', detail: restored.reason } : { kind: 'unplayable', detail: restored.reason },
    );
  }
  if (restored.run.phase.kind !== 'ended') return refuse({ kind: 'unfinished' });
  const replayed = resultOf(scenario, restored.run, save, session);
  const mismatch = claim ? compareClaim(claim, replayed) : null;
  if (mismatch !== null) return refuse({ kind: 'tampered', detail: mismatch });
  const votesProblem = checkVotes(replayed);
  if (votesProblem !== null) return refuse({ kind: 'tampered', detail: votesProblem });
  const timeProblem = checkTimes(session);
  if (timeProblem !== null) return refuse({ kind: 'tampered', detail: timeProblem });
  return { ok: true, result: replayed };
}

/** What differs between a claimed result and its replay, said for the first difference; null if none. */
function compareClaim(claim: RunResult, replayed: RunResult): string | null {
  if (claim.decisions.length !== replayed.decisions.length) {
    return `it lists ${claim.decisions.length} decisions, the replay has ${replayed.decisions.length}`;
  }
  for (const [i, mine] of claim.decisions.entries()) {
    const real = replayed.decisions[i];
    if (real === undefined) return `decision ${i + 1} is not in the replay`;
    const n = i + 1;
    if (mine.event !== real.event || mine.number !== real.number || mine.turn !== real.turn) {
      return `decision ${n} is not the event the replay shows`;
    }
    if (mine.kind !== real.kind || mine.choice !== real.choice || !same(mine.terms, real.terms)) {
      return `decision ${n} does not match the moves saved`;
    }
    if (!same(mine.before, real.before) || !same(mine.after, real.after)) {
      return `the meters of decision ${n} do not match the replay`;
    }
    if (!same(mine.consequences, real.consequences)) {
      return `the consequences of decision ${n} do not match the replay`;
    }
  }
  if (!same(claim.ending, replayed.ending)) return 'the ending does not match the replay';
  return null;
}

function checkVotes(result: RunResult): string | null {
  for (const vote of result.votes) {
    const decision = result.decisions[vote.decision];
    if (decision === undefined || decision.choice !== vote.chosen) {
      return `the vote on decision ${vote.decision + 1} does not match the choice played`;
    }
  }
  return null;
}

function checkTimes(session: ResultSession): string | null {
  const started = session.startedAt === null ? null : Date.parse(session.startedAt);
  const finished = session.finishedAt === null ? null : Date.parse(session.finishedAt);
  if (Number.isNaN(started) || Number.isNaN(finished)) return 'a time is not a date';
  if (started !== null && finished !== null && session.durationSeconds !== null) {
    if (Math.abs((finished - started) / 1000 - session.durationSeconds) > 2) {
      return 'the time taken does not match the start and finish times';
    }
  }
  return null;
}

/** Structural equality of JSON values (key order ignored). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
