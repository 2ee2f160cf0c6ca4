import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
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
