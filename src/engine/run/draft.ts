import type { CompiledScenario, DeckCard, EvalContext, FailedMeter } from '../compile/types';
import type { Action, LogEntry, LogNode, PendingConsequence, Phase, RunState } from './types';

// One bit per array a draft may copy before writing: a bit set, since a Set or keyed lookup per write
// costs more than the write itself.
const METERS = 1;
const FLAGS = 2;
const VISITS = 4;
const LAST_SEEN = 8;
const CHOSEN = 16;
const AGREEMENTS = 32;
const WARNED = 64;
const WARNINGS_DUE = 128;
const PENDING = 256;

/**
 * The next run, while one step builds it. Arrays are shared with the previous run until the first
 * write, then copied once (copy-on-write), so a step costs what it changes, not the size of the run.
 *
 * A draft that is not `recording` keeps no story log and no action list: the simulator's runs, which
 * only count where runs end, take the same steps under the same rules without building the story.
 * `playRun` keeps one draft for a whole run: an array it has copied stays its own across steps, so a
 * run copies each array at most once (the meters again after each log entry, which keeps them as a
 * snapshot). Only `start`, `step` and `playRun` create drafts; nothing outside the engine sees one.
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
  /** Bits for the arrays this draft has copied and may write in place. */
  private owned = 0;
  /** Scratch for the deck's eligible events, kept across the steps of a run rather than made per draw. */
  readonly candidates: DeckCard[] = [];
  /** Warnings and holds noticed while an outcome applies, logged after the entry that caused them. */
  private deferred: LogEntry[] = [];

  // EvalContext: conditions read the draft itself as the run.
  readonly terms: readonly number[] | null = null;
  readonly appeal = 0;
  readonly failed: FailedMeter | null = null;
  /** A field rather than a getter: every condition reads it. */
  readonly run: RunState;

  constructor(
    readonly scenario: CompiledScenario,
    from: RunState,
    /** Whether the story log and the action list are kept (the game, saves, debriefs: yes). */
    readonly recording = true,
  ) {
    this.run = this;
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
    this.log = recording ? from.log : null;
    this.actions = recording ? from.actions : null;
  }

  /** Takes the arrays of a run that nothing else holds (a new run's) as this draft's own: no copies. */
  adopt(): void {
    this.owned = METERS | FLAGS | VISITS | LAST_SEEN | CHOSEN | AGREEMENTS | WARNED | WARNINGS_DUE | PENDING;
  }

  // Each array field made safe to write, copied the first time. One method per field: a field chosen
  // by a string key would be a keyed lookup on every write of the hot path.
  ownMeters(): number[] {
    if ((this.owned & METERS) === 0) {
      this.owned |= METERS;
      this.meters = this.meters.slice();
    }
    return this.meters;
  }
  ownFlags(): boolean[] {
    if ((this.owned & FLAGS) === 0) {
      this.owned |= FLAGS;
      this.flags = this.flags.slice();
    }
    return this.flags;
  }
  ownVisits(): number[] {
    if ((this.owned & VISITS) === 0) {
      this.owned |= VISITS;
      this.visits = this.visits.slice();
    }
    return this.visits;
  }
  ownLastSeen(): number[] {
    if ((this.owned & LAST_SEEN) === 0) {
      this.owned |= LAST_SEEN;
      this.lastSeen = this.lastSeen.slice();
    }
    return this.lastSeen;
  }
  ownChosen(): number[] {
    if ((this.owned & CHOSEN) === 0) {
      this.owned |= CHOSEN;
      this.chosen = this.chosen.slice();
    }
    return this.chosen;
  }
  ownAgreements(): (readonly number[] | null)[] {
    if ((this.owned & AGREEMENTS) === 0) {
      this.owned |= AGREEMENTS;
      this.agreements = this.agreements.slice();
    }
    return this.agreements;
  }
  ownWarned(): number[] {
    if ((this.owned & WARNED) === 0) {
      this.owned |= WARNED;
      this.warned = this.warned.slice();
    }
    return this.warned;
  }
  ownWarningsDue(): number[] {
    if ((this.owned & WARNINGS_DUE) === 0) {
      this.owned |= WARNINGS_DUE;
      this.warningsDue = this.warningsDue.slice();
    }
    return this.warningsDue;
  }
  ownPending(): PendingConsequence[] {
    if ((this.owned & PENDING) === 0) {
      this.owned |= PENDING;
      this.pending = this.pending.slice();
    }
    return this.pending;
  }

  /** Appends to the story log. Callers check `recording` first, so a simulated run builds no entry. */
  append(entry: LogEntry): void {
    const n = this.log === null ? 0 : this.log.n + 1;
    this.log = { n, entry, prev: this.log };
    // Log entries keep the meters array as a snapshot: later writes must copy it again.
    this.owned &= ~METERS;
  }

  /** Logs an entry after the next `flush`, so that it follows the decision or consequence causing it. */
  defer(entry: LogEntry): void {
    this.deferred.push(entry);
  }

  flush(): void {
    if (this.deferred.length === 0) return;
    for (const entry of this.deferred) this.append(entry);
    this.deferred = [];
  }

  record(action: Action): void {
    if (this.recording) this.actions = { action, prev: this.actions };
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
