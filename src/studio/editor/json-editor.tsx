import type { Ref } from 'preact';
import { useImperativeHandle, useMemo, useRef } from 'preact/hooks';
import { lineOf } from './caret';

/** What the studio can do with the editor: put the caret at an offset and bring that line into view. */
export interface EditorHandle {
  reveal(offset: number): void;
}

/**
 * The advanced JSON view: a plain textarea (the author's exact text, never re-serialised) with a
 * line-number gutter that scrolls with it. Lines do not wrap, so gutter and text stay aligned.
 */
export function JsonEditor(props: {
  text: string;
  label: string;
  onText(text: string): void;
  handle: Ref<EditorHandle>;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  let count = 1;
  for (let i = props.text.indexOf('\n'); i >= 0; i = props.text.indexOf('\n', i + 1)) count++;
  // Built again only when a line is added or removed, not at every keystroke within a line.
  const lines = useMemo(() => Array.from({ length: count }, (_, i) => i + 1).join('\n'), [count]);

  useImperativeHandle(props.handle, () => ({
    reveal(offset: number) {
      const el = area.current;
      if (el === null) return;
      el.focus({ preventScroll: true });
      el.setSelectionRange(offset, offset);
      const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
      const line = lineOf(el.value, offset);
      // The line a third of the way down, so the lines above it give context.
      el.scrollTop = Math.max(0, (line - 1) * lineHeight - el.clientHeight / 3);
      el.scrollLeft = 0;
      el.scrollIntoView({ block: 'nearest' });
    },
  }));

  return (
    <div class="json-editor">
      <pre class="gutter" aria-hidden="true" ref={gutter}>
        {lines}
      </pre>
      <textarea
        ref={area}
        id="studio-json"
        aria-label={props.label}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        wrap="off"
        value={props.text}
        onInput={(e) => props.onText(e.currentTarget.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
