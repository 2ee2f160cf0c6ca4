import * as z from 'zod/mini';
import {
  type CompiledScenario,
  type DebriefConsequence,
  type DebriefDecision,
  type DebriefEnding,
  type RunSave,
  RunSaveSchema,
} from '../engine';
import { type SessionInfo, VoteRecord } from './session';

/**
 * What a result is: the result of a run, as a learner hands it in — which scenario (id and version), the
 * class code and an optional team or player name (no other personal data), the replayable save (seed and
 * actions: the source of truth), and what the run did, spelled out for people and for the class debrief:
 * every decision with the meters before and after and what it caused, the votes, the ending, the time
 * taken. Also the shape a result read from outside must have (`ResultSchema`) and why one is refused.
 * Written with zod/mini, as the save schema is: building a result (result-build.ts) may ship in the
 * game's first chunk. Reading one back is result-verify.ts.
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

/** The longest time taken a result (file or code) may say: about 115 days, far more than any class. */
export const MAX_DURATION_SECONDS = 10_000_000;

const Id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));
const Meters = z.record(Id, z.number());
const Time = z.nullable(z.string().check(z.maxLength(40)));

/** The shape of a result file; what it claims is then checked by replaying it (result-verify.ts). */
export const ResultSchema = z.strictObject({
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
