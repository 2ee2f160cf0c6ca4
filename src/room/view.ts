import type { PresentedView } from '../engine';
import { countClauses } from './clause-votes';
import type { Improvement, PlayedVote, RoomSettings, RoomState, Tally, TimerState, VoteRound } from './state';

export type RoomRole = 'display' | 'participant' | 'control';

/** How near a room's deletion is when the facilitator is warned of it: under a day. */
export const EXPIRY_WARNING_MS = 24 * 3_600_000;

/** Whether a room expiring at `expiresAt` is near its end at `now` (or past it). */
export function expiresSoon(expiresAt: number, now: number): boolean {
  return expiresAt - now < EXPIRY_WARNING_MS;
}

/**
 * What a client of the room is sent after every change: the engine's presented view as it is, and the
 * room around it. Plain JSON. It never carries a token, and never who voted for what: only counts, and
 * only once the vote is closed unless the room shows the tally live.
 */
export interface RoomView {
  readonly role: RoomRole;
  /** The server's clock when sent: a screen counts the timer down from it. */
  readonly serverTime: number;
  /** When the room and its data will be deleted (the facilitator's view only; null for others). */
  readonly expiresAt: number | null;
  readonly code: string;
  readonly joined: number;
  readonly settings: RoomSettings;
  /** The engine's view; null in an update when it has not changed since the previous message. */
  readonly view: PresentedView | null;
  readonly vote: VoteView;
  readonly timer: TimerState | null;
  /**
   * The participant's own: their name, team and ballot (sent in replies to them; null in broadcasts).
   * The ballot belongs to `vote.decision`.
   */
  readonly you: {
    readonly number: number;
    readonly name: string | null;
    readonly team: string | null;
    readonly choice: string | null;
    /** On a negotiation, their vote per clause (clause id → option id); null on a card's choices. */
    readonly terms: Readonly<Record<string, string>> | null;
  } | null;
  /** The facilitator's own: notes by decision and every vote played so far. */
  readonly control: {
    readonly notes: Readonly<Record<string, string>>;
    readonly played: readonly PlayedVote[];
    /** The after-action report's improvement items, as the closing discussion left them. */
    readonly improvements: readonly Improvement[];
  } | null;
}

export interface VoteView {
  readonly decision: number;
  readonly status: VoteRound['status'];
  /** How many have voted so far (shown while the vote is open, so the room sees it filling). */
  readonly voters: number;
  readonly tally: Tally | null;
  readonly chosen: string | null;
  /** Choices the facilitator may pick between when the vote tied (every choice when nobody voted). */
  readonly tied: readonly string[];
}

export interface ViewOptions {
  readonly now: number;
  /** The participant whose own view this is (their ballot included). */
  readonly token?: string;
  readonly expiresAt?: number;
  /** Leave the engine's view out (it has not changed since the client's last message). */
  readonly withoutView?: boolean;
}

/** The room as one client sees it. */
export function roomView(room: RoomState, role: RoomRole, options: ViewOptions): RoomView {
  const token = options.token ?? null;
  const me = role === 'participant' && token !== null ? room.participants.get(token) : undefined;
  return {
    role,
    serverTime: options.now,
    expiresAt: role === 'control' ? (options.expiresAt ?? null) : null,
    code: room.code,
    joined: room.participants.size,
    settings: room.settings,
    view: options.withoutView === true ? null : room.view,
    vote: voteView(room),
    timer: room.timer,
    you:
      me === undefined || token === null
        ? null
        : {
            number: me.number,
            name: me.name,
            team: me.team,
            choice: room.round.ballots.get(token) ?? null,
            terms: room.view.phase === 'negotiating' ? (room.round.terms.get(token) ?? {}) : null,
          },
    control:
      role === 'control'
        ? {
            notes: Object.fromEntries([...room.notes].map(([d, text]) => [String(d), text])),
            played: room.played,
            improvements: room.improvements,
          }
        : null,
  };
}

function voteView(room: RoomState): VoteView {
  const { round } = room;
  const live = round.status === 'open' && room.settings.liveTally;
  const tally = round.tally ?? (live ? liveTally(room) : null);
  const tied =
    round.status === 'tied' && round.tally !== null
      ? round.tally.leaders.length > 0
        ? round.tally.leaders
        : room.view.choices.filter((c) => !c.locked).map((c) => c.id)
      : [];
  return {
    decision: round.decision,
    status: round.status,
    voters: round.ballots.size + round.terms.size,
    tally,
    chosen: round.chosen,
    tied,
  };
}

/** The running count shown when the room's setting says so: one person one vote, whatever the mode. */
function liveTally(room: RoomState): Tally {
  if (room.view.phase === 'negotiating') {
    const voters = room.round.terms.size;
    return { counts: {}, voters, teams: null, leaders: [], clauses: countClauses(room) };
  }
  const counts: Record<string, number> = {};
  for (const choice of room.view.choices) if (!choice.locked) counts[choice.id] = 0;
  for (const choice of room.round.ballots.values())
    if (choice in counts) counts[choice] = (counts[choice] ?? 0) + 1;
  return { counts, voters: room.round.ballots.size, teams: null, leaders: [] };
}
