import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useUi } from '../context';

/**
 * Where result codes are pasted. It keeps its own text, so a key press re-renders this box only, not the
 * class view beside it. Its children are further actions shown beside "Add codes".
 */
export function PasteCodes(props: { onAdd(text: string): void; children?: ComponentChildren }) {
  const { m } = useUi();
  const [pasted, setPasted] = useState('');
  return (
    <div class="class-load-codes">
      <label for="class-codes">{m.classDebriefPasteLabel}</label>
      <textarea
        id="class-codes"
        rows={3}
        spellcheck={false}
        value={pasted}
        onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="class-load-actions">
        <button
          type="button"
          class="add-codes"
          disabled={pasted.trim() === ''}
          onClick={() => {
            props.onAdd(pasted);
            setPasted('');
          }}
        >
          {m.classDebriefAddCodes}
        </button>
        {props.children}
      </div>
    </div>
  );
}
