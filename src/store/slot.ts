import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

/** The part of the Web Storage API a slot uses; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A migration turns data saved at `from` into data of version `from + 1`; it may throw on bad data. */
export type Migration = (data: unknown) => unknown;

export interface SlotOptions<T> {
  readonly key: string;
  readonly version: number;
  /** migrations[v] upgrades version v to v + 1. */
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** Checks the data after migration; zod or zod/mini (the game's first chunk uses mini). */
  readonly schema: $ZodType<T>;
  readonly storage: KeyValueStorage;
  /** For the name of a kept-aside copy; the store may read the clock, the engine may not. */
  readonly now: () => number;
}

/** Data a slot could not read: kept aside under another key, or, when storage had no room for a copy, not. */
export type SlotProblem =
  | { readonly kind: 'kept-aside'; readonly reason: string; readonly keptAs: string }
  /**
   * There was no room to keep a copy, so the data is still under the slot's own key and the next write
   * replaces it: `raw` is the data, for the player to download before that.
   */
  | { readonly kind: 'not-kept'; readonly reason: string; readonly raw: string };

export type SlotRead<T> =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly data: T; readonly migratedFrom: number | null }
  | SlotProblem;

export const isSlotProblem = <T>(read: SlotRead<T>): read is SlotProblem =>
  read.kind === 'kept-aside' || read.kind === 'not-kept';

/**
 * One versioned record in browser storage. What cannot be read — not JSON, an unknown version, a failed
 * migration, data of the wrong shape — is moved to a `<key>.corrupt.<time>` copy and reported, never
 * overwritten or thrown: the player starts clean and the bad save is still there to inspect. When storage
 * has no room for that copy, the report says so and carries the data, so the player can download it.
 * (zustand's persist middleware would write over a save it failed to read, so we keep this explicit.)
 */
export class Slot<T> {
  constructor(private readonly options: SlotOptions<T>) {}

  read(): SlotRead<T> {
    const { storage, key } = this.options;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return { kind: 'empty' };
    }
    if (raw === null) return { kind: 'empty' };
    const problem = this.decode(raw);
    if (problem.kind === 'ok') return problem;
    return this.keepAside(raw, problem.reason);
  }

  write(data: T): boolean {
    try {
      this.options.storage.setItem(
        this.options.key,
        JSON.stringify({ saveVersion: this.options.version, data }),
      );
      return true;
    } catch {
      // Storage full or blocked (private mode): the game goes on unsaved rather than crashing.
      return false;
    }
  }

  clear(): void {
    try {
      this.options.storage.removeItem(this.options.key);
    } catch {
      // Nothing to do: a storage that cannot remove cannot have held the save either.
    }
  }

  private decode(
    raw: string,
  ): { kind: 'ok'; data: T; migratedFrom: number | null } | { kind: 'bad'; reason: string } {
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return { kind: 'bad', reason: 'the save is not valid JSON' };
    }
    if (
      typeof envelope !== 'object' ||
      envelope === null ||
      !('saveVersion' in envelope) ||
      !('data' in envelope)
    ) {
      return { kind: 'bad', reason: 'the save has no saveVersion and data' };
    }
    const version = envelope.saveVersion;
    const current = this.options.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > current) {
      return {
        kind: 'bad',
        reason: `the save has version ${JSON.stringify(version)}; this game reads 1 to ${current}`,
      };
    }
    let data: unknown = envelope.data;
    for (let v = version; v < current; v++) {
      const migrate = this.options.migrations?.[v];
      if (migrate === undefined) return { kind: 'bad', reason: `no migration from save version ${v}` };
      try {
        data = migrate(data);
      } catch (error) {
        return {
          kind: 'bad',
          reason: `migrating from save version ${v} failed: ${(error as Error).message}`,
        };
      }
    }
    const parsed = safeParse(this.options.schema, data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        kind: 'bad',
        reason: `the save does not have the expected shape (${first?.path.join('.') || 'root'}: ${first?.message})`,
      };
    }
    return { kind: 'ok', data: parsed.data, migratedFrom: version === current ? null : version };
  }

  /** Moves unreadable data out of the way (without losing it) and reports where it went, or that it could not. */
  keepAside(raw: string, reason: string): SlotProblem {
    const keptAs = `${this.options.key}.corrupt.${this.options.now()}`;
    try {
      this.options.storage.setItem(keptAs, raw);
    } catch {
      // Storage full (or blocked): the copy was not made. Saying "kept aside" would be untrue, and the
      // next write would replace the data without a trace; the caller offers it as a download instead.
      return { kind: 'not-kept', reason, raw };
    }
    try {
      this.options.storage.removeItem(this.options.key);
    } catch {
      // The copy exists; the original staying in place until the next write loses nothing.
    }
    return { kind: 'kept-aside', reason, keptAs };
  }
}

/** Storage that forgets: for tests, and where the browser offers none. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
