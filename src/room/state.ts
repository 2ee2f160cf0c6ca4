import type { CompiledScenario, PresentedView, RunState } from '../engine';

/**
 * A room as the server holds it: plain values, replaced (never changed) by every intent, so applying an
 * intent is a pure function and replaying a room's journal rebuilds the very same room.
 */
export interface RoomState {
  readonly id: string;
  /** The short code participants type (or scan) to join. */
  readonly code: string;
  readonly controlToken: string;
  readonly createdAt: number;
  readonly scenario: CompiledScenario;
  readonly run: RunState;
  /** The engine's view of the run, presented once per step: every client renders it. */
  readonly view: PresentedView;
  readonly settings: RoomSettings;
  /** By participant token. Tokens never leave the server except to their owner. */
  readonly participants: ReadonlyMap<string, Participant>;
  /** The last sequence number applied, by token (the control token and every participant's). */
  readonly seqs: ReadonlyMap<string, number>;
  /**
   * The participant token each client-made join id was answered with: a join retransmitted (its answer
   * lost, the page reloaded mid-join) is the same participant again, never a second one.
   */
  readonly joins: ReadonlyMap<string, string>;
  readonly round: VoteRound;
  /** Every decision the room voted on, in order: what the after-action report will show. */
  readonly played: readonly PlayedVote[];
  readonly timer: TimerState | null;
  /** The facilitator's notes, by decision number. */
  readonly notes: ReadonlyMap<number, string>;
  /** What the room agreed to do after the workshop (the closing discussion), in the order added. */
  readonly improvements: readonly Improvement[];
  /** The id the next improvement item gets: ids are never reused, so a late edit cannot hit another item. */
  readonly nextImprovement: number;
}

/** An improvement item of the after-action report: an action, who owns it, and by when. */
export interface Improvement {
  readonly id: number;
  readonly action: string;
  /** Empty when nobody was named. */
  readonly owner: string;
  /** A calendar date, YYYY-MM-DD, or empty. */
  readonly due: string;
}

export type VoteMode = 'person' | 'team';

export interface RoomSettings {
  /** Show the tally while the vote is open (by default it stays hidden until the vote closes). */
  readonly liveTally: boolean;
  /** One person one vote, or one vote per team (the team's majority). */
  readonly voteMode: VoteMode;
  readonly teams: readonly string[];
}

export const DEFAULT_SETTINGS: RoomSettings = { liveTally: false, voteMode: 'person', teams: [] };

export interface Participant {
  /** 1 for the first to join: lets the facilitator's screen tell anonymous participants apart. */
  readonly number: number;
  readonly name: string | null;
  readonly team: string | null;
  readonly joinedAt: number;
}

/**
 * The vote on the current decision. `waiting`: the card is up, the vote not yet open; `open`: ballots
 * accepted; `tied`: closed on a tie (or with no vote), the facilitator picks; `counted`: a negotiation's
 * vote closed, counted clause by clause, the facilitator negotiates with it; `played`: closed and the
 * choice played, or the negotiation concluded (the run shows its outcome).
 */
export interface VoteRound {
  readonly decision: number;
  readonly status: 'waiting' | 'open' | 'tied' | 'counted' | 'played';
  /** Choice id by participant token; a new ballot replaces the old. */
  readonly ballots: ReadonlyMap<string, string>;
  /**
   * A negotiation's ballots: by participant token, the option each voted for per clause (clause id →
   * option id); a new vote on a clause replaces the old one on that clause only.
   */
  readonly terms: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The count taken when the vote closed; null before. */
  readonly tally: Tally | null;
  readonly chosen: string | null;
}

export interface Tally {
  /** Votes per choice id (people, or teams in team mode), every choice listed. */
  readonly counts: Readonly<Record<string, number>>;
  /** How many people voted. */
  readonly voters: number;
  /** Team mode: each team's vote, or null where the team was split (it then counts for none). */
  readonly teams: readonly TeamVote[] | null;
  /** Choices with the most votes: one is a winner, several a tie, none when nobody voted. */
  readonly leaders: readonly string[];
  /**
   * A negotiation's count (one person one vote, whatever the mode): by clause id, votes per option id,
   * every option listed. Absent for a card's choices.
   */
  readonly clauses?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface TeamVote {
  readonly team: string;
  readonly voters: number;
  readonly choice: string | null;
}

export interface PlayedVote {
  readonly decision: number;
  readonly counts: Readonly<Record<string, number>>;
  /** The choice played; for a negotiation, how it ended: `agreement` or `no-deal`. */
  readonly chosen: string;
  readonly tieBroken: boolean;
  /** A negotiation: the room's count by clause and the terms it ended on (agreed, or last proposed). */
  readonly negotiation?: {
    readonly clauses: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly terms: Readonly<Record<string, string>>;
  };
}

/** A countdown as data: the clients count down from `remainingMs` since `runningSince` (server time). */
export interface TimerState {
  readonly durationMs: number;
  readonly remainingMs: number;
  /** When it was last started or resumed; null while paused or stopped. */
  readonly runningSince: number | null;
}
