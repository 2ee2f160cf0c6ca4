/**
 * A draft's text history for undo and redo: whole texts in memory, not diffs, since texts share their
 * storage and a whole text can never be replayed wrongly (IndexedDB keeps them as changes, see
 * stored-history.ts). Edits are recorded when
 * typing pauses (see the studio's debounce), so one undo takes back a burst of typing, not a character.
 */
export interface TextHistory {
  readonly past: readonly string[];
  readonly present: string;
  readonly future: readonly string[];
}

/** How many earlier texts are kept: enough for a session's work, bounded so a draft stays small. */
export const HISTORY_LIMIT = 100;

export function startHistory(text: string): TextHistory {
  return { past: [], present: text, future: [] };
}

/** The history with `text` as the new present; a new edit drops what could have been redone. */
export function record(history: TextHistory, text: string, limit = HISTORY_LIMIT): TextHistory {
  if (text === history.present) return history;
  return { past: [...history.past, history.present].slice(-limit), present: text, future: [] };
}

export function undo(history: TextHistory): TextHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo(history: TextHistory): TextHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: TextHistory) => history.past.length > 0;
export const canRedo = (history: TextHistory) => history.future.length > 0;
