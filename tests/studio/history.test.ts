import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../src/studio/drafts/history';

describe("a draft's text history", () => {
  it('undoes and redoes edits in order, and a new edit drops what could be redone', () => {
    let h = startHistory('a');
    expect(canUndo(h)).toBe(false);
    h = record(record(h, 'ab'), 'abc');
    h = undo(h);
    expect(h.present).toBe('ab');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('ab');
    expect(canRedo(h)).toBe(true);
    h = record(h, 'abX');
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('ab');
  });

  it('records nothing when the text did not change', () => {
    const h = record(startHistory('same'), 'x');
    expect(record(h, 'x')).toBe(h);
  });

  it('keeps at most the limit of earlier texts, dropping the oldest', () => {
    let h = startHistory('0');
    for (let i = 1; i <= 10; i++) h = record(h, String(i), 4);
    expect(h.past).toEqual(['6', '7', '8', '9']);
    expect(h.present).toBe('10');
  });
});
