import type { BrowserStore } from './browser-store';

/** The answer every room link's `resume` gives, as far as coming back needs it. */
type Resumed = { readonly ok: true } | { readonly ok: false; readonly refusal: string };

/** Where the browser keeps the host token of the printed control link (shared by every room kind). */
export const HOST_KEY = 'lab-doors.room.host';

/**
 * How a facilitator's screen comes back after a reload or a dropped network: as the facilitator of the
 * room it made (its control token, kept under `controlKey`), else, that room gone, with the host token,
 * ready to make a new one. Used by the workshop's and the class room's control screens alike.
 */
export function resumeControl(
  store: BrowserStore,
  controlKey: string,
  onRefused: (refusal: string) => void,
): (link: { resume(token: string): Promise<Resumed> }) => Promise<void> {
  return async (link) => {
    const control = store.get(controlKey);
    if (control !== null) {
      const answer = await link.resume(control);
      if (answer.ok) return;
      store.remove(controlKey);
    }
    const host = store.get(HOST_KEY);
    if (host !== null) {
      const answer = await link.resume(host);
      if (!answer.ok) onRefused(answer.refusal);
    }
  };
}
