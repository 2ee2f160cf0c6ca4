import type { FailedMeter, PartnerAnswer } from './verdicts';

/**
 * A run is a value: everything that changes during play lives here, and `step` builds the next run
 * from the previous one, sharing what did not change (arrays are never mutated after a step returns).
 * Indexes refer to the compiled scenario; saves translate them to author ids (see save.ts).
 */
export interface RunState {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  readonly rng: number;
  /** 1-based calendar turn. */
  readonly turn: number;
  /** Events drawn so far this turn (chained ones not counted), up to the calendar's eventsPerTurn. */
  readonly drawn: number;
  readonly meters: readonly number[];
  readonly flags: readonly boolean[];
  /** Per event: times shown, and the turn it was last shown (0 = never). */
  readonly visits: readonly number[];
  readonly lastSeen: readonly number[];
  /** Per event: bit i set when choice i was ever taken. */
  readonly chosen: readonly number[];
  /** Per event: the agreed option per clause, or null when no agreement was made there. */
  readonly agreements: readonly (readonly number[] | null)[];
  /**
   * Per meter: bit 1 = the player has seen it inside its low warning zone, bit 2 = the high one.
   * Set when an event is shown; a meter can only fail on a side the player was warned about.
   */
  readonly warned: readonly number[];
  /** Warnings waiting to be shown, oldest first, as meter * 2 + (1 for the high side). */
  readonly warningsDue: readonly number[];
  readonly pending: readonly PendingConsequence[];
  readonly phase: Phase;
  /** Player decisions so far (choices and concluded negotiations). */
  readonly decisions: number;
  readonly log: LogNode | null;
  readonly actions: ActionNode | null;
}

export type Run = RunState;

export interface PendingConsequence {
  readonly due: number;
  readonly ref: string;
  /** The number (0-based) of the decision that scheduled it, so the debrief can link cause and effect. */
  readonly cause: number;
}

export type EventSource = 'deck' | 'scheduled' | 'warning' | 'chained';

export type Phase =
  | {
      readonly kind: 'choosing';
      readonly event: number;
      readonly source: EventSource;
      /** How many events were chained before this one in the same turn. */
      readonly depth: number;
    }
  | {
      readonly kind: 'negotiating';
      readonly event: number;
      readonly source: EventSource;
      readonly depth: number;
      /** 1-based; the player may propose again while round < maxRounds. */
      readonly round: number;
      /** The partner's counter-proposal awaiting an answer, or null when it is the player's turn to propose. */
      readonly counter: readonly number[] | null;
      /** The player's last proposal, or null before the first. */
      readonly lastTerms: readonly number[] | null;
    }
  | {
      readonly kind: 'outcome';
      readonly event: number;
      /** Log number of the decision whose outcome is shown. */
      readonly decision: number;
      /** A chained event to show next in the same turn, or -1. */
      readonly next: number;
      readonly depth: number;
      readonly endsRun: boolean;
      readonly failed: FailedMeter | null;
    }
  | {
      readonly kind: 'ended';
      readonly ending: number;
      readonly cause: EndCause;
    };

export type EndCause =
  | { readonly kind: 'failed'; readonly failed: FailedMeter }
  | { readonly kind: 'term-complete' }
  | { readonly kind: 'chosen'; readonly decision: number };

export type Action =
  | { readonly type: 'choose'; readonly choice: number }
  | { readonly type: 'propose'; readonly terms: readonly number[] }
  | { readonly type: 'acceptCounter' }
  | { readonly type: 'walkAway' }
  | { readonly type: 'continue' };

export interface ActionNode {
  readonly action: Action;
  readonly prev: ActionNode | null;
}

/** One line of the run's story, appended as it happens; `n` counts from 0. */
export interface LogNode {
  readonly n: number;
  readonly entry: LogEntry;
  readonly prev: LogNode | null;
}

export type LogEntry =
  | { readonly kind: 'shown'; readonly turn: number; readonly event: number; readonly source: EventSource }
  | {
      readonly kind: 'choice';
      readonly turn: number;
      readonly event: number;
      readonly choice: number;
      readonly before: readonly number[];
      readonly after: readonly number[];
    }
  | {
      readonly kind: 'proposal';
      readonly turn: number;
      readonly event: number;
      readonly round: number;
      readonly terms: readonly number[];
      readonly answer: PartnerAnswer;
      /** Index of the matching response rule, or -1 for `otherwise`. */
      readonly response: number;
    }
  | {
      readonly kind: 'agreement' | 'no-deal';
      readonly turn: number;
      readonly event: number;
      readonly terms: readonly number[];
      readonly before: readonly number[];
      readonly after: readonly number[];
    }
  | {
      readonly kind: 'consequence';
      readonly turn: number;
      readonly ref: string;
      readonly cause: number;
      /** 'fired' effects applied, 'shown' an event presented, 'averted' its condition no longer held. */
      readonly result: 'fired' | 'shown' | 'averted';
      readonly before: readonly number[];
      readonly after: readonly number[];
    }
  | { readonly kind: 'warning'; readonly turn: number; readonly meter: number; readonly side: 'low' | 'high' }
  | {
      /** A change that would have failed a meter unwarned; it stopped at the warning line instead. */
      readonly kind: 'held';
      readonly turn: number;
      readonly meter: number;
      readonly side: 'low' | 'high';
    }
  | { readonly kind: 'quiet'; readonly turn: number };
