import type { Draft } from './draft';

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

/** Drafts in IndexedDB: one record per draft, written whole (a draft is one text and its history). */
class IndexedDraftStore implements DraftStore {
  readonly lasting = true;
  constructor(private readonly db: IDBDatabase) {}

  private store(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }
  all(): Promise<Draft[]> {
    return done(this.store('readonly').getAll() as IDBRequest<Draft[]>);
  }
  get(key: string): Promise<Draft | undefined> {
    return done(this.store('readonly').get(key) as IDBRequest<Draft | undefined>);
  }
  async put(draft: Draft): Promise<void> {
    await done(this.store('readwrite').put(draft));
  }
  async remove(key: string): Promise<void> {
    await done(this.store('readwrite').delete(key));
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
    return new IndexedDraftStore(await openDb(factory));
  } catch {
    return new MemoryDraftStore();
  }
}
