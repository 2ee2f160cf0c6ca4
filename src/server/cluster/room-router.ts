import { type ClientMessage, refuse } from '../../room';
import type { Answer, Attachment, Connection, HandleMessage } from '../room-protocol';
import type { RoomRegistry } from '../room-registry';
import type { NoReply } from './forwarding';
import type { Leases } from './leases';
import { HOST_LEASE, type RedisJournal } from './redis-journal';

/** How long a message waits for its room to get a live owner (a dead one's lease must expire first). */
const TAKEOVER_PATIENCE_MS = 30_000;
/** Between two looks at a room whose owner did not answer. */
const RETRY_MS = 200;
/** Token → room and room → owner lookups kept in memory (each cleared whole when full). */
const CACHE_SIZE = 100_000;

/** A message sent to the process that owns its room, with what that process needs of the connection. */
interface Forwarded {
  readonly key: string;
  readonly message: ClientMessage;
  readonly connection: {
    readonly id: string;
    readonly address: string;
    readonly attachment: Attachment | null;
  };
}

/** The owner's reply: the answer, and what the connection now follows (applied by the sender). */
type ForwardedAnswer =
  | {
      readonly answer: Answer;
      readonly attachment: Attachment | null;
      readonly joined: string[];
      readonly left: string[];
    }
  | { readonly notOwner: true };

export interface RouterOptions {
  readonly registry: RoomRegistry;
  readonly journal: RedisJournal;
  readonly leases: Leases;
  readonly self: string;
  readonly send: (to: string, body: Forwarded) => Promise<unknown | NoReply>;
  readonly log: (line: string) => void;
}

/**
 * Takes each message to the process that owns its room. The room a message is for comes from Redis (its
 * code or token); the process takes the room's lease when it is free (and then replays the room from the
 * journal), else sends the message to the owner and relays its answer. An owner that does not answer (it
 * died, or gave the room up) is asked again until its lease expires and this process takes the room over.
 * Answers wait until the journal writes behind them are durable.
 */
export class RoomRouter {
  private handle: HandleMessage | undefined;
  private readonly loading = new Map<string, Promise<boolean>>();
  private readonly tokenRooms = new Map<string, string>();
  private readonly owners = new Map<string, string>();
  private readonly created: string[] = [];

  constructor(private readonly options: RouterOptions) {}

  /** The protocol's own handler, which the owner runs for forwarded messages too. */
  useHandler(handle: HandleMessage): void {
    this.handle = handle;
  }

