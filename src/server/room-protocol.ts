import type { Server, Socket } from 'socket.io';
import {
  ClientMessage,
  type CreateIntent,
  type JoinIntent,
  type Refusal,
  type Reply,
  type RoomReport,
  type RoomRole,
  type RoomState,
  type RoomView,
  refuse,
  roomReport,
  roomView,
  type SignedIntent,
} from '../room';
import type { ClassAnswer, ClassProtocol } from './class-protocol';
import { RateLimiter } from './rate-limit';
import type { RoomRegistry } from './room-registry';
import { roomUpdates } from './room-updates';

/**
 * What a client is told in answer to each message (Socket.IO acknowledgement): a join or create gives
 * the new token, a resume the token's last applied sequence number (a device that lost count goes on
 * from there), and a participant's answers carry their own view.
 */
export type Answer =
  | (Extract<Reply, { ok: true }> & {
      readonly room?: RoomView;
      readonly token?: string;
      readonly seq?: number;
      /** The after-action report, answering the facilitator's `report`. */
      readonly report?: RoomReport;
    })
  | Extract<Reply, { ok: false }>;

/** The room a connection follows and as whom. */
export interface Attachment {
  readonly roomId: string;
  readonly role: RoomRole;
  readonly token: string | null;
}

/**
 * A client's connection as the protocol sees it. Usually a Socket.IO socket of this process; with Redis,
 * also a socket of another process whose message was forwarded to the process that owns its room.
 */
export interface Connection {
  readonly id: string;
  readonly address: string;
  attachment: Attachment | undefined;
  join(room: string): void;
  leave(room: string): void;
}

/** Applies one checked message for a connection, in this process, and says what to answer. */
export type HandleMessage = (connection: Connection, message: ClientMessage) => Answer;

export interface ProtocolOptions {
  readonly registry: RoomRegistry;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /**
   * Class rooms (src/server/class-protocol.ts): asked first about every message. They live on the
   * process that made them: with several processes, a class room's screens must reach that process.
   */
  readonly classRooms?: ClassProtocol;
  /**
   * Takes each checked message to where it is applied (`here`, or with several processes the room's
   * owner) and resolves with its answer once the writes behind it are durable: one server waits for its
   * SQLite group commit, several for Redis. Without it (tests of the protocol alone) messages are
   * handled and answered at once, as they arrive.
   */
  readonly route?: (connection: Connection, message: ClientMessage, here: HandleMessage) => Promise<Answer>;
  /** Resolves when a room's journal writes so far are durable; the room's screens are updated only then. */
  readonly durable?: (roomId: string) => Promise<void>;
  /** `--public-url`: the address phones join by, told to every screen (else they use their own). */
  readonly publicUrl?: string;
}

/** What every screen is told as it connects (before it sends anything). */
export interface ServerHello {
  /** The base of the join address (no trailing slash), or null: the page's own origin is right. */
  readonly publicUrl: string | null;
}

// Per connection: a person taps, a screen retries; 20 at once and 10 a second is far above either.
const CONNECTION_BURST = 20;
const CONNECTION_RATE = 10;
// Per token, across all its connections (a reloaded phone, a second tab).
const TOKEN_BURST = 20;
const TOKEN_RATE = 5;
// Failed joins, watches and resumes per address: a room of forty behind one Wi-Fi address joins freely
// (a successful join costs nothing) while guessing a five-letter code (32^5 codes) at one try every six
// seconds is hopeless.
const FAILED_JOIN_BURST = 10;
const FAILED_JOIN_RATE = 1 / 6;

/**
 * The room protocol over Socket.IO: one event, `intent`, each message checked against the protocol's
 * schemas, rate-limited, applied by the registry, answered by acknowledgement once it is durable in the
 * journal and followed (then too) by an update to every screen of the room. Refusals are answered with a
 * code and logged; they never stop the room.
 */
