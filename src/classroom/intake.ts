import type { CompiledScenario } from '../engine';
import { readResultCode } from './result-code';
import {
  MAX_RESULT_CHARS,
  type ReadResult,
  type ResultProblem,
  type RunResult,
  type ScenarioLookup,
} from './result-schema';
import { readResult } from './result-verify';
import { runIdentity } from './run-identity';

/**
 * The class debrief's intake: what the teacher hands in (result files, pasted codes) becomes a list of
 * entries, each loaded or refused with its reason, every run counted once. Reading is async (a result is
 * replayed against its scenario); admitting a batch of reads is a pure step from one state to the next,
 * so the screen renders once per batch rather than once per result.
 */
/** Where an entry came from: the file's name (untrusted: shown as text only), or the pasted code's number. */
export type IntakeSource = { readonly file: string } | { readonly code: number };

export type IntakeProblem =
  | ResultProblem
  | { readonly kind: 'file-type' }
  /** The same run as an entry loaded before (`of` says which). */
  | { readonly kind: 'duplicate'; readonly of: IntakeSource };

export type IntakeOutcome =
  | { readonly ok: true; readonly result: RunResult }
  | { readonly ok: false; readonly problem: IntakeProblem };

export interface IntakeRead {
  readonly source: IntakeSource;
  readonly outcome: IntakeOutcome;
}

export interface IntakeEntry extends IntakeRead {
  /** Unique in one intake: a stable key for lists. */
  readonly key: number;
}

export interface IntakeState {
  readonly entries: readonly IntakeEntry[];
  /** The loaded results, in the order handed in. */
  readonly accepted: readonly RunResult[];
  /** The runs loaded so far (see `runIdentity`), and where each came from. */
  readonly seen: ReadonlyMap<string, IntakeSource>;
}

export const EMPTY_INTAKE: IntakeState = { entries: [], accepted: [], seen: new Map() };

/**
 * The state after a batch of reads: each read becomes an entry; a loaded run already seen (in earlier
 * batches or earlier in this one) is refused as a duplicate rather than counted twice.
 */
export function admit(state: IntakeState, batch: readonly IntakeRead[]): IntakeState {
  if (batch.length === 0) return state;
  const seen = new Map(state.seen);
  const entries = [...state.entries];
  const accepted = [...state.accepted];
  let key = entries.length === 0 ? 0 : (entries.at(-1)?.key ?? 0) + 1;
  for (const read of batch) {
    let outcome = read.outcome;
    if (outcome.ok) {
      const identity = runIdentity(outcome.result);
      const first = seen.get(identity);
      if (first !== undefined) outcome = { ok: false, problem: { kind: 'duplicate', of: first } };
      else {
        seen.set(identity, read.source);
        accepted.push(outcome.result);
      }
    }
    entries.push({ key: key++, source: read.source, outcome });
  }
  return { entries, accepted, seen };
}

/** The part of a browser `File` the intake uses; tests pass plain objects. */
export interface ResultFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

const outcomeOf = (read: ReadResult): IntakeOutcome =>
  read.ok ? { ok: true, result: read.result } : { ok: false, problem: read.problem };

/** Reads one result file. Never throws. */
export async function readResultFile(file: ResultFile, lookup: ScenarioLookup): Promise<IntakeRead> {
  const source = { file: file.name };
  if (!file.name.toLowerCase().endsWith('.json')) return { source, outcome: refused('file-type') };
  // Characters are at most 4 bytes in UTF-8: a larger file cannot be under the character limit.
  if (file.size > MAX_RESULT_CHARS * 4) return { source, outcome: refused('too-large') };
  try {
    return { source, outcome: outcomeOf(await readResult(await file.text(), lookup)) };
  } catch {
    return { source, outcome: { ok: false, problem: { kind: 'not-a-result', detail: 'unreadable' } } };
  }
}

/** Reads one pasted code, numbered `number` in the list. Never throws. */
export async function readPastedCode(
  code: string,
  number: number,
  lookup: ScenarioLookup,
): Promise<IntakeRead> {
  const source = { code: number };
  try {
    return { source, outcome: outcomeOf(await readResultCode(code, lookup)) };
  } catch {
    return { source, outcome: refused('code-corrupt') };
  }
}

const refused = (kind: 'file-type' | 'too-large' | 'code-corrupt'): IntakeOutcome => ({
  ok: false,
  problem: { kind },
});

/**
 * A lookup that asks `lookup` once per scenario id: a thousand results of one scenario (or naming one the
 * game does not have) load it, or find it missing, once.
 */
export function lookupOncePerId(lookup: ScenarioLookup): ScenarioLookup {
  const asked = new Map<string, Promise<CompiledScenario | undefined>>();
  return (id) => {
    let answer = asked.get(id);
    if (answer === undefined) {
      answer = Promise.resolve()
        .then(() => lookup(id))
        .catch(() => undefined);
      asked.set(id, answer);
    }
    return answer;
  };
}

export interface BatchOptions {
  /** A clock in milliseconds (the browser's `performance.now`). */
  readonly now: () => number;
  /** Hand over what was read once this long has passed since the last hand-over. */
  readonly batchMs: number;
  /** Lets the page paint and take input between batches (e.g. a zero-delay timeout). */
  readonly pause: () => Promise<void>;
}

/**
 * Reads `items` one after another and hands the reads to `onBatch` in batches: whenever `batchMs` has
 * passed, and at the end. A thousand results then make a few renders, not a thousand.
 */
export async function readInBatches<T>(
  items: readonly T[],
  read: (item: T, index: number) => Promise<IntakeRead>,
  onBatch: (batch: readonly IntakeRead[], done: number) => void,
  options: BatchOptions,
): Promise<void> {
  let batch: IntakeRead[] = [];
  let since = options.now();
  for (const [index, item] of items.entries()) {
    batch.push(await read(item, index));
    if (options.now() - since >= options.batchMs && index < items.length - 1) {
      onBatch(batch, index + 1);
      batch = [];
      await options.pause();
      since = options.now();
    }
  }
  onBatch(batch, items.length);
}
