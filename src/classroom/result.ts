import * as z from 'zod/mini';
import type { CompiledScenario } from '../engine/compile/types';
import {
  buildDebrief,
  type DebriefConsequence,
  type DebriefDecision,
  type DebriefEnding,
} from '../engine/debrief';
import type { RunState } from '../engine/run/types';
import { type RunSave, restoreRun, saveRun } from '../engine/save';
import { RunSaveSchema } from '../engine/save-schema';
import { type SessionInfo, VoteRecord } from './session';

/**
 * The result of a run, as a learner hands it in: which scenario (id and version), the class code and an
 * optional team or player name (no other personal data), the replayable save (seed and actions: the
 * source of truth), and what the run did, spelled out for people and for the class debrief — every
 * decision with the meters before and after and what it caused, the votes, the ending, the time taken.
 *
 * Results come back from outside (files, pasted codes), so `readResult` trusts nothing: it checks the
 * shape, replays the save against the scenario and compares what the file claims with the replay.
 * Written with zod/mini, as the save schema is: this module may ship in the game's first chunk.
 */
export const RESULT_KIND = 'lab-doors-result';
export const RESULT_VERSION = 1;
/** Larger texts are refused before they are parsed; a long run's result is a few tens of kilobytes. */
export const MAX_RESULT_CHARS = 1_000_000;

export interface RunResult {
  readonly kind: typeof RESULT_KIND;
  readonly resultVersion: typeof RESULT_VERSION;
  readonly scenario: { readonly id: string; readonly version: string };
  readonly classCode: string | null;
  readonly team: string | null;
  readonly mode: SessionInfo['mode'];
  /** ISO 8601 times; null when unknown (a result rebuilt from a result code keeps only the duration). */
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly durationSeconds: number | null;
  readonly save: RunSave;
  readonly decisions: readonly ResultDecision[];
  readonly votes: readonly VoteRecord[];
  readonly ending: DebriefEnding | null;
}

/** A decision as the debrief describes it, less what the scenario file already says (objectives, references). */
export type ResultDecision = Pick<
  DebriefDecision,
  'number' | 'turn' | 'event' | 'kind' | 'choice' | 'terms' | 'before' | 'after'
> & {
  readonly consequences: readonly ResultConsequence[];
};

export type ResultConsequence = Pick<DebriefConsequence, 'ref' | 'turn' | 'result' | 'event'>;

/** Who and when, beside the run: what a result keeps of the session (never anything more personal). */
export interface ResultSession {
  readonly mode: SessionInfo['mode'];
  readonly classCode: string | null;
  readonly team: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly durationSeconds: number | null;
  readonly votes: readonly VoteRecord[];
}

/** Why a result was refused; `reason` says it in English, `kind` lets the interface say it in its language. */
export type ResultProblem =
  | { readonly kind: 'too-large' }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-a-result'; readonly detail: string }
  | { readonly kind: 'unknown-scenario'; readonly id: string }
  | {
      readonly kind: 'other-version';
      readonly id: string;
      readonly version: string;
      readonly expected: string;
    }
  | { readonly kind: 'unplayable'; readonly detail: string }
  | { readonly kind: 'unfinished' }
  | { readonly kind: 'tampered'; readonly detail: string }
  | { readonly kind: 'code-format' }
  | { readonly kind: 'checksum' }
  | { readonly kind: 'code-corrupt' };

export type ReadResult =
  | { readonly ok: true; readonly result: RunResult }
  | { readonly ok: false; readonly problem: ResultProblem; readonly reason: string };

/** Finds a scenario by id (the class debrief loads shipped scenarios on demand, hence the promise). */
export type ScenarioLookup = (
  id: string,
) => CompiledScenario | undefined | Promise<CompiledScenario | undefined>;

/** The latest instant a Date holds (100,000,000 days after 1970); toISOString throws beyond it. */
const MAX_DATE_MS = 8.64e15;
/** The longest time taken a result (file or code) may say: about 115 days, far more than any class. */
export const MAX_DURATION_SECONDS = 10_000_000;

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

function resultOf(
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

// --- Reading untrusted results -------------------------------------------------------------------------

const Id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));
const Meters = z.record(Id, z.number());
const Time = z.nullable(z.string().check(z.maxLength(40)));

const ResultSchema = z.strictObject({
  kind: z.literal(RESULT_KIND),
  resultVersion: z.literal(RESULT_VERSION),
  scenario: z.strictObject({ id: Id, version: z.string().check(z.maxLength(32)) }),
  classCode: z.nullable(z.string().check(z.maxLength(16))),
  team: z.nullable(z.string().check(z.maxLength(60))),
  mode: z.enum(['solo', 'facilitator']),
  startedAt: Time,
  finishedAt: Time,
  durationSeconds: z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_DURATION_SECONDS))),
  save: RunSaveSchema,
  decisions: z
    .array(
      z.strictObject({
        number: z.int(),
        turn: z.int(),
        event: z.string().check(z.maxLength(64)),
        kind: z.enum(['choice', 'agreement', 'no-deal']),
        choice: z.nullable(z.string().check(z.maxLength(64))),
        terms: z.nullable(z.record(Id, z.string().check(z.maxLength(64)))),
        before: Meters,
        after: Meters,
        consequences: z
          .array(
            z.strictObject({
              ref: z.string().check(z.maxLength(200)),
              turn: z.int(),
              result: z.enum(['fired', 'shown', 'averted', 'pending']),
              event: z.nullable(z.string().check(z.maxLength(64))),
            }),
          )
          .check(z.maxLength(200)),
      }),
    )
    .check(z.maxLength(2000)),
  votes: z.array(VoteRecord).check(z.maxLength(500)),
  ending: z.nullable(
    z.strictObject({
      id: Id,
      tone: z.string().check(z.maxLength(16)),
      cause: z.union([
        z.strictObject({ kind: z.literal('failed'), meter: Id, side: z.enum(['low', 'high']) }),
        z.strictObject({ kind: z.literal('term-complete') }),
        z.strictObject({ kind: z.literal('chosen'), decision: z.int() }),
      ]),
    }),
  ),
});

const refuse = (problem: ResultProblem): ReadResult => ({
  ok: false,
  problem,
  reason: describeProblem(problem),
});

/** The problem in plain English (the interface has its own wording in each language). */
export function describeProblem(problem: ResultProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return 'this file is too large to be a result';
    case 'not-json':
      return 'this is not a result file (it is not valid JSON)';
    case 'not-a-result':
      return `this is not a Lab Doors result (${problem.detail})`;
    case 'unknown-scenario':
      return `this result is for a scenario this game does not have ("${problem.id}")`;
    case 'other-version':
      return `this result is from another version of "${problem.id}" (${problem.version}; this game has ${problem.expected})`;
    case 'unplayable':
      return `this result's moves cannot be replayed (${problem.detail})`;
    case 'unfinished':
      return 'this run was not finished';
    case 'tampered':
      return `this result was changed after the run (${problem.detail})`;
    case 'code-format':
      return 'this is not a result code (it should start with LD1-)';
    case 'checksum':
      return 'this code is incomplete or mistyped (checksum does not match)';
    case 'code-corrupt':
      return 'this code cannot be read (it is damaged)';
  }
}

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
