import { useRef } from 'preact/hooks';
import type { JsonValue } from './biome-json';
import type { Path } from './draft-doc';
import { insertAt, removeAt, setAt } from './json-edit';

/** How a form changes the draft: every write is one minimal edit of the text (see json-edit.ts). */
export interface FormWriter {
  /** Sets the value at `path`; `undefined` removes the property (an optional field left empty). */
  set(path: Path, value: JsonValue | undefined): void;
  insert(arrayPath: Path, index: number, value: JsonValue): void;
  remove(path: Path): void;
  /** Moves an array element from `from` to `to` (both indexes of the array before the move). */
  move(arrayPath: Path, from: number, to: number, value: JsonValue): void;
}

/**
 * The writer for the draft's current text. It keeps the newest text in a ref, so two writes before the
 * next render (a blur and a click, or keystrokes while the forms wait to be drawn) each start from the
 * other's result, never from a stale text.
 */
export function useFormWriter(text: string, onText: (text: string) => void): FormWriter {
  const latest = useRef(text);
  // Taken from the text drawn only when that changes: the forms may be drawn again before the text they
  // wrote reaches them (see useSettledText), and must not write over it from the older one.
  const drawn = useRef(text);
  if (drawn.current !== text) {
    drawn.current = text;
    latest.current = text;
  }
  return textWriter(
    () => latest.current,
    (next) => {
      latest.current = next;
      onText(next);
    },
  );
}

/** A writer over a text read by `read`; each change that alters it goes to `onText`. */
export function textWriter(read: () => string, onText: (text: string) => void): FormWriter {
  const apply = (change: (before: string) => string) => {
    const before = read();
    let after: string;
    try {
      after = change(before);
    } catch {
      // A path the text no longer has (it was edited meanwhile): nothing to change, nothing lost.
      return;
    }
    if (after !== before) onText(after);
  };
  return {
    set: (path, value) =>
      apply((t) => (value === undefined ? removeAt(t, [...path]) : setAt(t, [...path], value))),
    insert: (arrayPath, index, value) => apply((t) => insertAt(t, [...arrayPath], index, value)),
    remove: (path) => apply((t) => removeAt(t, [...path])),
    move: (arrayPath, from, to, value) =>
      apply((t) => insertAt(removeAt(t, [...arrayPath, from]), [...arrayPath], to, value)),
  };
}
