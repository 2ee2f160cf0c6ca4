import { describe, expect, it } from 'vitest';
import { byLastEdited, type Draft, downloadName, labelOf } from '../../src/studio/drafts/draft';
import { MemoryDraftStore } from '../../src/studio/drafts/draft-db';
import { startHistory } from '../../src/studio/drafts/history';

const draft = (key: string, text: string, updatedAt: number): Draft => ({
  key,
  origin: { kind: 'blank' },
  history: startHistory(text),
  updatedAt,
});

describe('naming a draft', () => {
  it('reads the id and title of a JSON text', () => {
    expect(labelOf('{"title": {"ko": "제목", "en": "Title"}, "id": "mine"}')).toEqual({
      id: 'mine',
      title: { ko: '제목', en: 'Title' },
    });
  });

  it('finds the id of a text mid-edit, which is not JSON', () => {
    expect(labelOf('{ "id": "half-done", "title": { "en": ')).toEqual({ id: 'half-done', title: null });
    expect(labelOf('{ "title": ')).toEqual({ id: null, title: null });
  });

  it('names the download after the id, in characters any file system takes', () => {
    expect(downloadName('{"id": "my-scenario"}', { kind: 'blank' })).toBe('my-scenario.json');
    expect(downloadName('{"id": "../../etc/passwd"}', { kind: 'blank' })).toBe('etc-passwd.json');
    expect(downloadName('{"id": "a b/c"}', { kind: 'blank' })).toBe('a-b-c.json');
  });

  it("falls back to the opened file's name, then to scenario.json", () => {
    expect(downloadName('not json', { kind: 'file', name: 'theirs.json' })).toBe('theirs.json');
    expect(downloadName('{"id": "///"}', { kind: 'blank' })).toBe('scenario.json');
  });

  it('lists the most recently edited first', () => {
    const list = byLastEdited([draft('old', '{}', 1), draft('new', '{}', 3), draft('mid', '{}', 2)]);
    expect(list.map((d) => d.key)).toEqual(['new', 'mid', 'old']);
  });
});

describe('the memory draft store (where IndexedDB is blocked)', () => {
  it('keeps, replaces and removes drafts by key, and says it does not last', async () => {
    const store = new MemoryDraftStore();
    expect(store.lasting).toBe(false);
    await store.put(draft('a', '{"id": "one"}', 1));
    await store.put(draft('a', '{"id": "two"}', 2));
    await store.put(draft('b', '{}', 3));
    expect((await store.get('a'))?.history.present).toBe('{"id": "two"}');
    await store.remove('a');
    expect((await store.all()).map((d) => d.key)).toEqual(['b']);
  });
});
