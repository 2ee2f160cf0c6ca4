import type { CompiledScenario, EvalContext, FailedMeter } from '../compile/types';
import type { Action, LogEntry, LogNode, PendingConsequence, Phase, RunState } from './types';

type OwnedArray =
  | 'meters'
  | 'flags'
  | 'visits'
  | 'lastSeen'
  | 'chosen'
  | 'agreements'
  | 'warned'
  | 'warningsDue'
  | 'pending';

const OWNED_BIT: Readonly<Record<OwnedArray, number>> = {
  meters: 1,
  flags: 2,
  visits: 4,
  lastSeen: 8,
  chosen: 16,
  agreements: 32,
  warned: 64,
  warningsDue: 128,
  pending: 256,
};

/**
 * The next run, while one step builds it. Arrays are shared with the previous run until the first
 * write, then copied once (copy-on-write), so a step costs what it changes, not the size of the run.
 * Only `step` and `start` create drafts; nothing outside run/ sees one.
 */
export class Draft implements EvalContext {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  rng: number;
  turn: number;
  drawn: number;
  meters: number[];
  flags: boolean[];
  visits: number[];
  lastSeen: number[];
  chosen: number[];
  agreements: (readonly number[] | null)[];
  warned: number[];
  warningsDue: number[];
  pending: PendingConsequence[];
  phase: Phase;
  decisions: number;
  log: LogNode | null;
  actions: RunState['actions'];
  /** Bits of OWNED_BIT for the arrays this step has copied (a bit set, not a Set: one per step is costly). */
  private owned = 0;
  /** Warnings and holds noticed while an outcome applies, logged after the entry that caused them. */
  private deferred: LogEntry[] = [];

  // EvalContext: conditions read the draft itself as the run.
  readonly terms: readonly number[] | null = null;
  readonly appeal = 0;
  readonly failed: FailedMeter | null = null;
  get run(): RunState {
    return this;
  }

  constructor(
    readonly scenario: CompiledScenario,
    from: RunState,
  ) {
    this.scenarioId = from.scenarioId;
    this.scenarioVersion = from.scenarioVersion;
    this.seed = from.seed;
    this.rng = from.rng;
    this.turn = from.turn;
    this.drawn = from.drawn;
    this.meters = from.meters as number[];
    this.flags = from.flags as boolean[];
    this.visits = from.visits as number[];
    this.lastSeen = from.lastSeen as number[];
    this.chosen = from.chosen as number[];
    this.agreements = from.agreements as (readonly number[] | null)[];
    this.warned = from.warned as number[];
    this.warningsDue = from.warningsDue as number[];
    this.pending = from.pending as PendingConsequence[];
    this.phase = from.phase;
    this.decisions = from.decisions;
    this.log = from.log;
    this.actions = from.actions;
  }

  /** Makes an array field safe to write in this step, copying it the first time. */
  own<
    K extends
      | 'meters'
      | 'flags'
      | 'visits'
      | 'lastSeen'
      | 'chosen'
      | 'agreements'
      | 'warned'
      | 'warningsDue'
      | 'pending',
  >(key: K): this[K] {
    const bit = OWNED_BIT[key];
    if ((this.owned & bit) === 0) {
      this.owned |= bit;
      (this as Record<K, unknown>)[key] = (this[key] as unknown[]).slice();
    }
    return this[key];
  }

  append(entry: LogEntry): number {
    const n = this.log === null ? 0 : this.log.n + 1;
    this.log = { n, entry, prev: this.log };
    // Log entries keep the meters array as a snapshot: later writes in this step must copy it again.
    this.owned &= ~OWNED_BIT.meters;
    return n;
  }

  /** Logs an entry after the next `flush`, so that it follows the decision or consequence causing it. */
  defer(entry: LogEntry): void {
    this.deferred.push(entry);
  }

  flush(): void {
    for (const entry of this.deferred) this.append(entry);
    this.deferred = [];
  }

  record(action: Action): void {
    this.actions = { action, prev: this.actions };
  }

  /** The finished run: a plain object with exactly the RunState fields (no class, no scenario link). */
  finish(): RunState {
    return {
      scenarioId: this.scenarioId,
      scenarioVersion: this.scenarioVersion,
      seed: this.seed,
      rng: this.rng,
      turn: this.turn,
      drawn: this.drawn,
      meters: this.meters,
      flags: this.flags,
      visits: this.visits,
      lastSeen: this.lastSeen,
      chosen: this.chosen,
      agreements: this.agreements,
      warned: this.warned,
      warningsDue: this.warningsDue,
      pending: this.pending,
      phase: this.phase,
      decisions: this.decisions,
      log: this.log,
      actions: this.actions,
    };
  }
}
