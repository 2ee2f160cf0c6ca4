import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, type TextHistory, undo } from '../../src/studio/drafts/history';
import { decodeHistory, HistoryEncoder, type StoredHistory } from '../../src/studio/drafts/stored-history';

/** A long text with one word changed in the middle, as a form edit changes a draft. */
const BASE = `{\n${Array.from({ length: 400 }, (_, i) => `  "key${i}": "value ${i}",`).join('\n')}\n  "end": true\n}\n`;
const edited = (word: string) => BASE.replace('value 200', word);

function historyOf(texts: readonly string[], undos: number): TextHistory {
  let h = startHistory(texts[0] as string);
  for (const text of texts.slice(1)) h = record(h, text);
  for (let i = 0; i < undos; i++) h = undo(h);
  return h;
}

/** The characters the stored texts take, beside the present: what a save clones and writes. */
const storedSize = (stored: StoredHistory) =>
  [...stored.past, ...stored.future].reduce(
    (sum, t) => sum + (typeof t === 'string' ? t.length : t.put.length),
    0,
  );

describe("a draft's history as IndexedDB keeps it", () => {
  const texts = [BASE, edited('v'), edited('va'), edited('val'), `${edited('val')}\n`, `[]${BASE}`, '', 'x'];

  it('reads back every text exactly, on either side of the present', () => {
    for (let undos = 0; undos < texts.length; undos++) {
      const history = historyOf(texts, undos);
      expect(decodeHistory(new HistoryEncoder().encode(history))).toEqual(history);
    }
  });

  it('keeps the texts other than the present as small changes', () => {
    const history = historyOf(texts.slice(0, 5), 2);
    const stored = new HistoryEncoder().encode(history);
    expect(stored.present).toBe(history.present);
    expect(storedSize(stored)).toBeLessThan(20);
  });

  it('encodes the same after undo, redo and new edits with one encoder as with a fresh one', () => {
    const encoder = new HistoryEncoder();
    let h = historyOf(texts.slice(0, 4), 0);
    const steps: ((h: TextHistory) => TextHistory)[] = [
      undo,
      undo,
      redo,
      (x) => record(x, edited('new')),
      undo,
      (x) => record(x, BASE),
    ];
    for (const step of steps) {
      h = step(h);
      const stored = encoder.encode(h);
      expect(stored).toEqual(new HistoryEncoder().encode(h));
      expect(decodeHistory(stored)).toEqual(h);
    }
  });

  it('reads a history saved with whole texts (before this encoding)', () => {
    const whole: StoredHistory = { past: ['a', 'ab'], present: 'abc', future: ['abcd'] };
    expect(decodeHistory(whole)).toEqual({ past: ['a', 'ab'], present: 'abc', future: ['abcd'] });
  });

  it('keeps characters outside the basic plane whole when a change splits one', () => {
    const history = historyOf(['a😀b', 'a😁b', 'a😁😁b'], 1);
    expect(decodeHistory(new HistoryEncoder().encode(history))).toEqual(history);
  });
});
