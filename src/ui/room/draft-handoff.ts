/**
 * The studio hands a checked draft to the live room's control screen through the browser's storage
 * (same origin: the studio opened from the room server, `npm run room`): the control screen takes it
 * once, uploads it for the server's own check, and selects it for the new room. Storage, not the
 * address: a scenario is far longer than an address should be.
 */
export const ROOM_DRAFT_KEY = 'lab-doors.room.draft';

export interface HandedDraft {
  readonly name: string;
  readonly text: string;
}

/** Leaves the draft for the control screen; false when storage is blocked or full. */
export function handDraftToRoom(storage: Storage | null, draft: HandedDraft): boolean {
  try {
    storage?.setItem(ROOM_DRAFT_KEY, JSON.stringify(draft));
    return storage != null;
  } catch {
    return false;
  }
}

/** Takes the draft the studio left (once: it is removed), or null. */
export function takeHandedDraft(storage: { get(key: string): string | null; remove(key: string): void }) {
  const kept = storage.get(ROOM_DRAFT_KEY);
  if (kept === null) return null;
  storage.remove(ROOM_DRAFT_KEY);
  try {
    const draft = JSON.parse(kept) as Partial<HandedDraft>;
    return typeof draft.name === 'string' && typeof draft.text === 'string'
      ? { name: draft.name, text: draft.text }
      : null;
  } catch {
    return null;
  }
}
