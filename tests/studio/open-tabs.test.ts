import { describe, expect, it } from 'vitest';
import { answerTo, noteTab, type OpenTabs, openElsewhere } from '../../src/studio/drafts/open-tabs';

const none: OpenTabs = new Map();

describe('drafts open in other tabs', () => {
  it('sees a draft another tab opened, until that tab moves on or closes', () => {
    let tabs = noteTab(none, { kind: 'open', tab: 'B', draft: 'd1' }, 'A');
    expect(openElsewhere(tabs, 'd1')).toBe(true);
    tabs = noteTab(tabs, { kind: 'open', tab: 'B', draft: 'd2' }, 'A');
    expect(openElsewhere(tabs, 'd1')).toBe(false);
    tabs = noteTab(tabs, { kind: 'here', tab: 'C', draft: 'd1' }, 'A');
    expect(openElsewhere(tabs, 'd1')).toBe(true);
    tabs = noteTab(tabs, { kind: 'closed', tab: 'C' }, 'A');
    expect(openElsewhere(tabs, 'd1')).toBe(false);
  });

  it("ignores this tab's own messages", () => {
    expect(openElsewhere(noteTab(none, { kind: 'open', tab: 'A', draft: 'd1' }, 'A'), 'd1')).toBe(false);
  });

  it('answers a tab that opened the draft this tab has open, and no other', () => {
    expect(answerTo({ kind: 'open', tab: 'B', draft: 'd1' }, 'A', 'd1')).toEqual({
      kind: 'here',
      tab: 'A',
      draft: 'd1',
    });
    expect(answerTo({ kind: 'open', tab: 'B', draft: 'd2' }, 'A', 'd1')).toBeNull();
    expect(answerTo({ kind: 'open', tab: 'B', draft: 'd1' }, 'A', null)).toBeNull();
    // A `here` is not answered, or two tabs would answer each other for ever.
    expect(answerTo({ kind: 'here', tab: 'B', draft: 'd1' }, 'A', 'd1')).toBeNull();
  });
});
