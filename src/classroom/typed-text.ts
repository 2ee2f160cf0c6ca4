/**
 * Zero-width characters (they hide in copied text) and the bidirectional controls (embeddings, overrides,
 * isolates and marks: they reorder what is shown around them, and are never part of a code).
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]/g;

/**
 * Text as a person meant to type it: NFKC folds the full-width letters and digits a Korean input method
 * gives (ＶＬ－７Ｆ３Ｑ) into plain ones, invisible and direction-control characters go, and so do the
 * spaces around it. For codes and for names alike.
 */
export function normalizeTyped(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').trim();
}
