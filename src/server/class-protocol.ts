import type { Server, Socket } from 'socket.io';
import {
  type ActIntent,
  type ClassControlView,
  type ClassPublicView,
  type ClassRoomState,
  type ClassStudentView,
  type ClientMessage,
  type CreateClassIntent,
  classControlView,
  classPublicView,
  classStudentView,
  type JoinIntent,
  type Refusal,
  type Reply,
  studentProgress,
} from '../room';
import type { ClassRegistry } from './class-registry';
import { RateLimiter } from './rate-limit';
import type { RoomRegistry } from './room-registry';

/** What a class room's client is answered (the workshop's `Answer`, with the class views). */
export type ClassAnswer =
  | (Extract<Reply, { ok: true }> & {
      readonly room?: ClassControlView | ClassStudentView | ClassPublicView;
      readonly token?: string;
      readonly seq?: number;
    })
  | Extract<Reply, { ok: false }>;

/** The workshop protocol's ways of refusing, so refusals are logged and joins rate-limited alike. */
export interface RefusalTools {
  refused(socket: Socket, what: string, refusal: Refusal): ClassAnswer;
  /** A failed join, watch, resume or create: costs the address one of its tries. */
  failedFrom(socket: Socket, what: string, refusal: Refusal): ClassAnswer;
}

export interface ClassProtocol {
  /** The answer to a message that is a class room's, or undefined for the workshop protocol to handle. */
  handle(socket: Socket, message: ClientMessage, tools: RefusalTools): ClassAnswer | undefined;
  /** Tells teachers their room is gone (deleted or expired). */
  gone(roomId: string, code: string | null): void;
}

export interface ClassProtocolOptions {
  readonly classes: ClassRegistry;
  readonly workshops: RoomRegistry;
  readonly now: () => number;
  readonly log: (line: string) => void;
}

// A student's actions per token: a student reads before each, so 5 a second with a burst of 20 (a
// reconnected browser sending what it queued) is far above any real pace.
const TOKEN_BURST = 20;
const TOKEN_RATE = 5;

const teachers = (roomId: string) => `class-control:${roomId}`;

/**
 * The class room's part of the room protocol, on the same event and checks as the workshop's: the teacher
 * creates the room with the host token and watches it live; students join by its code and stream their
 * actions (`act`), each replayed and journaled before it is acknowledged; every change sends the teacher
 * that student's row. Students receive no broadcasts: each plays alone.
 */
export function classProtocol(io: Server, options: ClassProtocolOptions): ClassProtocol {
  const { classes, workshops, now, log } = options;
  const perToken = new RateLimiter(TOKEN_BURST, TOKEN_RATE, now);

  const controlView = (room: ClassRoomState) => classControlView(room, now(), classes.expiryOf(room.id));
  const tellTeachers = (room: ClassRoomState, token: string) => {
    const student = room.students.get(token);
    if (student !== undefined) io.to(teachers(room.id)).emit('classStudent', studentProgress(room, student));
  };

  const createClass = (socket: Socket, intent: CreateClassIntent, tools: RefusalTools): ClassAnswer => {
    const reply = classes.create(intent);
    if (!reply.ok || reply.room === undefined) {
      const refusal = reply.ok ? 'unknown-token' : reply.refusal;
      return refusal === 'unknown-token'
        ? tools.failedFrom(socket, 'createClass', refusal)
        : tools.refused(socket, 'createClass', refusal);
    }
    void socket.join(teachers(reply.room.id));
    return {
      ok: true,
      repeated: reply.repeated,
      token: reply.room.controlToken,
      room: controlView(reply.room),
    };
  };

  const join = (socket: Socket, intent: JoinIntent, tools: RefusalTools): ClassAnswer => {
    const joined = classes.join(intent);
    if (!joined.reply.ok || joined.room === undefined || joined.token === undefined) {
      return tools.refused(socket, 'join', joined.reply.ok ? 'unknown-room' : joined.reply.refusal);
    }
    tellTeachers(joined.room, joined.token);
    const view = classStudentView(joined.room, joined.token) ?? undefined;
    return { ok: true, repeated: false, token: joined.token, ...(view ? { room: view } : {}) };
  };

  const resume = (socket: Socket, token: string): ClassAnswer | undefined => {
    const found = classes.roomByToken(token);
    if (found === undefined) return undefined;
    const seq = found.room.seqs.get(token) ?? 0;
    if (found.role === 'control') {
      void socket.join(teachers(found.room.id));
      return { ok: true, repeated: false, seq, room: controlView(found.room) };
    }
    const view = classStudentView(found.room, token) ?? undefined;
    return { ok: true, repeated: false, seq, ...(view ? { room: view } : {}) };
  };

  const gone = (roomId: string, code: string | null) => {
    io.to(teachers(roomId)).emit('deleted', { code });
    io.in(teachers(roomId)).socketsLeave(teachers(roomId));
  };

  const act = (socket: Socket, intent: ActIntent, tools: RefusalTools): ClassAnswer => {
    if (!perToken.take(intent.token)) return tools.refused(socket, 'act', 'rate-limited');
    const found = classes.roomByToken(intent.token);
    if (found === undefined) return tools.refused(socket, 'act', 'unknown-token');
    const change = classes.act(found.room.id, intent);
    if (!change.reply.ok) return tools.refused(socket, `act ${intent.move}`, change.reply.refusal);
    if (change.room !== found.room) tellTeachers(change.room, intent.token);
    return change.reply;
  };

  return {
    handle(socket, message, tools) {
      switch (message.type) {
        case 'createClass':
          return createClass(socket, message, tools);
        case 'act':
          return act(socket, message, tools);
        case 'join':
          return classes.roomByCode(message.code) === undefined ? undefined : join(socket, message, tools);
        case 'watch': {
          const room = classes.roomByCode(message.code);
          return room === undefined ? undefined : { ok: true, repeated: false, room: classPublicView(room) };
        }
        case 'resume':
          // The host token's numbers run across both kinds of room: answer where the higher stands.
          if (message.token === workshops.hostToken) {
            return { ok: true, repeated: false, seq: Math.max(workshops.hostSeq(), classes.hostSeq()) };
          }
          return resume(socket, message.token);
        case 'create':
          return undefined;
        default: {
          const found = classes.roomByToken(message.token);
          if (found === undefined) return undefined;
          if (message.type === 'delete' && found.role === 'control') {
            classes.delete(found.room.id);
            log(`class room ${found.room.code} deleted by its teacher`);
            gone(found.room.id, found.room.code);
            return { ok: true, repeated: false };
          }
          // A workshop's intents mean nothing in a class room.
          return tools.refused(socket, message.type, 'forbidden');
        }
      }
    },
    gone,
  };
}
