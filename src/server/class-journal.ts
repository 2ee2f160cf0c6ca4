import Database from 'better-sqlite3';
import type { ActIntent, JoinIntent } from '../room';

/** One accepted change of a class room, written before it is acknowledged and replayed on start. */
export type ClassJournalEntry =
  | { readonly kind: 'join'; readonly intent: JoinIntent; readonly token: string }
  | { readonly kind: 'act'; readonly intent: ActIntent };

/** What a class room was created with: everything `createClassRoom` was given. */
export interface ClassRoomRecord {
  readonly id: string;
  readonly code: string;
  readonly controlToken: string;
  readonly seed: number;
  readonly classCode: string | null;
  readonly askNickname: boolean;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** The parsed scenario, kept whole: the room replays on it even if the shipped file changes. */
  readonly scenario: unknown;
}

/**
 * Class rooms in the room server's SQLite file, in tables of their own (so the workshop journal, which
 * rebuilds every row of its own tables as a workshop room, never sees them), on a connection of their
 * own with the same guarantees: WAL, synchronous FULL (an entry that has been written is on disk before
 * the student is answered) and deleted data overwritten.
 */
export class ClassJournal {
  private readonly db: Database.Database;
  private readonly insertEntry: Database.Statement<[string, number, number, string]>;
  private readonly nextNumber = new Map<string, number>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    // Two connections to one file: wait for the other's write rather than fail (writes are short).
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS class_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS class_rooms (
        id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL, record TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS class_journal (
        room_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (room_id, n)) WITHOUT ROWID;`);
    this.insertEntry = this.db.prepare(
      'INSERT INTO class_journal (room_id, n, at, entry) VALUES (?, ?, ?, ?)',
    );
  }

  meta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM class_meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  /** A new class room and, in the same transaction, the host's sequence number that created it. */
  createRoom(record: ClassRoomRecord, meta: Readonly<Record<string, string>>): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO class_rooms (id, code, created_at, expires_at, record) VALUES (?, ?, ?, ?, ?)')
        .run(record.id, record.code, record.createdAt, record.expiresAt, JSON.stringify(record));
      const setMeta = this.db.prepare(
        'INSERT INTO class_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(meta)) setMeta.run(key, value);
    })();
    this.nextNumber.set(record.id, 0);
  }

  /** Appends an entry to a room's journal; when this returns, it is on disk. */
  append(roomId: string, at: number, entry: ClassJournalEntry): void {
    const n = this.nextNumber.get(roomId) ?? this.countEntries(roomId);
    this.insertEntry.run(roomId, n, at, JSON.stringify(entry));
    this.nextNumber.set(roomId, n + 1);
  }

  rooms(): ClassRoomRecord[] {
    const rows = this.db.prepare('SELECT record FROM class_rooms ORDER BY created_at, id').all() as {
      record: string;
    }[];
    return rows.map((row) => JSON.parse(row.record) as ClassRoomRecord);
  }

  *entries(roomId: string): Generator<{ at: number; entry: ClassJournalEntry }> {
    const rows = this.db
      .prepare('SELECT at, entry FROM class_journal WHERE room_id = ? ORDER BY n')
      .iterate(roomId);
    for (const row of rows as Iterable<{ at: number; entry: string }>) {
      yield { at: row.at, entry: JSON.parse(row.entry) as ClassJournalEntry };
    }
  }

  deleteRoom(roomId: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM class_journal WHERE room_id = ?').run(roomId);
      this.db.prepare('DELETE FROM class_rooms WHERE id = ?').run(roomId);
    })();
    this.nextNumber.delete(roomId);
  }

  expired(now: number): string[] {
    const rows = this.db.prepare('SELECT id FROM class_rooms WHERE expires_at <= ?').all(now) as {
      id: string;
    }[];
    return rows.map((row) => row.id);
  }

  close(): void {
    this.db.close();
  }

  private countEntries(roomId: string): number {
    const row = this.db.prepare('SELECT count(*) AS n FROM class_journal WHERE room_id = ?').get(roomId) as {
      n: number;
    };
    return row.n;
  }
}
