import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guardCell, parseCsv, unguardCell, writeCsv } from '../../src/studio/translate/csv';
import { HASH_PATTERN, textHash } from '../../src/studio/translate/text-hash';

describe('the translation CSV', () => {
  test('written with a byte order mark, CRLF, quotes where needed', () => {
    const csv = writeCsv([
      ['path', 'ko'],
      ['/a', 'plain'],
      ['/b', 'a, "quoted"\nline'],
    ]);
    expect(csv).toBe('\ufeffpath,ko\r\n/a,plain\r\n/b,"a, ""quoted""\nline"\r\n');
  });

  test('cells a spreadsheet would run as a formula are guarded, and read back unguarded', () => {
    for (const formula of ['=1+1', '+33', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(guardCell(formula)).toBe(`'${formula}`);
      expect(unguardCell(guardCell(formula))).toBe(formula);
    }
    // Texts that already start with apostrophes before a formula character get one more.
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
    // Others are left alone both ways.
    for (const text of ["'tis", 'a=b', '', '한국어']) {
      expect(guardCell(text)).toBe(text);
      expect(unguardCell(text)).toBe(text);
    }
    expect(writeCsv([['=HYPERLINK("x")']])).toBe('\ufeff"\'=HYPERLINK(""x"")"\r\n');
  });

  test('any table of texts comes back exactly (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('=1', "'+2", '"', '""', ',', '\r\n', '\n', '\r', '-', "'", ' @x', '한글, "따옴표"'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (table) => {
          const width = table[0]?.length ?? 2;
          const records = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
          const parsed = parseCsv(writeCsv(records));
          expect(parsed.ok).toBe(true);
          // A record of one empty cell is a blank line, skipped on reading; with width ≥ 2 there is none.
          if (parsed.ok) expect(parsed.records).toEqual(records);
        },
      ),
    );
  });

  test('what spreadsheet programs save: no BOM, LF or CR, semicolons or tabs', () => {
    const expected = [
      ['path', 'ko'],
      ['/a', 'x;y'],
    ];
    expect(parseCsv('path,ko\n/a,x;y\n')).toMatchObject({ ok: true, records: expected });
    expect(parseCsv('path;ko\r/a;"x;y"\r')).toMatchObject({ ok: true, records: expected });
    expect(parseCsv('path\tko\r\n\r\n/a\tx;y')).toMatchObject({ ok: true, records: expected, lines: [1, 3] });
  });

  test('a damaged file is an error with its line', () => {
    expect(parseCsv('a,b\n/x,"open\nstill open')).toEqual({
      ok: false,
      problem: { kind: 'unclosed-quote', line: 2 },
    });
    expect(parseCsv('a,b\n"x\ny"z,b')).toEqual({ ok: false, problem: { kind: 'text-after-quote', line: 3 } });
  });

  test('the text hash: stable, short, changed by any edit', () => {
    expect(textHash('연구 데이터')).toBe(textHash('연구 데이터'));
    expect(textHash('')).toMatch(HASH_PATTERN);
    const texts = ['a', 'b', 'a ', ' a', 'ab', 'ba', '연구', '연구.', 'A'];
    expect(new Set(texts.map(textHash)).size).toBe(texts.length);
    fc.assert(fc.property(fc.string(), (s) => HASH_PATTERN.test(textHash(s))));
  });
});
