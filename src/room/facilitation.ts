import type { Action } from '../engine';
import type { SignedIntent } from './protocol';
import { APPLIED, refuse } from './refusals';
import type { RoomSettings, RoomState, TimerState } from './state';
import { type Change, stepRoom } from './voting';

type Intent<T extends SignedIntent['type']> = Extract<SignedIntent, { type: T }>;

const unchanged = (room: RoomState, refusal: Parameters<typeof refuse>[0]): Change => ({
  room,
  reply: refuse(refusal),
});

/** An engine action the facilitator takes for the room: go on after an outcome, or negotiate. */
export function facilitatorStep(room: RoomState, action: Action): Change {
  const next = stepRoom(room, action);
  return next === null ? unchanged(room, 'wrong-phase') : { room: next, reply: APPLIED };
}

/** Start, pause, resume, reset or clear the countdown; `now` is the server's clock, passed in. */
export function setTimer(room: RoomState, intent: Intent<'timer'>, now: number): Change {
  const timer = room.timer;
  const next = nextTimer(timer, intent, now);
  if (next === undefined) return unchanged(room, 'timer-not-set');
  return { room: { ...room, timer: next }, reply: APPLIED };
}

function nextTimer(
  timer: TimerState | null,
  intent: Intent<'timer'>,
  now: number,
): TimerState | null | undefined {
  switch (intent.action) {
    case 'start': {
      const durationMs = (intent.seconds ?? (timer === null ? 0 : timer.durationMs / 1000)) * 1000;
      return durationMs > 0 ? { durationMs, remainingMs: durationMs, runningSince: now } : undefined;
    }
    case 'pause':
      if (timer === null || timer.runningSince === null) return undefined;
      return { ...timer, remainingMs: remainingAt(timer, now), runningSince: null };
    case 'resume':
      if (timer === null || timer.runningSince !== null) return undefined;
      return { ...timer, runningSince: now };
    case 'reset':
      return timer === null ? undefined : { ...timer, remainingMs: timer.durationMs, runningSince: null };
    case 'clear':
      return null;
  }
}

/** What a countdown shows at `now`: never below zero (it never decides anything by itself). */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.runningSince));
}

/** The facilitator's note on a decision (one so far or the current one); an empty note removes it. */
export function writeNote(room: RoomState, intent: Intent<'note'>): Change {
  if (intent.decision > room.run.decisions) return unchanged(room, 'wrong-decision');
  const notes = new Map(room.notes);
  if (intent.text.trim() === '') notes.delete(intent.decision);
  else notes.set(intent.decision, intent.text);
  return { room: { ...room, notes }, reply: APPLIED };
}

/** Changes the room's settings; the vote mode applies to the next count (a vote closed stays as counted). */
export function changeSettings(room: RoomState, intent: Intent<'settings'>): Change {
  const teams = intent.teams === undefined ? room.settings.teams : distinctNames(intent.teams);
  const settings: RoomSettings = {
    liveTally: intent.liveTally ?? room.settings.liveTally,
    voteMode: intent.voteMode ?? room.settings.voteMode,
    teams,
  };
  return { room: { ...room, settings }, reply: APPLIED };
}

/** Team names without blanks and repeats, in the order given. */
export function distinctNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name !== ''))];
}
