import type { JournalEntry, RoomJournal, RoomRecord } from '../journal';
import { HOST_TOKEN } from '../room-registry';
import { APPEND, CREATE_ROOM, DELETE_ROOM } from './journal-scripts';
import type { Redis, RedisKeys } from './redis-keys';

/** The lease key of the host (who creates rooms, with the host token's sequence numbers). */
export const HOST_LEASE = 'host';

export interface RedisJournalOptions {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  /** This process: the value of the leases it holds. */
  readonly owner: string;
  /** A room was created here; no process owns it until one takes its lease. */
  readonly onRoomCreated: (roomId: string) => void;
  /** A write failed (its lease lost, or Redis unreachable): the room, or the host, must be given up. */
  readonly onWriteFailed: (key: string, error: unknown) => void;
}

type Entry = { at: number; entry: JournalEntry };

/**
 * The rooms' journal in Redis, for several server processes: per room its record and an append-only
 * list of entries, plus the code and token keys that tell any process which room a message is for. Each
 * write is sent at once, in order, fenced by its lease (journal-scripts.ts); `settled(key)` resolves when
 * every write so far under that lease has been answered by Redis (with `appendfsync always`: on disk), and
 * rejects when one failed: the caller then gives the room up and takes it again from what Redis holds.
 * Only the rooms this process owns are in memory; `load` fetches one before the registry adopts it.
 */
export class RedisJournal implements RoomJournal {
  private readonly metaValues = new Map<string, string>();
  private readonly records = new Map<string, RoomRecord>();
  private readonly fetched = new Map<string, Entry[]>();
  private readonly writes = new Map<string, Promise<void>>();

  private constructor(private readonly options: RedisJournalOptions) {}

  /** Connects the journal to Redis: the host token is drawn once for all processes (the first one wins). */
  static async open(options: RedisJournalOptions, newToken: () => string): Promise<RedisJournal> {
    const journal = new RedisJournal(options);
    await options.redis.hSetNX(options.keys.meta, HOST_TOKEN, newToken());
    await journal.refreshMeta();
    return journal;
  }

  /** Reads the meta values again: the host lease changed hands, and another process may have created rooms. */
  async refreshMeta(): Promise<void> {
    const values = await this.options.redis.hGetAll(this.options.keys.meta);
    this.metaValues.clear();
    for (const [key, value] of Object.entries(values)) this.metaValues.set(key, value);
  }

  /** Fetches a room's record and journal, for the registry to adopt; null when the room is gone. */
  async load(roomId: string): Promise<RoomRecord | null> {
    const { redis, keys } = this.options;
    const [record, entries] = await Promise.all([
      redis.get(keys.room(roomId)),
      redis.lRange(keys.journal(roomId), 0, -1),
    ]);
    if (record === null) return null;
    const parsed = JSON.parse(record) as RoomRecord;
    this.records.set(roomId, parsed);
    this.fetched.set(
      roomId,
      entries.map((text) => JSON.parse(text) as Entry),
    );
    return parsed;
  }

  roomIdByCode(code: string): Promise<string | null> {
    return this.options.redis.get(this.options.keys.code(code));
  }

  roomIdByToken(token: string): Promise<string | null> {
    return this.options.redis.get(this.options.keys.token(token));
  }

  meta(key: string): string | null {
    return this.metaValues.get(key) ?? null;
  }

  setMeta(key: string, value: string): void {
    // The registry stores the host token it read; anything else is written with a room (createRoom).
    if (this.metaValues.get(key) === value) return;
    this.metaValues.set(key, value);
    this.track(HOST_LEASE, this.options.redis.hSet(this.options.keys.meta, key, value));
  }

  createRoom(record: RoomRecord, meta: Readonly<Record<string, string>>): void {
    const { redis, keys, owner } = this.options;
    const write = redis.eval(CREATE_ROOM, {
      keys: [
        keys.lease(HOST_LEASE),
        keys.room(record.id),
        keys.code(record.code),
        keys.token(record.controlToken),
        keys.tokens(record.id),
        keys.meta,
      ],
      arguments: [
        owner,
        JSON.stringify(record),
        String(record.expiresAt),
        record.id,
        ...Object.entries(meta).flat(),
      ],
    });
    for (const [key, value] of Object.entries(meta)) this.metaValues.set(key, value);
    this.records.set(record.id, record);
    this.options.onRoomCreated(record.id);
    this.track(HOST_LEASE, write);
    this.track(record.id, write);
  }

  append(roomId: string, at: number, entry: JournalEntry): void {
    const { redis, keys, owner } = this.options;
    const record = this.records.get(roomId);
    if (record === undefined) throw new Error(`room ${roomId} is not held by this process`);
    const tokenKeys = entry.kind === 'join' ? [keys.token(entry.token), keys.tokens(roomId)] : [];
    const write = redis.eval(APPEND, {
      keys: [keys.lease(roomId), keys.journal(roomId), ...tokenKeys],
      arguments: [owner, JSON.stringify({ at, entry }), String(record.expiresAt), roomId],
    });
    this.track(roomId, write);
  }

  rooms(): RoomRecord[] {
    return [];
  }

  /** The entries `load` fetched, once: the registry replays them as it adopts the room. */
  entries(roomId: string): Iterable<Entry> {
    const entries = this.fetched.get(roomId) ?? [];
    this.fetched.delete(roomId);
    return entries;
  }

  deleteRoom(roomId: string): void {
    const { redis, keys, owner } = this.options;
    const record = this.records.get(roomId);
    if (record === undefined) return;
    const write = redis.eval(DELETE_ROOM, {
      keys: [
        keys.lease(roomId),
        keys.journal(roomId),
        keys.room(roomId),
        keys.code(record.code),
        keys.tokens(roomId),
      ],
      arguments: [owner],
    });
    this.records.delete(roomId);
    this.track(roomId, write);
  }

  /** The held rooms whose time is up (Redis drops the keys of the others by itself when they expire). */
  expired(now: number): string[] {
    return [...this.records.values()].filter((r) => r.expiresAt <= now).map((r) => r.id);
  }

  /** Resolves when every write so far under `key` (a room id, or the host lease) is durable. */
  settled(key: string): Promise<void> {
    return this.writes.get(key) ?? Promise.resolve();
  }

  /** Drops what this process kept of a room it gave up (its pending writes' outcome included). */
  forget(key: string): void {
    this.writes.delete(key);
    this.records.delete(key);
    this.fetched.delete(key);
  }

  close(): void {}

  private track(key: string, write: Promise<unknown>): void {
    const previous = this.writes.get(key) ?? Promise.resolve();
    const tail = Promise.all([previous, write]).then(() => undefined);
    this.writes.set(key, tail);
    write.catch((error: unknown) => this.options.onWriteFailed(key, error));
    // Whoever waits sees the failure; an unobserved one must not end the process.
    tail.catch(() => undefined);
  }
}
