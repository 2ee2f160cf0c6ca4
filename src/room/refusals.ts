/**
 * Why the room refused an intent: a stable code the server logs and sends back, and that the screens
 * will translate. Refusing never changes the room.
 */
export type Refusal =
  /** The token belongs to no one in this room. */
  | 'unknown-token'
  /** A participant sent what only the facilitator may. */
  | 'forbidden'
  /** An older sequence number than one already applied: a replayed or reordered intent. */
  | 'stale-seq'
  /** Meant for another decision than the current one (sent late, or twice across a card). */
  | 'wrong-decision'
  /** The vote is not open (not yet, or already closed). */
  | 'vote-not-open'
  /** The vote cannot be opened or closed now. */
  | 'vote-not-waiting'
  | 'not-tied'
  /** The room is still voting: close the vote first. */
  | 'vote-open'
  /** Not a choice (or clause option) one may take now. */
  | 'no-such-choice'
  /** The run is not in the phase this action belongs to. */
  | 'wrong-phase'
  | 'unknown-team'
  | 'room-full'
  | 'timer-not-set'
  /** An improvement item: none has this id, the list is full, or the action is empty. */
  | 'no-such-item'
  | 'too-many-items'
  | 'empty-item'
  /** No room has this code (joining, watching) or the scenario asked for is not on the server. */
  | 'unknown-room'
  | 'unknown-scenario'
  // Refused by the server before the room sees it:
  /** Not a message of the protocol (shape, types, sizes). */
  | 'invalid'
  /** Too many messages from this connection or this token: slow down. */
  | 'rate-limited'
  /** Too many failed joins from this address: wait a minute. */
  | 'too-many-failed-joins'
  /** A signed intent from a connection that has not joined or resumed that token's room. */
  | 'not-in-room'
  // Class rooms:
  /** Not the run's next action (its number says it comes before or after). */
  | 'wrong-move'
  /** An action the replayed run does not allow here: forged, or from another run. */
  | 'illegal-action'
  /** The run has ended: nothing more is taken. */
  | 'run-ended'
  /** The class code is not one for this scenario (or mistyped). */
  | 'bad-class-code'
  /** With several processes: the room's owner or its journal could not be reached; send it again. */
  | 'unavailable';

export type Reply =
  | { readonly ok: true; readonly repeated: boolean }
  | { readonly ok: false; readonly refusal: Refusal };

export const APPLIED: Reply = { ok: true, repeated: false };
export const REPEATED: Reply = { ok: true, repeated: true };
export const refuse = (refusal: Refusal): Reply => ({ ok: false, refusal });
