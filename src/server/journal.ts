import Database from 'better-sqlite3';
import type { JoinIntent, SignedIntent } from '../room';
import { GroupCommit } from './group-commit';

/** One accepted intent of a room, as written before it is acknowledged and replayed on start. */
export type JournalEntry =
  | { readonly kind: 'join'; readonly intent: JoinIntent; readonly token: string }
  | { readonly kind: 'intent'; readonly intent: SignedIntent };

/** What a room was created with: everything `createRoom` was given, so replay builds the same room. */
export interface RoomRecord {
  readonly id: string;
  readonly code: string;
  readonly controlToken: string;
  readonly seed: number;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** The parsed scenario the room plays, kept whole: the room replays on it even if the file changes. */
  readonly scenario: unknown;
  /** Shipped with the game, or uploaded by the facilitator (absent in records from before uploads). */
  readonly scenarioFrom?: 'shipped' | 'uploaded';
  readonly settings: unknown;
}

/**
 * Where the registry keeps rooms: what each was created from and every intent that changed it, in order.
 * Two implementations: the SQLite file of one server (`Journal`, the default) and Redis, shared by
 * several processes (`RedisJournal`). Calls are synchronous and in order; an append is durable only
 * when `settled` says so (the SQLite journal commits a turn's appends together, the Redis one sends each
 * write at once), and the server waits for that before it acknowledges or updates a screen.
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
  /** Resolves when every write so far under `key` (a room id) is durable; rejects when one failed. */
  settled(key: string): Promise<void>;
  close(): void | Promise<void>;
}

export interface JournalOptions {
  /**
   * A group of appends did not commit (the disk failed): none of them is written, and these rooms are
   * in memory ahead of their journal. Told before anyone waiting on `settled` hears of it.
   */
  readonly onFlushFailed?: (roomIds: readonly string[], error: unknown) => void;
}

interface Row {
  readonly roomId: string;
  readonly n: number;
  readonly at: number;
  readonly entry: string;
}

/**
 * The embedded store: one SQLite file (better-sqlite3), WAL with synchronous FULL, so a committed write
 * is on disk and a killed process loses nothing it acknowledged. Appends are committed in groups
 * (group-commit.ts): every append of an event-loop turn in one transaction, one fsync for them all, and
 * `settled` resolves when that transaction has committed. Room creation and deletion commit at once
 * (a deletion after the pending appends, so none of them lands after it). Each room is a row with what it
 * was created from, plus its journal: every intent that changed it, in order. Rooms are rebuilt on start
 * by replaying their journals. Deleted data is overwritten (secure_delete), not merely unlinked.
 */
export class Journal implements RoomJournal {
  private readonly db: Database.Database;
  private readonly insertEntry: Database.Statement<[string, number, number, string]>;
  private readonly nextNumber = new Map<string, number>();
  private readonly commits: GroupCommit<Row>;

  constructor(file: string, options: JournalOptions = {}) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS rooms (
        id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL, record TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS journal (
        room_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (room_id, n)) WITHOUT ROWID;`);
    this.insertEntry = this.db.prepare('INSERT INTO journal (room_id, n, at, entry) VALUES (?, ?, ?, ?)');
    const insertAll = this.db.transaction((rows: readonly Row[]) => {
      for (const row of rows) this.insertEntry.run(row.roomId, row.n, row.at, row.entry);
    });
    this.commits = new GroupCommit<Row>({
      write: (rows) => insertAll(rows),
      onFailed: (roomIds, error) => {
        // Their numbers were handed out for rows that were not written: count again from the file.
        for (const roomId of roomIds) this.nextNumber.delete(roomId);
        options.onFlushFailed?.(roomIds, error);
      },
    });
  }

  meta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?')
      .run(key, value, value);
  }

  /** A new room and, in the same transaction, the host's sequence number that created it. */
  createRoom(record: RoomRecord, meta: Readonly<Record<string, string>>): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO rooms (id, code, created_at, expires_at, record) VALUES (?, ?, ?, ?, ?)')
        .run(record.id, record.code, record.createdAt, record.expiresAt, JSON.stringify(record));
      for (const [key, value] of Object.entries(meta)) this.setMeta(key, value);
    })();
    this.nextNumber.set(record.id, 0);
  }

  /** Appends an entry to a room's journal at the next group commit: it is on disk once `settled` resolves. */
  append(roomId: string, at: number, entry: JournalEntry): void {
    const n = this.nextNumber.get(roomId) ?? this.countEntries(roomId);
    this.commits.add(roomId, { roomId, n, at, entry: JSON.stringify(entry) });
    this.nextNumber.set(roomId, n + 1);
  }

  /**
   * Resolves when the appends so far are committed: those of room `key`, or all of them (what an answer
   * waits for, as it may show any room). One transaction holds every pending append, so all settle
   * together; a room with nothing pending settles at once.
   */
  settled(key?: string): Promise<void> {
    if (key !== undefined && !this.commits.pending(key)) return Promise.resolve();
    return this.commits.settled();
  }

  /** Commits the pending appends now rather than at the end of the turn (tests, and before reopening). */
  flush(): void {
    this.commits.flush();
  }

  rooms(): RoomRecord[] {
    const rows = this.db.prepare('SELECT record FROM rooms ORDER BY created_at, id').all() as {
      record: string;
    }[];
    return rows.map((row) => JSON.parse(row.record) as RoomRecord);
  }

  /** A room's journal in order, with the time each entry arrived. */
  *entries(roomId: string): Generator<{ at: number; entry: JournalEntry }> {
    const rows = this.db
      .prepare('SELECT at, entry FROM journal WHERE room_id = ? ORDER BY n')
      .iterate(roomId);
    for (const row of rows as Iterable<{ at: number; entry: string }>) {
      yield { at: row.at, entry: JSON.parse(row.entry) as JournalEntry };
    }
  }

  deleteRoom(roomId: string): void {
    this.commits.flush();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM journal WHERE room_id = ?').run(roomId);
      this.db.prepare('DELETE FROM rooms WHERE id = ?').run(roomId);
    })();
    this.nextNumber.delete(roomId);
  }

  /** Ids of rooms whose time is up at `now`. */
  expired(now: number): string[] {
    const rows = this.db.prepare('SELECT id FROM rooms WHERE expires_at <= ?').all(now) as { id: string }[];
    return rows.map((row) => row.id);
  }

  close(): void {
    this.commits.flush();
    this.db.close();
  }

  private countEntries(roomId: string): number {
    const row = this.db.prepare('SELECT count(*) AS n FROM journal WHERE room_id = ?').get(roomId) as {
      n: number;
    };
    return row.n;
  }
}
