import {
  type CompiledScenario,
  type RunSave,
  type RunState,
  type SavedAction,
  start,
  stepSaved,
} from '../engine';
import { MAX_PARTICIPANTS } from './machine';
import type { ActIntent, JoinIntent } from './protocol';
import { APPLIED, REPEATED, type Reply, refuse } from './refusals';

/**
 * A class room: every student plays the same scenario and seed solo, in their own browser, and streams
 * each action here. The room replays each one on the student's run with the engine's own saved step
 * (`stepSaved`, the step `restoreRun` repeats when a result file is verified), so an action the replayed
 * run does not allow is refused, and what the teacher sees is what the engine played. Pure like the rest
 * of the room: tokens, codes, seeds and times come from the server.
 */
export interface ClassRoomState {
  readonly id: string;
  /** The short code students type (or scan) to join. */
  readonly code: string;
  readonly controlToken: string;
  readonly createdAt: number;
  readonly scenario: CompiledScenario;
  /** The seed every student plays: the class code's, so the runs compare. */
  readonly seed: number;
  /** The class code the teacher gave (or the one made for the seed); null when the scenario has no class key. */
  readonly classCode: string | null;
  /** Whether students are asked for a nickname; without it, nothing names them but their number. */
  readonly askNickname: boolean;
  /** By token. Tokens never leave the server except to their owner. */
  readonly students: ReadonlyMap<string, Student>;
  /** The last sequence number applied, by token. */
  readonly seqs: ReadonlyMap<string, number>;
}

export interface Student {
  /** 1 for the first to join: tells the teacher's rows apart. */
  readonly number: number;
  readonly nickname: string | null;
  readonly joinedAt: number;
  readonly run: RunState;
  /** The run's actions as a save names them: with the seed, the run's save. */
  readonly actions: readonly SavedAction[];
  readonly finishedAt: number | null;
}

export interface ClassRoomInit {
  readonly id: string;
  readonly code: string;
  readonly controlToken: string;
  readonly seed: number;
  readonly classCode: string | null;
  readonly askNickname: boolean;
  readonly now: number;
}

export interface ClassChange {
  readonly room: ClassRoomState;
  readonly reply: Reply;
}

export function createClassRoom(scenario: CompiledScenario, init: ClassRoomInit): ClassRoomState {
  return {
    id: init.id,
    code: init.code,
    controlToken: init.controlToken,
    createdAt: init.now,
    scenario,
    seed: init.seed,
    classCode: init.classCode,
    askNickname: init.askNickname,
    students: new Map(),
    seqs: new Map([[init.controlToken, 0]]),
  };
}

/**
 * A student joins and starts the run. A nickname is kept only when the teacher asked for one, and a
 * team is never kept: nothing else identifies a student.
 */
export function joinClassRoom(
  room: ClassRoomState,
  intent: JoinIntent,
  token: string,
  now: number,
): ClassChange {
  if (room.students.size >= MAX_PARTICIPANTS) return { room, reply: refuse('room-full') };
  const nickname = room.askNickname && intent.name !== undefined && intent.name !== '' ? intent.name : null;
  const student: Student = {
    number: room.students.size + 1,
    nickname,
    joinedAt: now,
    run: start(room.scenario, room.seed),
    actions: [],
    finishedAt: null,
  };
  return {
    room: {
      ...room,
      students: new Map(room.students).set(token, student),
      seqs: new Map(room.seqs).set(token, 0),
    },
    reply: APPLIED,
  };
}

export function classRoleOf(room: ClassRoomState, token: string): 'control' | 'student' | null {
  if (token === room.controlToken) return 'control';
  return room.students.has(token) ? 'student' : null;
}

/**
 * A student's next action. The token and its sequence number first, as in a workshop room: a
 * retransmission is answered as done and changes nothing, an older number is refused. Then the action
 * must be the run's next (`move`), and the replayed run must allow it; a refused action still uses up its
 * number, so it can never land later.
 */
export function applyClassAct(room: ClassRoomState, intent: ActIntent, now: number): ClassChange {
  const student = room.students.get(intent.token);
  if (student === undefined) {
    const refusal = intent.token === room.controlToken ? 'forbidden' : 'unknown-token';
    return { room, reply: refuse(refusal) };
  }
  const last = room.seqs.get(intent.token) ?? 0;
  if (intent.seq === last) return { room, reply: REPEATED };
  if (intent.seq < last) return { room, reply: refuse('stale-seq') };
  const sequenced: ClassRoomState = { ...room, seqs: new Map(room.seqs).set(intent.token, intent.seq) };
  if (student.run.phase.kind === 'ended') return { room: sequenced, reply: refuse('run-ended') };
  if (intent.move !== student.actions.length) return { room: sequenced, reply: refuse('wrong-move') };
  const stepped = stepSaved(room.scenario, student.run, intent.action);
  if (!stepped.ok) return { room: sequenced, reply: refuse('illegal-action') };
  const ended = stepped.run.phase.kind === 'ended';
  const next: Student = {
    ...student,
    run: stepped.run,
    actions: [...student.actions, intent.action],
    finishedAt: ended ? now : null,
  };
  return {
    room: { ...sequenced, students: new Map(sequenced.students).set(intent.token, next) },
    reply: APPLIED,
  };
}

/** A student's run as a save: what the student's browser replays on a reload, and the teacher's verifies. */
export function studentSave(room: ClassRoomState, student: Student): RunSave {
  return {
    scenario: { id: room.scenario.source.id, version: room.scenario.source.version },
    seed: room.seed,
    actions: student.actions,
  };
}

/** One row of the teacher's live class debrief: where a student is, and their run so far. */
export interface StudentProgress {
  readonly number: number;
  readonly nickname: string | null;
  /** The run's turn, as the calendar counts it (from 1). */
  readonly turn: number;
  readonly decisions: number;
  readonly ended: boolean;
  readonly save: RunSave;
  readonly joinedAt: number;
  readonly finishedAt: number | null;
}

export function studentProgress(room: ClassRoomState, student: Student): StudentProgress {
  return {
    number: student.number,
    nickname: student.nickname,
    // As the presented view's calendar counts it, without presenting the whole view on every move.
    turn: Math.min(student.run.turn, room.scenario.turns),
    decisions: student.run.decisions,
    ended: student.run.phase.kind === 'ended',
    save: studentSave(room, student),
    joinedAt: student.joinedAt,
    finishedAt: student.finishedAt,
  };
}
