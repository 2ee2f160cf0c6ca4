import type { Locale } from '../../engine';
import { setAt } from '../forms/json-edit';
import { parseCsv, writeCsv } from './csv';
import { HASH_PATTERN, textHash } from './text-hash';
import { TABLE_LOCALES, type TextPath, type TextRow, textRows } from './text-rows';

/**
 * The translation table as a CSV for a translator, and that CSV read back into the draft. Each row is
 * keyed by its text's JSON path (as a JSON Pointer, RFC 6901) and carries a hash of each language's
 * text as exported. On import a cell whose text no longer matches its hash was edited by the translator;
 * it is applied only when the other language (its source) is still the text the translator saw, and the
 * draft's own text there has not changed since, so nothing written in the meantime is overwritten.
 */

export const HEADER = ['path', 'where', 'ko', 'en', 'ko_hash', 'en_hash'] as const;
const REQUIRED = ['path', 'ko', 'en', 'ko_hash', 'en_hash'] as const;

export function pointerOf(path: TextPath): string {
  return path.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function tableCsv(rows: readonly TextRow[], where: (row: TextRow) => string): string {
  return writeCsv([
    [...HEADER],
    ...rows.map((row) => [
      pointerOf(row.path),
      where(row),
      row.ko,
      row.en,
      textHash(row.ko),
      textHash(row.en),
    ]),
  ]);
}

/** Why a translated cell was not written into the draft. */
export type SkipReason =
  /** No text at that path any more (deleted, or the file's shape changed). */
  | 'gone'
  /** The other language, the translation's source, changed since the export. */
  | 'source-changed'
  /** This language's text in the draft changed since the export: both edited it. */
  | 'changed-here'
  /** The translator emptied the cell: an import never deletes a text. */
  | 'blank';

export interface ImportedCell {
  readonly pointer: string;
  readonly locale: Locale;
  readonly text: string;
  /** The row of the draft it went to (before the import), or null when its path is gone. */
  readonly row: TextRow | null;
}

export type ImportProblem =
  | { readonly kind: 'csv'; readonly detail: 'unclosed-quote' | 'text-after-quote'; readonly line: number }
  | { readonly kind: 'no-rows' }
  | { readonly kind: 'missing-column'; readonly column: string }
  | { readonly kind: 'field-count'; readonly line: number; readonly found: number; readonly expected: number }
  | { readonly kind: 'bad-path'; readonly line: number }
  | { readonly kind: 'bad-hash'; readonly line: number }
  | { readonly kind: 'duplicate-path'; readonly line: number };

export type ImportResult =
  | {
      readonly ok: true;
      /** The draft's text with every applied cell written in (the same text when none applied). */
      readonly text: string;
      readonly applied: readonly ImportedCell[];
      readonly skipped: readonly (ImportedCell & { readonly reason: SkipReason })[];
      /** Rows the translator left as exported (or already in the draft). */
      readonly unchanged: number;
    }
  | { readonly ok: false; readonly problem: ImportProblem };

interface CsvRow {
  readonly pointer: string;
  readonly text: Readonly<Record<Locale, string>>;
  readonly hash: Readonly<Record<Locale, string>>;
}

/** Reads a translator's CSV against the draft's text. A damaged file changes nothing. */
export function importTableCsv(draftText: string, csv: string): ImportResult {
  const read = readRows(csv);
  if (!read.ok) return read;
  const current = new Map(textRows(draftText).map((row) => [pointerOf(row.path), row]));
  let text = draftText;
  const applied: ImportedCell[] = [];
  const skipped: (ImportedCell & { reason: SkipReason })[] = [];
  let unchanged = 0;
  for (const csvRow of read.rows) {
    const row = current.get(csvRow.pointer) ?? null;
    let edited = false;
    for (const locale of TABLE_LOCALES) {
      const cell = csvRow.text[locale];
      if (textHash(cell) === csvRow.hash[locale] || (row !== null && row[locale] === cell)) continue;
      edited = true;
      const found = { pointer: csvRow.pointer, locale, text: cell, row };
      const reason = skipReasonOf(csvRow, row, locale);
      if (reason !== null) skipped.push({ ...found, reason });
      else if (row !== null) {
        text = setAt(text, [...row.path, locale], cell);
        applied.push(found);
      }
    }
    if (!edited) unchanged++;
  }
  return { ok: true, text, applied, skipped, unchanged };
}

function skipReasonOf(csvRow: CsvRow, row: TextRow | null, locale: Locale): SkipReason | null {
  if (csvRow.text[locale].trim() === '') return 'blank';
  if (row === null) return 'gone';
  const source: Locale = locale === 'ko' ? 'en' : 'ko';
  if (textHash(row[source]) !== csvRow.hash[source]) return 'source-changed';
  if (textHash(row[locale]) !== csvRow.hash[locale]) return 'changed-here';
  return null;
}

function readRows(csv: string): { ok: true; rows: CsvRow[] } | { ok: false; problem: ImportProblem } {
  const parsed = parseCsv(csv);
  if (!parsed.ok)
    return { ok: false, problem: { kind: 'csv', detail: parsed.problem.kind, line: parsed.problem.line } };
  const [header, ...records] = parsed.records;
  if (header === undefined || records.length === 0) return { ok: false, problem: { kind: 'no-rows' } };
  const names = header.map((name) => name.trim().toLowerCase());
  const column = Object.fromEntries(REQUIRED.map((name) => [name, names.indexOf(name)]));
  const lost = REQUIRED.find((name) => column[name] === -1);
  if (lost !== undefined) return { ok: false, problem: { kind: 'missing-column', column: lost } };
  const at = (record: readonly string[], name: (typeof REQUIRED)[number]) =>
    record[column[name] as number] ?? '';
  const rows: CsvRow[] = [];
  const seen = new Set<string>();
  for (const [r, record] of records.entries()) {
    const line = parsed.lines[r + 1] ?? 0;
    if (record.length !== header.length) {
      return {
        ok: false,
        problem: { kind: 'field-count', line, found: record.length, expected: header.length },
      };
    }
    const pointer = at(record, 'path');
    if (!pointer.startsWith('/')) return { ok: false, problem: { kind: 'bad-path', line } };
    if (seen.has(pointer)) return { ok: false, problem: { kind: 'duplicate-path', line } };
    seen.add(pointer);
    const hash = { ko: at(record, 'ko_hash').trim(), en: at(record, 'en_hash').trim() };
    if (!HASH_PATTERN.test(hash.ko) || !HASH_PATTERN.test(hash.en)) {
      return { ok: false, problem: { kind: 'bad-hash', line } };
    }
    rows.push({ pointer, text: { ko: at(record, 'ko'), en: at(record, 'en') }, hash });
  }
  return { ok: true, rows };
}
