import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from './draft';
import type { DraftStore } from './draft-db';
import { canRedo, canUndo, record, redo, type TextHistory, undo } from './history';

/** Typing pauses this long before the text is recorded in the history and saved. */
export const SAVE_DELAY_MS = 400;

export type SaveStatus = 'saved' | 'saving' | 'failed';

/**
 * One open draft: the text being edited (what the textarea shows), its history, and saving to the
 * draft store when typing pauses, before the page is hidden, and at once after undo or redo.
 */
export function useDraft(store: DraftStore, initial: Draft) {
  const [text, setText] = useState(initial.history.present);
  const [history, setHistory] = useState<TextHistory>(initial.history);
  const [status, setStatus] = useState<SaveStatus>('saved');
  // The latest values for the timer and the page-hide handler, which outlive a render.
  const latest = useRef({ text, history, draft: initial });
  latest.current = { ...latest.current, text, history };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(
    async (next: TextHistory) => {
      const draft: Draft = { ...latest.current.draft, history: next, updatedAt: Date.now() };
      latest.current.draft = draft;
      setStatus('saving');
      try {
        await store.put(draft);
        setStatus('saved');
      } catch {
        setStatus('failed');
      }
    },
    [store],
  );

  /** Records the typed text (if it changed) and saves; returns the history it recorded. */
  const flush = useCallback((): TextHistory => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { text: now, history: before } = latest.current;
    const next = record(before, now);
    if (next !== before) {
      latest.current.history = next;
      setHistory(next);
      void save(next);
    }
    return next;
  }, [save]);

  const edit = useCallback(
    (next: string) => {
      setText(next);
      latest.current.text = next;
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const move = useCallback(
    (step: (h: TextHistory) => TextHistory) => {
      const moved = step(flush());
      latest.current = { ...latest.current, history: moved, text: moved.present };
      setHistory(moved);
      setText(moved.present);
      void save(moved);
    },
    [flush, save],
  );

  useEffect(() => {
    const hidden = () => {
      if (timer.current !== undefined) flush();
    };
    window.addEventListener('pagehide', hidden);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      hidden();
      window.removeEventListener('pagehide', hidden);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush]);

  return {
    text,
    status,
    edit,
    undo: () => move(undo),
    redo: () => move(redo),
    canUndo: canUndo(history) || text !== history.present,
    canRedo: canRedo(history) && text === history.present,
  };
}
