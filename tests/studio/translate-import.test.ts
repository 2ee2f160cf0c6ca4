import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { setAt } from '../../src/studio/forms/json-edit';
import { parseCsv, writeCsv } from '../../src/studio/translate/csv';
import { importTableCsv, pointerOf, tableCsv } from '../../src/studio/translate/table-csv';
import { textRows } from '../../src/studio/translate/text-rows';

const where = (row: { path: readonly (string | number)[] }) => row.path.join(' › ');
const exported = (text: string) => tableCsv(textRows(text), where);

/** The exported CSV with one cell changed, as a translator's spreadsheet would save it. */
function edited(csv: string, pointer: string, column: 'ko' | 'en', value: string): string {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error('the export does not parse');
  const [header = [], ...records] = parsed.records;
  const at = header.indexOf(column);
  const record = records.find((r) => r[0] === pointer);
  if (record === undefined) throw new Error(`no row ${pointer}`);
  record[at] = value;
  return writeCsv([header, ...records]);
}

function biomeFormat(text: string): string {
  return execFileSync('npx', ['biome', 'format', '--stdin-file-path=scenarios/edited.json'], {
    input: text,
    encoding: 'utf8',
  });
}

const CHOICE = '/events/0/choices/0/text';

describe('importing a translated CSV', () => {
  test('an untouched export changes nothing', () => {
    const result = importTableCsv(BLANK_TEMPLATE, exported(BLANK_TEMPLATE));
    expect(result).toMatchObject({ ok: true, text: BLANK_TEMPLATE, applied: [], skipped: [] });
    if (result.ok) expect(result.unchanged).toBe(textRows(BLANK_TEMPLATE).length);
  });

  test('an edited cell is written through setAt, formula-like text included', () => {
    const csv = edited(exported(BLANK_TEMPLATE), CHOICE, 'en', '=Share, "as asked"');
    const result = importTableCsv(BLANK_TEMPLATE, csv);
    if (!result.ok) throw new Error('refused');
    expect(result.applied.map((a) => [a.pointer, a.locale, a.text])).toEqual([
      [CHOICE, 'en', '=Share, "as asked"'],
    ]);
    expect(result.text).toBe(
      setAt(BLANK_TEMPLATE, ['events', 0, 'choices', 0, 'text', 'en'], '=Share, "as asked"'),
    );
    expect(JSON.parse(result.text).events[0].choices[0].text.en).toBe('=Share, "as asked"');
    // Importing the same file again finds it already there.
    const again = importTableCsv(result.text, csv);
    expect(again).toMatchObject({ ok: true, text: result.text, applied: [], skipped: [] });
  });

  test('a missing translation is filled in', () => {
    const draft = BLANK_TEMPLATE.replace(
      '"title": { "ko": "나의 첫 시나리오", "en": "My first scenario" }',
      '"title": { "ko": "나의 첫 시나리오" }',
    );
    expect(draft).not.toBe(BLANK_TEMPLATE);
    const result = importTableCsv(draft, edited(exported(draft), '/title', 'en', 'My first scenario'));
    if (!result.ok) throw new Error('refused');
    expect(result.text).toBe(setAt(draft, ['title', 'en'], 'My first scenario'));
    expect(JSON.parse(result.text)).toEqual(JSON.parse(BLANK_TEMPLATE));
    // An import is a series of setAt edits: it leaves the file as `biome format` prints it.
    expect(biomeFormat(result.text)).toBe(result.text);
  }, 60_000);

  test('a source changed since the export is flagged, not overwritten', () => {
    const csv = edited(exported(BLANK_TEMPLATE), CHOICE, 'en', 'Share it');
    const changed = setAt(BLANK_TEMPLATE, ['events', 0, 'choices', 0, 'text', 'ko'], '모두 공유한다');
    const result = importTableCsv(changed, csv);
    if (!result.ok) throw new Error('refused');
    expect(result.text).toBe(changed);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => [s.pointer, s.locale, s.reason])).toEqual([
      [CHOICE, 'en', 'source-changed'],
    ]);
  });

  test('the same text changed in the studio since the export is not overwritten', () => {
    const csv = edited(exported(BLANK_TEMPLATE), CHOICE, 'en', 'Share it');
    const changed = setAt(BLANK_TEMPLATE, ['events', 0, 'choices', 0, 'text', 'en'], 'Share everything');
    const result = importTableCsv(changed, csv);
    expect(result).toMatchObject({ ok: true, text: changed, skipped: [{ reason: 'changed-here' }] });
  });

  test('a path no longer in the draft, and an emptied cell, are skipped with their reason', () => {
    const base = edited(exported(BLANK_TEMPLATE), '/endings/1/why', 'en', 'Because.');
    const csv = edited(base, '/summary', 'ko', '');
    const shorter = BLANK_TEMPLATE.replace(/,\n {4}\{\n {6}"id": "other-ending"[\s\S]*?\n {4}\}\n/, '\n');
    expect(textRows(shorter).some((r) => pointerOf(r.path) === '/endings/1/why')).toBe(false);
    const result = importTableCsv(shorter, csv);
    if (!result.ok) throw new Error('refused');
    expect(result.skipped.map((s) => [s.pointer, s.reason])).toEqual([
      ['/summary', 'blank'],
      ['/endings/1/why', 'gone'],
    ]);
    expect(result.text).toBe(shorter);
  });

  test('a damaged file is refused with its reason', () => {
    const csv = exported(BLANK_TEMPLATE);
    const lines = csv.split('\r\n');
    const cases: [string, unknown][] = [
      ['', { kind: 'no-rows' }],
      [lines[0] ?? '', { kind: 'no-rows' }],
      [csv.replace('ko_hash', 'hash'), { kind: 'missing-column', column: 'ko_hash' }],
      [`${csv}/x,y\r\n`, { kind: 'field-count', line: lines.length, found: 2, expected: 6 }],
      [csv.replace('\r\n/title', '\r\ntitle'), { kind: 'bad-path', line: 2 }],
      [csv.replace(/,h[0-9a-f]{14}\r\n/, ',h12\r\n'), { kind: 'bad-hash', line: 2 }],
      [`${csv}${lines[1]}\r\n`, { kind: 'duplicate-path', line: lines.length }],
      [`${csv}"/x,`, { kind: 'csv', detail: 'unclosed-quote', line: lines.length }],
    ];
    for (const [input, problem] of cases) {
      expect(importTableCsv(BLANK_TEMPLATE, input)).toEqual({ ok: false, problem });
    }
  });
});
