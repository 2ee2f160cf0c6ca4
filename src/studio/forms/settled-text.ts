import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Quiet typing this long before the forms are drawn again with what was typed. */
export const SETTLE_MS = 300;

/**
 * The text a view of the draft is drawn from. A hidden view keeps the text it last showed, so it is not
 * drawn again at every change it cannot show (a flagship's forms or its 640 kB JSON view take a large
 * part of a frame); shown again, it gets the current text. While the author types in one of the view's
 * own fields (`typed` is the text that typing made), the field already shows what was typed, so the
 * view is drawn again only when typing pauses or `settle` is called (the field is left). Any other change
 * (undo, a button, the other view) is drawn at once.
 */
export function useSettledText(
  text: string,
  shown: boolean,
  typed: string | null,
): { text: string; settle(): void } {
  const settled = useRef(text);
  const [, redraw] = useState(0);
  const typing = shown && text === typed && text !== settled.current;
  if (shown && !typing) settled.current = text;
  const latest = useRef(text);
  latest.current = text;
  const settle = useCallback(() => {
    if (settled.current === latest.current) return;
    settled.current = latest.current;
    redraw((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(settle, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [typing, text, settle]);
  return { text: settled.current, settle };
}
