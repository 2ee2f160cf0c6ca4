import type { Server, Socket } from 'socket.io';
import {
  ClientMessage,
  type CreateIntent,
  type JoinIntent,
  type Refusal,
  type Reply,
  type RoomRole,
  type RoomState,
  type RoomView,
  refuse,
  roomView,
  type SignedIntent,
} from '../room';
import { RateLimiter } from './rate-limit';
import type { RoomRegistry } from './room-registry';

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
    })
  | Extract<Reply, { ok: false }>;

interface Attachment {
  readonly roomId: string;
  readonly role: RoomRole;
  readonly token: string | null;
}

export interface ProtocolOptions {
  readonly registry: RoomRegistry;
  readonly now: () => number;
  readonly log: (line: string) => void;
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
 * schemas, rate-limited, applied by the registry (journaled before it is acknowledged), answered by
 * acknowledgement and followed by an update to every screen of the room. Refusals are answered with a
 * code and logged; they never stop the room.
 */
export function serveRoomProtocol(io: Server, options: ProtocolOptions): void {
  const { registry, now, log } = options;
  const perConnection = new RateLimiter(CONNECTION_BURST, CONNECTION_RATE, now);
  const perToken = new RateLimiter(TOKEN_BURST, TOKEN_RATE, now);
  const failedJoins = new RateLimiter(FAILED_JOIN_BURST, FAILED_JOIN_RATE, now);
  const attachments = new WeakMap<Socket, Attachment>();

  const viewFor = (room: RoomState, attachment: Attachment, withoutView = false): RoomView =>
    roomView(room, attachment.role, {
      now: now(),
      withoutView,
      ...(attachment.token === null ? {} : { token: attachment.token }),
      ...(attachment.role === 'control' ? { expiresAt: registry.expiryOf(room.id) ?? undefined } : {}),
    });

  /** An update to every screen of a room: displays and participants share one, facilitators another. */
  const broadcast = (before: RoomState | undefined, roomId: string) => {
    const room = registry.room(roomId);
    if (room === undefined) return;
    const withoutView = before !== undefined && before.view === room.view;
    io.to(`display:${roomId}`).emit(
      'room',
      viewFor(room, { roomId, role: 'display', token: null }, withoutView),
    );
    io.to(`control:${roomId}`).emit(
      'room',
      viewFor(room, { roomId, role: 'control', token: null }, withoutView),
    );
  };

  const attach = (socket: Socket, room: RoomState, role: RoomRole, token: string | null): RoomView => {
    const previous = attachments.get(socket);
    if (previous !== undefined) {
      void socket.leave(`display:${previous.roomId}`);
      void socket.leave(`control:${previous.roomId}`);
    }
    const attachment = { roomId: room.id, role, token };
    attachments.set(socket, attachment);
    void socket.join(`${role === 'control' ? 'control' : 'display'}:${room.id}`);
    return viewFor(room, attachment);
  };

  const refused = (socket: Socket, what: string, refusal: Refusal, detail = ''): Answer => {
    log(
      `refused ${what} from ${socket.id} (${socket.handshake.address}): ${refusal}${detail ? ` ${detail}` : ''}`,
    );
    return refuse(refusal) as Answer;
  };

  /** A join, watch, resume or create that failed costs its address one of its tries. */
  const failedFrom = (socket: Socket, what: string, refusal: Refusal): Answer => {
    failedJoins.take(socket.handshake.address);
    return refused(socket, what, refusal);
  };

  const handlers = {
    create(socket: Socket, intent: CreateIntent): Answer {
      const reply = registry.create(intent);
      if (!reply.ok || reply.room === undefined) {
        // Only a wrong host token is a guess; an unknown scenario or an old number is a mistake.
        const refusal = reply.ok ? 'unknown-token' : reply.refusal;
        return refusal === 'unknown-token'
          ? failedFrom(socket, 'create', refusal)
          : refused(socket, 'create', refusal);
      }
      const room = reply.room;
      return {
        ok: true,
        repeated: reply.repeated,
        token: room.controlToken,
        room: attach(socket, room, 'control', room.controlToken),
      };
    },
    join(socket: Socket, intent: JoinIntent): Answer {
      const before = registry.roomByCode(intent.code);
      const joined = registry.join(intent);
      if (!joined.reply.ok || joined.room === undefined || joined.token === undefined) {
        const refusal = joined.reply.ok ? 'unknown-room' : joined.reply.refusal;
        return refusal === 'unknown-room'
          ? failedFrom(socket, 'join', refusal)
          : refused(socket, 'join', refusal);
      }
      const view = attach(socket, joined.room, 'participant', joined.token);
      if (joined.reply.repeated) {
        // A retransmitted join: the same participant, where their sequence numbers stand; nobody new.
        const seq = joined.room.seqs.get(joined.token) ?? 0;
        return { ok: true, repeated: true, token: joined.token, seq, room: view };
      }
      // The newcomer has the whole view in its answer; the others only need the new count.
      broadcast(before, joined.room.id);
      return { ok: true, repeated: false, token: joined.token, room: view };
    },
    watch(socket: Socket, code: string): Answer {
      const room = registry.roomByCode(code);
      if (room === undefined) return failedFrom(socket, 'watch', 'unknown-room');
      return { ok: true, repeated: false, room: attach(socket, room, 'display', null) };
    },
    resume(socket: Socket, token: string): Answer {
      // The host token (the printed control link) may create rooms: its answer is where its numbers stand.
      if (token === registry.hostToken) return { ok: true, repeated: false, seq: registry.hostSeq() };
      const found = registry.roomByToken(token);
      if (found === undefined) return failedFrom(socket, 'resume', 'unknown-token');
      const seq = found.room.seqs.get(token) ?? 0;
      return { ok: true, repeated: false, seq, room: attach(socket, found.room, found.role, token) };
    },
    signed(socket: Socket, intent: SignedIntent): Answer {
      if (!perToken.take(intent.token)) return refused(socket, intent.type, 'rate-limited');
      const found = registry.roomByToken(intent.token);
      if (found === undefined) return refused(socket, intent.type, 'unknown-token');
      // A new connection may send before its `resume` (Socket.IO sends what it buffered while offline
      // first): the token is the credential, so it joins its room. A connection already in a room
      // acts there only.
      if (attachments.get(socket) === undefined) attach(socket, found.room, found.role, intent.token);
      const attachment = attachments.get(socket);
      if (attachment === undefined || found.room.id !== attachment.roomId) {
        return refused(socket, intent.type, 'not-in-room');
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
      if (!change.reply.ok) return refused(socket, intent.type, change.reply.refusal);
      if (change.room !== before) broadcast(before, before.id);
      const own =
        found.role === 'participant'
          ? { room: viewFor(change.room, { ...attachment, token: intent.token }, true) }
          : {};
      return { ...change.reply, ...own };
    },
  };

  const hello: ServerHello = { publicUrl: options.publicUrl?.replace(/\/+$/, '') ?? null };
  io.on('connection', (socket) => {
    socket.emit('server', hello);
    socket.onAny((event: unknown) => {
      if (event !== 'intent')
        // Quoted as JSON: an event name is the sender's text, and may hold control characters.
        log(
          `refused event ${JSON.stringify(String(event).slice(0, 40))} from ${socket.id}: not part of the protocol`,
        );
    });
    socket.on('intent', (raw: unknown, ack: unknown) => {
      const answer = (value: Answer) => {
        if (typeof ack === 'function') ack(value);
      };
      if (!perConnection.take(socket.id)) return answer(refused(socket, 'message', 'rate-limited'));
      const parsed = ClientMessage.safeParse(raw);
      if (!parsed.success) {
        const where = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(message)'} ${i.code}`);
        return answer(refused(socket, 'message', 'invalid', where.join(', ')));
      }
      const message = parsed.data;
      const unsigned =
        message.type === 'join' ||
        message.type === 'watch' ||
        message.type === 'resume' ||
        message.type === 'create';
      if (unsigned && !failedJoins.allows(socket.handshake.address)) {
        return answer(refused(socket, message.type, 'too-many-failed-joins'));
      }
      switch (message.type) {
        case 'create':
          return answer(handlers.create(socket, message));
        case 'join':
          return answer(handlers.join(socket, message));
        case 'watch':
          return answer(handlers.watch(socket, message.code));
        case 'resume':
          return answer(handlers.resume(socket, message.token));
        default:
          return answer(handlers.signed(socket, message));
      }
    });
    socket.on('disconnect', (reason) => {
      perConnection.forget(socket.id);
      if (reason === 'transport error' || reason === 'parse error') {
        // What a message over maxHttpBufferSize, or a frame Socket.IO cannot read, ends in.
        log(`closed ${socket.id} (${socket.handshake.address}): ${reason} (oversized or unreadable message)`);
      }
    });
  });
}
