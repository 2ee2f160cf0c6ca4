/**
 * The translation table's CSV, written and read back. Written as RFC 4180 (a field with a comma, quote
 * or line break is quoted, its quotes doubled; CRLF between records) behind a byte order mark, so that
 * spreadsheet programs read Korean as UTF-8. Hand-written rather than shared with src/classroom/csv.ts:
 * that one only writes, and its formula guard (an apostrophe before = + - @) cannot be undone exactly
 * (a text that itself starts with an apostrophe and "=" reads back changed); here each escape is undone
 * on import, so a round trip gives every text back unchanged. No CSV package is a dependency.
 */

const BOM = '\ufeff';

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or CR that some programs strip before
 * looking) gets an apostrophe in front. Cells that already start with apostrophes before such a
 * character get one more, so that reading back removes exactly one and every text returns as it was.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

export function unguardCell(cell: string): string {
  return cell.startsWith("'") && NEEDS_GUARD.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A whole file: each cell guarded against formulas and quoted as needed. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  const lines = records.map((record) => record.map((cell) => quoted(guardCell(cell))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export type CsvProblem =
  | { readonly kind: 'unclosed-quote'; readonly line: number }
  | { readonly kind: 'text-after-quote'; readonly line: number };

export type CsvParse =
  | {
      readonly ok: true;
      readonly records: string[][];
      /** The line (1-based, as an editor counts them) each record starts on. */
      readonly lines: number[];
    }
  | { readonly ok: false; readonly problem: CsvProblem };

/**
 * Reads a CSV back into records of unguarded cells. Accepts what spreadsheet programs write when they
 * save: with or without the byte order mark, CRLF, LF or CR line ends, and a semicolon or a tab as the
 * separator when the first line uses it (spreadsheets in some locales do). Blank lines are skipped. A
 * quote left open or text after a closing quote is an error with its line, never a guess.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const separator = separatorOf(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let recordLine = 1;
  let record: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  const endCell = () => {
    record.push(unguardCell(cell));
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (record.length > 1 || record[0] !== '') {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && cell === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, problem: { kind: 'unclosed-quote', line: start } };
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
        cell += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
        return { ok: false, problem: { kind: 'text-after-quote', line } };
      }
      // An empty quoted cell must still count as a cell, even though `cell` is ''.
      if (next === undefined) break;
      continue;
    }
    if (c === separator) endCell();
    else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || record.length > 0) endRecord();
  return { ok: true, records, lines };
}

function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/));
  if (first.includes(',')) return ',';
  if (first.includes(';')) return ';';
  return first.includes('\t') ? '\t' : ',';
}
