/**
 * What the room's screens keep in the browser (tokens, language). Storage can be blocked (private mode):
 * then it is kept for this page only, and a reload starts over.
 */
export class BrowserStore {
  private readonly memory = new Map<string, string>();

  constructor(private readonly storage: Storage | null) {}

  get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? this.memory.get(key) ?? null;
    } catch {
      return this.memory.get(key) ?? null;
    }
  }

  set(key: string, value: string): void {
    this.memory.set(key, value);
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Kept in memory only.
    }
  }

  remove(key: string): void {
    this.memory.delete(key);
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing kept there.
    }
  }
}
