import { readFileSync } from 'node:fs';
import { type CompiledScenario, compile, hasErrors, loadScenario } from '../../src/engine';
import {
  applyIntent,
  createRoom,
  joinRoom,
  type Reply,
  type RoomState,
  type SignedIntent,
} from '../../src/room';

let sample: CompiledScenario | undefined;

/** The shipped sample scenario, compiled once per test file. */
export function sampleScenario(): CompiledScenario {
  if (sample === undefined) {
    const file = 'scenarios/sample-visiting-lab.json';
    const { scenario, diagnostics } = loadScenario(file, readFileSync(file, 'utf8'));
    if (scenario === undefined || hasErrors(diagnostics)) throw new Error(`${file} does not load`);
    sample = compile(scenario);
  }
  return sample;
}

/** 22 base64url characters, distinct per label: tokens the way the server makes them, but readable. */
export const token = (label: string) => label.padEnd(22, '_').slice(0, 22);

export const CONTROL = token('control');

export function sampleRoom(settings: Parameters<typeof createRoom>[1]['settings'] = {}): RoomState {
  return createRoom(sampleScenario(), {
    id: 'room-1',
    code: 'ABCDE',
    controlToken: CONTROL,
    seed: 7,
    now: 1_000,
    settings,
  });
}

export type Unsigned = SignedIntent extends infer I
  ? I extends SignedIntent
    ? Omit<I, 'token' | 'seq'>
    : never
  : never;

/** A room driven the way the server drives it: each token counts its own sequence numbers. */
export function driven(settings: Parameters<typeof sampleRoom>[0] = {}) {
  let room: RoomState = sampleRoom(settings);
  const seqs = new Map<string, number>();
  const send = (who: string, intent: Unsigned, seq = (seqs.get(who) ?? 0) + 1): Reply => {
    seqs.set(who, Math.max(seq, seqs.get(who) ?? 0));
    const change = applyIntent(room, { ...intent, token: who, seq } as SignedIntent, 2_000);
    room = change.room;
    return change.reply;
  };
  const join = (who: string, team?: string): Reply => {
    const change = joinRoom(room, { type: 'join', code: room.code, ...(team ? { team } : {}) }, who, 1_500);
    room = change.room;
    return change.reply;
  };
  return {
    send,
    join,
    get room() {
      return room;
    },
  };
}

export const A = token('alice');
export const B = token('bob');
export const C = token('carol');

/** The choices one may vote for on the room's current card. */
export function choicesOf(room: RoomState): string[] {
  return room.view.choices.filter((c) => !c.locked).map((c) => c.id);
}

/**
 * Plays the room on as its facilitator alone (each vote closed empty, the tie broken by `pick`, the
 * first choice by default; each negotiation walked away from; each outcome continued) until `reached` holds; null when the run ends or `limit` steps pass.
 */
export function playUntil(
  r: ReturnType<typeof driven>,
  reached: (room: RoomState) => boolean,
  pick: (room: RoomState) => string = (room) => choicesOf(room)[0] as string,
  limit = 200,
): RoomState | null {
  for (let i = 0; i < limit; i++) {
    if (reached(r.room)) return r.room;
    const { view, round } = r.room;
    const decision = round.decision;
    if (view.phase === 'ended') return null;
    if (view.phase === 'outcome') r.send(CONTROL, { type: 'continue' });
    else if (view.phase === 'negotiating') r.send(CONTROL, { type: 'walkAway' });
    else if (round.status === 'waiting') r.send(CONTROL, { type: 'open', decision });
    else if (round.status === 'open') r.send(CONTROL, { type: 'close', decision });
    else if (round.status === 'tied') r.send(CONTROL, { type: 'breakTie', decision, choice: pick(r.room) });
  }
  return null;
}

/** The sample's first card offers to negotiate: this picks it, so the next card is the agreement. */
export const toNegotiation = (room: RoomState): string =>
  choicesOf(room).includes('negotiate') ? 'negotiate' : (choicesOf(room)[0] as string);
