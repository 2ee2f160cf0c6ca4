import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { studioMessages } from '../../src/studio/i18n';
import { withCell } from '../../src/studio/translate/cell-edit';
import { placeLabel } from '../../src/studio/translate/place-label';
import { isMissing, textRows } from '../../src/studio/translate/text-rows';

describe('the translation table rows', () => {
  test('every text of the blank template, in file order, with its path and place', () => {
    const rows = textRows(BLANK_TEMPLATE);
    const parsed = JSON.parse(BLANK_TEMPLATE);
    expect(rows[0]).toEqual({
      path: ['title'],
      place: [{ kind: 'field', key: 'title' }],
      ko: parsed.title.ko,
      en: parsed.title.en,
    });
    const choice = rows.find((r) => r.path.join('.') === 'events.0.choices.1.text');
    expect(choice?.place).toEqual([
      { kind: 'entry', list: 'events', id: 'first-decision', index: 0 },
      { kind: 'entry', list: 'choices', id: 'check-first', index: 1 },
      { kind: 'field', key: 'text' },
    ]);
    expect(choice?.en).toBe(parsed.events[0].choices[1].text.en);
    // A calendar label has no id: it is known by its place in the list.
    expect(rows.find((r) => r.path.join('.') === 'calendar.labels.1')?.place).toEqual([
      { kind: 'field', key: 'calendar' },
      { kind: 'entry', list: 'labels', id: null, index: 1 },
    ]);
    expect(rows.filter(isMissing)).toEqual([]);
  });

  test('counts every text of a shipped scenario, as the loaded scenario holds them', () => {
    const text = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
    const rows = textRows(text);
    // Every object of the file with only ko/en string values is a row; count them independently.
    let expected = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (
          entries.length > 0 &&
          entries.every(([k, v]) => (k === 'ko' || k === 'en') && typeof v === 'string')
        ) {
          expected++;
        } else for (const [, v] of entries) visit(v);
      }
    };
    visit(JSON.parse(text));
    expect(rows.length).toBe(expected);
    expect(rows.length).toBeGreaterThan(20);
  });

  test('a missing language, a blank one, and a counter-offer that is not a text', () => {
    const text = JSON.stringify({
      title: { ko: '제목' },
      summary: { ko: '요약', en: '  ' },
      events: [{ id: 'e', negotiation: { responses: [{ counter: { ko: 'x' }, text: { en: 'No' } }] } }],
    });
    const rows = textRows(text);
    expect(rows.map((r) => [r.path.join('.'), r.ko, r.en, isMissing(r)])).toEqual([
      ['title', '제목', '', true],
      ['summary', '요약', '  ', true],
      ['events.0.negotiation.responses.0.text', '', 'No', true],
    ]);
  });

  test('a text that is not JSON gives no rows rather than an error', () => {
    expect(textRows('{ "title": ')).toEqual([]);
    expect(textRows('')).toEqual([]);
  });
});

describe('a table cell written into the draft', () => {
  const rows = textRows(BLANK_TEMPLATE);
  const title = rows.find((r) => r.path.join('.') === 'title');
  if (title === undefined) throw new Error('no title row');

  test('a changed cell sets that language, an unchanged one changes nothing', () => {
    expect(withCell(BLANK_TEMPLATE, title, 'en', title.en)).toBe(BLANK_TEMPLATE);
    const next = withCell(BLANK_TEMPLATE, title, 'en', 'Mine');
    expect(JSON.parse(next).title).toEqual({ ko: title.ko, en: 'Mine' });
  });

  test('an emptied cell removes its language, but the last one stays as an empty text', () => {
    const noEn = withCell(BLANK_TEMPLATE, title, 'en', ' ');
    expect(JSON.parse(noEn).title).toEqual({ ko: title.ko });
    const row = textRows(noEn).find((r) => r.path.join('.') === 'title');
    if (row === undefined) throw new Error('the title row is gone');
    expect(withCell(noEn, row, 'en', '')).toBe(noEn);
    expect(JSON.parse(withCell(noEn, row, 'ko', '')).title).toEqual({ ko: '' });
  });

  test('the place of a text, in each language', () => {
    const choice = rows.find((r) => r.path.join('.') === 'events.0.choices.1.text');
    if (choice === undefined) throw new Error('no choice row');
    expect(placeLabel(choice.place, studioMessages('en'))).toBe(
      'event “first-decision” › choice “check-first” › text',
    );
    expect(placeLabel(choice.place, studioMessages('ko'))).toBe(
      '사건 “first-decision” › 선택지 “check-first” › 본문',
    );
    const label = rows.find((r) => r.path.join('.') === 'calendar.labels.1');
    expect(label && placeLabel(label.place, studioMessages('en'))).toBe('calendar › turn label 2');
  });
});
