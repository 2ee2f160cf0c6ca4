/**
 * Writes gathered into one transaction: what arrives while the event loop is busy (handling a turn's
 * messages, or blocked in the previous commit's fsync) is written together at the next turn's check
 * phase (setImmediate), so one fsync covers every intent of a turn instead of one fsync each. Nothing is
 * delayed by a timer: an idle server commits a lone write at the end of the turn that made it.
 *
 * `settled()` is the promise of the batch now gathering; it resolves once that batch's transaction has
 * committed and rejects when it failed. The failure is told to `onFailed` first (synchronously, before
 * anyone waiting hears of it), so the rooms are back at their durable state before any answer goes out.
 */
export interface GroupCommitOptions<Row> {
  /** Writes the rows in one transaction; throws when it did not commit (then none of them is written). */
  readonly write: (rows: readonly Row[]) => void;
  /** The keys (room ids) of the rows a failed batch held, and why it failed. */
  readonly onFailed: (keys: readonly string[], error: unknown) => void;
}

interface Batch<Row> {
  readonly rows: Row[];
  readonly keys: Set<string>;
  readonly done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

export class GroupCommit<Row> {
  private batch: Batch<Row> | null = null;
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly options: GroupCommitOptions<Row>) {}

  /** Adds a row to the batch now gathering, and makes sure a flush follows at the end of this turn. */
  add(key: string, row: Row): void {
    const batch = this.batch ?? this.open();
    batch.rows.push(row);
    batch.keys.add(key);
    this.scheduled ??= setImmediate(() => {
      this.scheduled = null;
      this.flush();
    });
  }

  /** Whether `key` has rows not yet committed. */
  pending(key: string): boolean {
    return this.batch?.keys.has(key) ?? false;
  }

  /** Resolves when every row added so far is committed; rejects when their transaction failed. */
  settled(): Promise<void> {
    return this.batch?.done ?? Promise.resolve();
  }

  /**
   * Commits the gathered rows now (before a write that must follow them, such as a room's deletion, or
   * on close). Never throws: a failure is told to `onFailed` and to whoever waits on `settled()`.
   */
  flush(): void {
    const batch = this.batch;
    if (batch === null) return;
    this.batch = null;
    if (this.scheduled !== null) {
      clearImmediate(this.scheduled);
      this.scheduled = null;
    }
    try {
      this.options.write(batch.rows);
    } catch (error) {
      this.options.onFailed([...batch.keys], error);
      batch.reject(error);
      return;
    }
    batch.resolve();
  }

  private open(): Batch<Row> {
    let resolve = () => {};
    let reject: (error: unknown) => void = () => {};
    const done = new Promise<void>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // A failure nobody waits for (a batch of writes no answer depends on) must not end the process.
    done.catch(() => undefined);
    const batch: Batch<Row> = { rows: [], keys: new Set(), done, resolve, reject };
    this.batch = batch;
    return batch;
  }
}
