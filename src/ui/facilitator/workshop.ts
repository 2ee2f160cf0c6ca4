import { createStore } from 'zustand/vanilla';
import { CLASS_SEEDS } from '../../classroom/class-code';
import type { SessionInfo } from '../../classroom/session';

/** The minutes a facilitator can give each decision (0: no timer). */
export const TIMER_CHOICES = [0, 1, 2, 3, 5] as const;

/** How a facilitator set up the workshop on the select screen; the play screen reads the timer from it. */
export interface WorkshopOptions {
  readonly timerMinutes: number;
}

const KEY = 'lab-doors.workshop';

function readMinutes(): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(KEY));
    return (TIMER_CHOICES as readonly number[]).includes(value) ? value : 0;
  } catch {
    return 0;
  }
}

/** Kept in the browser, so a resumed workshop keeps its timer. Not game state: the store never sees it. */
export const workshop = createStore<WorkshopOptions>()(() => ({ timerMinutes: readMinutes() }));

export function setTimerMinutes(minutes: number): void {
  workshop.setState({ timerMinutes: minutes });
  try {
    globalThis.localStorage?.setItem(KEY, String(minutes));
  } catch {
    // Storage may be full or off: the timer still works for this page.
  }
}

/** A fresh 15-bit seed for a teacher's class code, from the browser's randomness. */
export function newClassSeed(): number {
  const word = new Uint16Array(1);
  crypto.getRandomValues(word);
  return (word[0] as number) % CLASS_SEEDS;
}

/** What the select screen asks the store to start: a scenario, with a seed and session when given. */
export interface StartRequest {
  readonly seed?: number;
  readonly session?: Partial<Pick<SessionInfo, 'mode' | 'classCode' | 'team'>>;
}

/** The class code letters spelled out for reading aloud: "VL-7F3Q" → "V L, 7 F 3 Q". */
export function spell(code: string): string {
  return code
    .split('-')
    .map((part) => [...part].join(' '))
    .join(', ');
}
