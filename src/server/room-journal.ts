import type { JournalEntry, RoomRecord } from './journal';

/**
 * Where the registry keeps rooms: what each was created from and every intent that changed it, in order.
 * Two implementations: the SQLite file of one server (`Journal`, the default) and Redis, shared by
 * several processes (`RedisJournal`). Calls are synchronous and in order; the SQLite journal has written
 * when a call returns, the Redis one has sent the write and tells when it is durable (`settled`), and the
 * server waits for that before it acknowledges.
 */
export interface RoomJournal {
  meta(key: string): string | null;
  setMeta(key: string, value: string): void;
  /** A new room and, with it, the host's meta values that created it (its sequence number). */
  createRoom(record: RoomRecord, meta: Readonly<Record<string, string>>): void;
  append(roomId: string, at: number, entry: JournalEntry): void;
  /** The rooms to bring back on start (the Redis journal brings each back when it is needed instead). */
  rooms(): RoomRecord[];
  entries(roomId: string): Iterable<{ at: number; entry: JournalEntry }>;
  deleteRoom(roomId: string): void;
  /** Ids of rooms whose time is up at `now`. */
  expired(now: number): string[];
  close(): void | Promise<void>;
}
