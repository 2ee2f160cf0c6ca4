import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type LatencySummary, summarise } from './latency';

/**
 * How long one journal commit takes on this machine's temporary disk, written as the room's journal
 * writes (SQLite, WAL, synchronous FULL: on disk when it returns). The server commits a turn's votes
 * together, on its one thread, before it answers them: this bounds how many commits (not votes) a second
 * one process makes; the more votes arrive meanwhile, the more each commit carries.
 */
export function probeJournalWrites(writes: number): LatencySummary {
  const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-bench-disk-'));
  const db = new Database(path.join(dir, 'probe.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE journal (n INTEGER PRIMARY KEY, entry TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO journal (n, entry) VALUES (?, ?)');
    // About the size of a journaled vote.
    const entry = JSON.stringify({ kind: 'intent', intent: { type: 'vote', token: 'x'.repeat(22), seq: 1 } });
    const times: number[] = [];
    for (let n = 0; n < writes; n++) {
      const startedAt = performance.now();
      insert.run(n, entry);
      times.push(performance.now() - startedAt);
    }
    return summarise(times);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
