import type { RunSave } from '../engine';
import { type ClassRoomState, type StudentProgress, studentProgress, studentSave } from './class-room';

/**
 * What a class room's clients are sent: plain JSON, never a token. The teacher gets every student's
 * progress and run so far (the teacher's screen verifies and counts the finished ones with the class
 * debrief's own code); a student gets their own run back (to come back to it after a reload); anyone
 * with the code only what joining needs.
 */
interface ClassBasics {
  readonly code: string;
  readonly scenario: { readonly id: string; readonly version: string };
  readonly classCode: string | null;
  readonly askNickname: boolean;
}

export interface ClassControlView extends ClassBasics {
  readonly kind: 'class-control';
  readonly serverTime: number;
  readonly expiresAt: number | null;
  readonly students: readonly StudentProgress[];
}

export interface ClassStudentView extends ClassBasics {
  readonly kind: 'class-student';
  readonly number: number;
  readonly nickname: string | null;
  readonly save: RunSave;
  readonly ended: boolean;
}

/** What `watch` answers for a class room's code: enough for a join screen to ask for a nickname or not. */
export interface ClassPublicView extends ClassBasics {
  readonly kind: 'class';
}

const basics = (room: ClassRoomState): ClassBasics => ({
  code: room.code,
  scenario: { id: room.scenario.source.id, version: room.scenario.source.version },
  classCode: room.classCode,
  askNickname: room.askNickname,
});

export function classControlView(
  room: ClassRoomState,
  now: number,
  expiresAt: number | null,
): ClassControlView {
  return {
    ...basics(room),
    kind: 'class-control',
    serverTime: now,
    expiresAt,
    students: [...room.students.values()].map((student) => studentProgress(room, student)),
  };
}

/** The student's own view; null when the token is not a student of this room. */
export function classStudentView(room: ClassRoomState, token: string): ClassStudentView | null {
  const student = room.students.get(token);
  if (student === undefined) return null;
  return {
    ...basics(room),
    kind: 'class-student',
    number: student.number,
    nickname: student.nickname,
    save: studentSave(room, student),
    ended: student.run.phase.kind === 'ended',
  };
}

export function classPublicView(room: ClassRoomState): ClassPublicView {
  return { ...basics(room), kind: 'class' };
}
