import type { Draft } from './draft';
import { decodeHistory, HistoryEncoder, type StoredHistory } from './stored-history';

/** Where drafts are kept; the studio uses IndexedDB, or memory where the browser allows no storage. */
export interface DraftStore {
  /** False when drafts live only in memory (lost on reload): the studio says so. */
  readonly lasting: boolean;
  all(): Promise<Draft[]>;
  get(key: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
}

const DB_NAME = 'lab-doors-studio';
const STORE = 'drafts';

/** A request's result as a promise (IndexedDB predates promises). */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
  return done(request);
}

/** A draft as its IndexedDB record: the history with its other texts as changes (see stored-history.ts). */
type StoredDraft = Omit<Draft, 'history'> & { readonly history: StoredHistory };

const fromRecord = (stored: StoredDraft): Draft => ({ ...stored, history: decodeHistory(stored.history) });

/**
 * Drafts in IndexedDB: one record per draft, written whole (a draft is one text and its history). The
 * connection is opened again when the browser closed it (site data cleared while the studio is open, or
 * another tab upgrading the database), so the next save writes the open draft back instead of failing.
 */
class IndexedDraftStore implements DraftStore {
  readonly lasting = true;
  private db: Promise<IDBDatabase> | null;
  private readonly encoder = new HistoryEncoder();

  constructor(
    private readonly factory: IDBFactory,
    first: IDBDatabase,
  ) {
    this.db = Promise.resolve(this.watch(first));
  }

  private watch(db: IDBDatabase): IDBDatabase {
    const forget = () => {
      this.db = null;
    };
    db.onclose = forget;
    db.onversionchange = () => {
      db.close();
      forget();
    };
    return db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    this.db ??= openDb(this.factory).then((db) => this.watch(db));
    const db = await this.db;
    try {
      return db.transaction(STORE, mode).objectStore(STORE);
    } catch {
      // Closed under us before the close event arrived: once more on a new connection.
      this.db = openDb(this.factory).then((fresh) => this.watch(fresh));
      return (await this.db).transaction(STORE, mode).objectStore(STORE);
    }
  }
  async all(): Promise<Draft[]> {
    const stored = await done((await this.store('readonly')).getAll() as IDBRequest<StoredDraft[]>);
    return stored.map(fromRecord);
  }
  async get(key: string): Promise<Draft | undefined> {
    const stored = await done((await this.store('readonly')).get(key) as IDBRequest<StoredDraft | undefined>);
    return stored === undefined ? undefined : fromRecord(stored);
  }
  async put(draft: Draft): Promise<void> {
    const stored: StoredDraft = { ...draft, history: this.encoder.encode(draft.history) };
    await done((await this.store('readwrite')).put(stored));
  }
  async remove(key: string): Promise<void> {
    await done((await this.store('readwrite')).delete(key));
  }
}

/** Drafts for this page's life only: where IndexedDB is blocked (some private modes, file:// pages). */
export class MemoryDraftStore implements DraftStore {
  readonly lasting = false;
  private readonly drafts = new Map<string, Draft>();
  async all(): Promise<Draft[]> {
    return [...this.drafts.values()];
  }
  async get(key: string): Promise<Draft | undefined> {
    return this.drafts.get(key);
  }
  async put(draft: Draft): Promise<void> {
    this.drafts.set(draft.key, draft);
  }
  async remove(key: string): Promise<void> {
    this.drafts.delete(key);
  }
}

/** The browser's draft store, or a memory one when IndexedDB cannot be opened. */
export async function openDraftStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<DraftStore> {
  if (factory === undefined) return new MemoryDraftStore();
  try {
    return new IndexedDraftStore(factory, await openDb(factory));
  } catch {
    return new MemoryDraftStore();
  }
}
