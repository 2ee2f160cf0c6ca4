import type { Choice, Ending, Event, Meter, Scenario } from '../format/scenario';
import type { LocalText } from '../format/text';
import type { RunState } from '../run/types';
import type { FailedMeter, PartnerAnswer } from '../run/verdicts';

export type { FailedMeter, PartnerAnswer } from '../run/verdicts';

/**
 * A scenario prepared once at load for the hot path: ids resolved to indexes, conditions compiled into
 * small functions, meters as plain numbers. The original parsed file stays in `source` for text.
 */
export interface CompiledScenario {
  readonly source: Scenario;
  readonly turns: number;
  readonly eventsPerTurn: number;
  readonly meters: readonly CompiledMeter[];
  readonly flagIds: readonly string[];
  readonly events: readonly CompiledEvent[];
  readonly endings: readonly CompiledEnding[];
  readonly doors: readonly CompiledDoor[];
  /** Indexes of events that may be drawn from the deck, in file order. */
  readonly deck: readonly number[];
  /** The deck as draws read it: per turn (1 to `turns`), the cards that may be drawn then (see compile/deck.ts). */
  readonly deckByTurn: readonly (readonly DeckCard[])[];
  readonly index: ScenarioIndex;
  /** Every schedule entry by its stable reference, for saves. */
  readonly schedules: ReadonlyMap<string, CompiledSchedule>;
}

export interface ScenarioIndex {
  readonly meter: ReadonlyMap<string, number>;
  readonly flag: ReadonlyMap<string, number>;
  readonly event: ReadonlyMap<string, number>;
  readonly ending: ReadonlyMap<string, number>;
}

/** What conditions read. `terms`/`appeal` exist only while a partner weighs a proposal. */
export interface EvalContext {
  readonly run: RunState;
  readonly terms: readonly number[] | null;
  readonly appeal: number;
  readonly failed: FailedMeter | null;
}

export type Predicate = (ctx: EvalContext) => boolean;

export interface CompiledMeter {
  readonly id: string;
  readonly source: Meter;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  readonly good: 'high' | 'low';
  /** -Infinity / +Infinity when the meter has no such threshold. */
  readonly lowFail: number;
  readonly lowWarn: number;
  readonly highFail: number;
  readonly highWarn: number;
  /** Event indexes, or -1. */
  readonly lowWarningEvent: number;
  readonly highWarningEvent: number;
}

/** Meter changes as parallel arrays (meter index, amount), plus flag changes and scheduled consequences. */
export interface CompiledOutcome {
  readonly meterIndexes: readonly number[];
  readonly amounts: readonly number[];
  readonly setFlags: readonly number[];
  readonly clearFlags: readonly number[];
  readonly schedule: readonly CompiledSchedule[];
}

export interface CompiledSchedule {
  /** Stable id-based key, e.g. "cofunding/accept#0", used in saves and results. */
  readonly ref: string;
  readonly delay: number;
  /** Event index for an event consequence, -1 for an effects consequence. */
  readonly event: number;
  readonly outcome: CompiledOutcome | null;
  readonly when: Predicate | null;
  /** What an effects consequence tells the player when it lands; null for event consequences. */
  readonly note: LocalText | null;
}

export interface CompiledChoice {
  readonly id: string;
  readonly index: number;
  readonly source: Choice;
  readonly when: Predicate | null;
  readonly showLocked: boolean;
  readonly outcome: CompiledOutcome;
  /** The event chained right after this choice, or -1. */
  readonly next: number;
  readonly endsRun: boolean;
}

export interface CompiledClauseOption {
  readonly id: string;
  readonly appeal: number;
  readonly outcome: CompiledOutcome;
}

export interface CompiledClause {
  readonly id: string;
  readonly options: readonly CompiledClauseOption[];
}

export interface CompiledResponse {
  readonly when: Predicate;
  readonly answer: PartnerAnswer;
  /** Per clause: the option the partner asks for instead, or -1 to keep the player's. */
  readonly counter: readonly number[];
}

export interface CompiledNegotiation {
  readonly maxRounds: number;
  readonly clauses: readonly CompiledClause[];
  readonly responses: readonly CompiledResponse[];
  readonly otherwise: 'accept' | 'reject';
  readonly onAgreement: CompiledOutcome;
  readonly onNoDeal: CompiledOutcome;
}

export interface CompiledEvent {
  readonly id: string;
  readonly index: number;
  readonly source: Event;
  readonly when: Predicate | null;
  readonly weight: number;
  readonly cooldown: number;
  readonly maxTimes: number;
  readonly priority: number;
  readonly inDeck: boolean;
  readonly choices: readonly CompiledChoice[];
  readonly negotiation: CompiledNegotiation | null;
}

/**
 * A deck event as a draw in a given turn looks at it, with the event's numbers copied in: a draw reads
 * every card of the turn, and one object per card is one memory load rather than two.
 */
export interface DeckCard {
  readonly event: CompiledEvent;
  readonly index: number;
  readonly priority: number;
  readonly weight: number;
  readonly maxTimes: number;
  readonly cooldown: number;
  /** The event's condition, less any `turn` parts the turn's list already applied; null when none is left. */
  readonly when: Predicate | null;
  /** False when the event always offers something to do (a negotiation, or a choice with no condition). */
  readonly checkChoices: boolean;
}

export interface CompiledEnding {
  readonly id: string;
  readonly index: number;
  readonly source: Ending;
  readonly when: Predicate | null;
}

export interface CompiledDoor {
  readonly id: string;
  readonly open: Predicate;
}