  route = async (connection: Connection, message: ClientMessage, here: HandleMessage): Promise<Answer> => {
    const key = await this.keyOf(message);
    // No such room or token anywhere: the registry refuses it as unknown, as a single server would.
    if (key === null) return here(connection, message);
    const { leases, self, send } = this.options;
    const deadline = Date.now() + TAKEOVER_PATIENCE_MS;
    for (;;) {
      // The owner last seen answering is asked first: no lease lookup per forwarded message.
      const cached = leases.holds(key) ? undefined : this.owners.get(key);
      const owner = leases.holds(key) ? self : (cached ?? (await leases.take(key)));
      if (owner === self) {
        if (!(await this.ready(key))) return here(connection, message);
        return this.apply(key, connection, message, here);
      }
      const reply = await send(owner, {
        key,
        message,
        connection: {
          id: connection.id,
          address: connection.address,
          attachment: connection.attachment ?? null,
        },
      });
      if (typeof reply === 'object' && reply !== null && 'answer' in reply) {
        const answered = reply as Extract<ForwardedAnswer, { answer: Answer }>;
        for (const room of answered.left) connection.leave(room);
        for (const room of answered.joined) connection.join(room);
        connection.attachment = answered.attachment ?? undefined;
        this.remember(key, owner);
        return answered.answer;
      }
      this.owners.delete(key);
      // The owner remembered had moved on: look the lease up at once. A live lease's owner that does
      // not answer is dead or giving the room up: wait for its lease to expire.
      if (cached !== undefined) continue;
      if (Date.now() > deadline) return refuse('unavailable') as Answer;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  };

  /** A message another process forwarded: applied here if this process still owns its room. */
  serve = async (body: unknown): Promise<ForwardedAnswer> => {
    const { key, message, connection } = body as Forwarded;
    const { leases, self, log } = this.options;
    const handle = this.handle;
    try {
      // `take` also finds a lease Redis says is this process's though it was given up here (a failed write).
      if (handle === undefined || (await leases.take(key)) !== self || !(await this.ready(key))) {
        return { notOwner: true };
      }
      const remote = new RemoteConnection(connection.id, connection.address, connection.attachment);
      const answer = await this.apply(key, remote, message, handle);
      return { answer, attachment: remote.attachment ?? null, joined: remote.joined, left: remote.left };
    } catch (error) {
      // Redis unreachable, or the room would not replay: the sender asks again rather than wait.
      log(
        `could not apply a forwarded ${message.type}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { notOwner: true };
    }
  };

  /** A room this process just created: kept only until its creation is answered (see `apply`). */
  roomCreated = (roomId: string): void => {
    this.created.push(roomId);
  };

  /** A write under `key` failed: the room (or the host's numbers) is read again from Redis when needed. */
  writeFailed = (key: string, error: unknown): void => {
    this.options.log(`a write for ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    this.giveUp(key);
  };

  /** The lease was lost (or a write under it failed): forget the room; whoever needs it next replays it. */
  giveUp = (key: string): void => {
    this.options.leases.drop(key);
    this.options.journal.forget(key);
    this.loading.delete(key);
    if (key !== HOST_LEASE) this.options.registry.release(key);
  };

  private async apply(
    key: string,
    connection: Connection,
    message: ClientMessage,
    handle: HandleMessage,
  ): Promise<Answer> {
    const answer = handle(connection, message);
    const created = this.created.splice(0);
    try {
      await this.options.journal.settled(key);
      return answer;
    } catch {
      // writeFailed has given the room up; the client sends the intent again and it is replayed.
      return refuse('unavailable') as Answer;
    } finally {
      // A new room goes to the first process that needs it next (it takes the lease), so rooms spread
      // over the processes as the load balancer spreads the people, not all on the one that creates them.
      for (const roomId of created) this.giveUp(roomId);
    }
  }

  /** Whether this process holds the room in memory, replaying it from Redis first if needed. */
  private ready(key: string): Promise<boolean> {
    let loading = this.loading.get(key);
    if (loading === undefined) {
      loading = this.load(key);
      this.loading.set(key, loading);
      const settle = (ok: boolean) => {
        if (!ok && this.loading.get(key) === loading) this.loading.delete(key);
      };
      loading.then(settle, () => settle(false));
    }
    return loading;
  }

  private async load(key: string): Promise<boolean> {
    const { journal, registry, log } = this.options;
    if (key === HOST_LEASE) {
      await journal.refreshMeta();
      return true;
    }
    if (registry.room(key) !== undefined) return true;
    const record = await journal.load(key);
    if (record === null) {
      this.giveUp(key);
      return false;
    }
    registry.adopt(record);
    log(`took room ${record.code} over`);
    return true;
  }

  private async keyOf(message: ClientMessage): Promise<string | null> {
    const { journal, registry } = this.options;
    switch (message.type) {
      case 'create':
        return HOST_LEASE;
      case 'join':
      case 'watch':
        return journal.roomIdByCode(message.code);
      case 'resume':
        return message.token === registry.hostToken ? HOST_LEASE : this.roomOfToken(message.token);
      default:
        return this.roomOfToken(message.token);
    }
  }

  private remember(key: string, owner: string): void {
    if (this.owners.size >= CACHE_SIZE) this.owners.clear();
    this.owners.set(key, owner);
  }

  private async roomOfToken(token: string): Promise<string | null> {
    const cached = this.tokenRooms.get(token);
    if (cached !== undefined) return cached;
    const roomId = await this.options.journal.roomIdByToken(token);
    if (roomId === null) return null;
    if (this.tokenRooms.size >= CACHE_SIZE) this.tokenRooms.clear();
    this.tokenRooms.set(token, roomId);
    return roomId;
  }
}

/** A socket of another process, as its room's owner sees it: what it joins and leaves is sent back. */
class RemoteConnection implements Connection {
  readonly joined: string[] = [];
  readonly left: string[] = [];
  attachment: Attachment | undefined;

  constructor(
    readonly id: string,
    readonly address: string,
    attachment: Attachment | null,
  ) {
    this.attachment = attachment ?? undefined;
  }

  join(room: string): void {
    this.joined.push(room);
  }

  leave(room: string): void {
    this.left.push(room);
  }
}