export function serveRoomProtocol(io: Server, options: ProtocolOptions): HandleMessage {
  const { registry, now, log, route, durable } = options;
  const perConnection = new RateLimiter(CONNECTION_BURST, CONNECTION_RATE, now);
  const perToken = new RateLimiter(TOKEN_BURST, TOKEN_RATE, now);
  const failedJoins = new RateLimiter(FAILED_JOIN_BURST, FAILED_JOIN_RATE, now);

  const viewFor = (room: RoomState, attachment: Attachment, withoutView = false): RoomView =>
    roomView(room, attachment.role, {
      now: now(),
      withoutView,
      ...(attachment.token === null ? {} : { token: attachment.token }),
      ...(attachment.role === 'control' ? { expiresAt: registry.expiryOf(room.id) ?? undefined } : {}),
    });

  const broadcast = roomUpdates({
    io,
    durable,
    holds: (roomId) => registry.room(roomId) !== undefined,
    viewFor: (room, role, withoutView) => viewFor(room, { roomId: room.id, role, token: null }, withoutView),
  });

  const attach = (
    connection: Connection,
    room: RoomState,
    role: RoomRole,
    token: string | null,
  ): RoomView => {
    const previous = connection.attachment;
    if (previous !== undefined) {
      connection.leave(`display:${previous.roomId}`);
      connection.leave(`control:${previous.roomId}`);
    }
    const attachment = { roomId: room.id, role, token };
    connection.attachment = attachment;
    connection.join(`${role === 'control' ? 'control' : 'display'}:${room.id}`);
    return viewFor(room, attachment);
  };

  const refused = (connection: Connection, what: string, refusal: Refusal, detail = ''): Answer => {
    log(
      `refused ${what} from ${connection.id} (${connection.address}): ${refusal}${detail ? ` ${detail}` : ''}`,
    );
    return refuse(refusal) as Answer;
  };

  /** A join, watch, resume or create that failed costs its address one of its tries. */
  const failedFrom = (connection: Connection, what: string, refusal: Refusal): Answer => {
    failedJoins.take(connection.address);
    return refused(connection, what, refusal);
  };

  const handlers = {
    create(connection: Connection, intent: CreateIntent): Answer {
      const reply = registry.create(intent);
      if (!reply.ok || reply.room === undefined) {
        // Only a wrong host token is a guess; an unknown scenario or an old number is a mistake.
        const refusal = reply.ok ? 'unknown-token' : reply.refusal;
        return refusal === 'unknown-token'
          ? failedFrom(connection, 'create', refusal)
          : refused(connection, 'create', refusal);
      }
      const room = reply.room;
      return {
        ok: true,
        repeated: reply.repeated,
        token: room.controlToken,
        room: attach(connection, room, 'control', room.controlToken),
      };
    },
    join(connection: Connection, intent: JoinIntent): Answer {
      const before = registry.roomByCode(intent.code);
      const joined = registry.join(intent);
      if (!joined.reply.ok || joined.room === undefined || joined.token === undefined) {
        const refusal = joined.reply.ok ? 'unknown-room' : joined.reply.refusal;
        return refusal === 'unknown-room'
          ? failedFrom(connection, 'join', refusal)
          : refused(connection, 'join', refusal);
      }
      const view = attach(connection, joined.room, 'participant', joined.token);
      if (joined.reply.repeated) {
        // A retransmitted join: the same participant, where their sequence numbers stand; nobody new.
        const seq = joined.room.seqs.get(joined.token) ?? 0;
        return { ok: true, repeated: true, token: joined.token, seq, room: view };
      }
      // The newcomer has the whole view in its answer; the others only need the new count.
      broadcast(before, joined.room);
      return { ok: true, repeated: false, token: joined.token, room: view };
    },
    watch(connection: Connection, code: string): Answer {
      const room = registry.roomByCode(code);
      if (room === undefined) return failedFrom(connection, 'watch', 'unknown-room');
      return { ok: true, repeated: false, room: attach(connection, room, 'display', null) };
    },
    resume(connection: Connection, token: string): Answer {
      // The host token (the printed control link) may create rooms: its answer is where its numbers stand.
      if (token === registry.hostToken) return { ok: true, repeated: false, seq: registry.hostSeq() };
      const found = registry.roomByToken(token);
      if (found === undefined) return failedFrom(connection, 'resume', 'unknown-token');
      const seq = found.room.seqs.get(token) ?? 0;
      return { ok: true, repeated: false, seq, room: attach(connection, found.room, found.role, token) };
    },
    /** The after-action report, for the room's facilitator only; it changes nothing. */
    report(connection: Connection, token: string): Answer {
      if (!perToken.take(token)) return refused(connection, 'report', 'rate-limited');
      const found = registry.roomByToken(token);
      if (found === undefined) return refused(connection, 'report', 'unknown-token');
      if (found.role !== 'control') return refused(connection, 'report', 'forbidden');
      return { ok: true, repeated: false, report: roomReport(found.room, now()) };
    },
    signed(connection: Connection, intent: SignedIntent): Answer {
      if (!perToken.take(intent.token)) return refused(connection, intent.type, 'rate-limited');
      const found = registry.roomByToken(intent.token);
      if (found === undefined) return refused(connection, intent.type, 'unknown-token');
      // A new connection may send before its `resume` (Socket.IO sends what it buffered while offline
      // first): the token is the credential, so it joins its room. A connection already in a room
      // acts there only.
      if (connection.attachment === undefined) attach(connection, found.room, found.role, intent.token);
      const attachment = connection.attachment;
      if (attachment === undefined || found.room.id !== attachment.roomId) {
        return refused(connection, intent.type, 'not-in-room');
      }
      const before = found.room;
      const change = registry.apply(before.id, intent);
      if (change.deleted) {
        io.to(`display:${before.id}`).to(`control:${before.id}`).emit('deleted', { code: before.code });
        io.in(`display:${before.id}`)
          .in(`control:${before.id}`)
          .socketsLeave([`display:${before.id}`, `control:${before.id}`]);
        log(`room ${before.code} deleted by its facilitator`);
        return change.reply as Answer;
      }
      if (!change.reply.ok) return refused(connection, intent.type, change.reply.refusal);
      if (change.room !== before) broadcast(before, change.room);
      const own =
        found.role === 'participant'
          ? { room: viewFor(change.room, { ...attachment, token: intent.token }, true) }
          : {};
      return { ...change.reply, ...own };
    },
  };

  const hello: ServerHello = { publicUrl: options.publicUrl?.replace(/\/+$/, '') ?? null };
  const handle: HandleMessage = (connection, message) => {
    switch (message.type) {
      case 'create':
        return handlers.create(connection, message);
      case 'join':
        return handlers.join(connection, message);
      case 'watch':
        return handlers.watch(connection, message.code);
      case 'resume':
        return handlers.resume(connection, message.token);
      case 'report':
        return handlers.report(connection, message.token);
      case 'createClass':
      case 'act':
        // The class rooms answered every message of theirs before this (see the `intent` handler).
        return refused(connection, message.type, 'unknown-token');
      default:
        return handlers.signed(connection, message);
    }
  };

  io.on('connection', (socket) => {
    socket.emit('server', hello);
    const connection = socketConnection(socket);
    // A message waits for its durable write (and, with several processes, for another process): a
    // connection's answers keep their order.
    let pending = Promise.resolve();
    socket.onAny((event: unknown) => {
      if (event !== 'intent')
        // Quoted as JSON: an event name is the sender's text, and may hold control characters.
        log(
          `refused event ${JSON.stringify(String(event).slice(0, 40))} from ${socket.id}: not part of the protocol`,
        );
    });
    socket.on('intent', (raw: unknown, ack: unknown) => {
      const answer = (value: Answer | ClassAnswer) => {
        if (typeof ack === 'function') ack(value);
      };
      if (!perConnection.take(socket.id)) return answer(refused(connection, 'message', 'rate-limited'));
      const parsed = ClientMessage.safeParse(raw);
      if (!parsed.success) {
        const where = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(message)'} ${i.code}`);
        return answer(refused(connection, 'message', 'invalid', where.join(', ')));
      }
      const message = parsed.data;
      const unsigned =
        message.type === 'join' ||
        message.type === 'watch' ||
        message.type === 'resume' ||
        message.type === 'create' ||
        message.type === 'createClass';
      if (unsigned && !failedJoins.allows(socket.handshake.address)) {
        return answer(refused(connection, message.type, 'too-many-failed-joins'));
      }
      // Refusals are all the two protocols' answers share: the class room's tools only ever refuse.
      const classAnswer = options.classRooms?.handle(socket, message, {
        refused: (_, what, refusal) => refused(connection, what, refusal) as ClassAnswer,
        failedFrom: (_, what, refusal) => failedFrom(connection, what, refusal) as ClassAnswer,
      });
      if (classAnswer !== undefined) return answer(classAnswer);
      if (route === undefined) return answer(handle(connection, message));
      pending = pending
        .then(() => route(connection, message, handle))
        .then(answer, (error: unknown) => {
          log(
            `could not apply ${message.type} from ${socket.id}: ${error instanceof Error ? error.message : String(error)}`,
          );
          answer(refuse('unavailable') as Answer);
        });
    });
    socket.on('disconnect', (reason) => {
      perConnection.forget(socket.id);
      if (reason === 'transport error' || reason === 'parse error') {
        // What a message over maxHttpBufferSize, or a frame Socket.IO cannot read, ends in.
        log(`closed ${socket.id} (${socket.handshake.address}): ${reason} (oversized or unreadable message)`);
      }
    });
  });
  return handle;
}

function socketConnection(socket: Socket): Connection {
  return {
    id: socket.id,
    address: socket.handshake.address,
    attachment: undefined,
    join: (room) => void socket.join(room),
    leave: (room) => void socket.leave(room),
  };
}
