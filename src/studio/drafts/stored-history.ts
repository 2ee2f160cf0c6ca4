import type { TextHistory } from './history';

/**
 * A draft's history as IndexedDB keeps it: the present text whole, every other text as the one change
 * that turns its neighbour (toward the present) into it. The studio edits by minimal changes, so a
 * flagship's hundred undo steps take kilobytes, where whole texts took up to a hundred copies of 640 kB,
 * cloned and written at every save. Whole texts (drafts saved before this encoding) still read back.
 */
export interface StoredHistory {
  readonly present: string;
  /** Oldest first; each one changes the text after it (the next in `past`, or `present`). */
  readonly past: readonly StoredText[];
  /** Next first; each one changes the text before it (`present`, or the previous in `future`). */
  readonly future: readonly StoredText[];
}

export type StoredText = string | TextChange;

/** The text `from` becomes: its characters [at, at + cut) replaced by `put`. */
export interface TextChange {
  readonly at: number;
  readonly cut: number;
  readonly put: string;
}

/** How two texts next to each other in a history differ: their common start and end, in characters. */
interface Overlap {
  readonly older: string;
  readonly prefix: number;
  readonly suffix: number;
}

/**
 * Encodes histories, remembering how each pair of neighbouring texts differs: a history keeps its
 * texts in order between saves (a new edit adds one at the end, undo and redo only move the present),
 * so each save compares one new pair, not every pair of texts again.
 */
export class HistoryEncoder {
  /** Keyed by the newer text of each pair. */
  private overlaps = new Map<string, Overlap>();

  encode(history: TextHistory): StoredHistory {
    const texts = [...history.past, history.present, ...history.future];
    const here = history.past.length;
    const used = new Map<string, Overlap>();
    const overlapOf = (older: string, newer: string): Overlap => {
      const known = used.get(newer) ?? this.overlaps.get(newer);
      const overlap = known?.older === older ? known : measure(older, newer);
      used.set(newer, overlap);
      return overlap;
    };
    const past = history.past.map((text, i) => {
      const newer = texts[i + 1] ?? history.present;
      return changeTo(newer, text, overlapOf(text, newer));
    });
    const future = history.future.map((text, i) => {
      const older = texts[here + i] ?? history.present;
      return changeTo(older, text, overlapOf(older, text));
    });
    this.overlaps = used;
    return { present: history.present, past, future };
  }
}

/** The history a stored one holds, whichever way its texts were stored. */
export function decodeHistory(stored: StoredHistory): TextHistory {
  const past: string[] = [];
  let newer = stored.present;
  for (let i = stored.past.length - 1; i >= 0; i--) {
    newer = applied(newer, stored.past[i] as StoredText);
    past.unshift(newer);
  }
  const future: string[] = [];
  let older = stored.present;
  for (const text of stored.future) {
    older = applied(older, text);
    future.push(older);
  }
  return { past, present: stored.present, future };
}

function applied(from: string, text: StoredText): string {
  if (typeof text === 'string') return text;
  return from.slice(0, text.at) + text.put + from.slice(text.at + text.cut);
}

/** The change that turns `from` into `to`, given how the two overlap. */
function changeTo(from: string, to: string, overlap: Overlap): TextChange {
  const { prefix, suffix } = overlap;
  return { at: prefix, cut: from.length - prefix - suffix, put: to.slice(prefix, to.length - suffix) };
}

function measure(older: string, newer: string): Overlap {
  const shorter = Math.min(older.length, newer.length);
  let prefix = 0;
  while (prefix < shorter && older.charCodeAt(prefix) === newer.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = shorter - prefix;
  while (
    suffix < room &&
    older.charCodeAt(older.length - 1 - suffix) === newer.charCodeAt(newer.length - 1 - suffix)
  )
    suffix++;
  return { older, prefix, suffix };
}
