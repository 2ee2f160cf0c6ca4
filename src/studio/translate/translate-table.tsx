import { memo } from 'preact/compat';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { StudioMessages } from '../i18n';
import { withCell } from './cell-edit';
import { CsvTransfer } from './csv-transfer';
import { placeLabel } from './place-label';
import { pointerOf } from './table-csv';
import { isMissing, TABLE_LOCALES, type TextRow } from './text-rows';

/**
 * Rows drawn at a time: a flagship has about 1,300 texts, and drawing all their cells at once keeps a
 * browser busy for seconds; more are drawn on request.
 */
const PAGE = 100;

/**
 * The translation table: every bilingual text of the draft, Korean beside English, each row named by
 * where it is and its JSON path, the rows with a language missing marked in words (not colour alone)
 * and filterable. A cell is written into the draft when the author leaves it (its change event), so a
 * word typed is one undo step, not one per key; texts render as text nodes, never as HTML.
 */
export function TranslateTable(props: {
  text: string;
  rows: readonly TextRow[];
  fileName: string;
  s: StudioMessages;
  onText(next: string): void;
}) {
  const { s, rows } = props;
  const [missingOnly, setMissingOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const missing = useMemo(() => rows.filter(isMissing).length, [rows]);
  const matching = missingOnly ? rows.filter(isMissing) : rows;
  const shown = matching.slice(0, limit);
  const hidden = matching.length - shown.length;
  const where = (row: TextRow) => placeLabel(row.place, s);
  // Rows redraw only when their own texts change: the latest draft text is read when a cell is left.
  const latest = useRef(props.text);
  latest.current = props.text;
  const { onText } = props;
  const onCell = useCallback(
    (row: TextRow, locale: Locale, value: string) => onText(withCell(latest.current, row, locale, value)),
    [onText],
  );

  return (
    <div class="translate-table">
      <p>{s.translateIntro}</p>
      <CsvTransfer
        text={props.text}
        rows={rows}
        fileName={props.fileName}
        s={s}
        where={where}
        onText={props.onText}
      />
      {rows.length === 0 ? (
        <p class="studio-warning">{s.translateNone}</p>
      ) : (
        <>
          <div class="translate-filter">
            <p role="status">{s.translateCount(rows.length, missing)}</p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={missingOnly}
                onChange={(e) => {
                  setMissingOnly(e.currentTarget.checked);
                  setLimit(PAGE);
                }}
              />{' '}
              {s.missingOnly}
            </label>
          </div>
          <table>
            <caption class="visually-hidden">{s.translateTab}</caption>
            <thead>
              <tr>
                <th scope="col">{s.whereColumn}</th>
                {TABLE_LOCALES.map((locale) => (
                  <th scope="col" key={locale} lang={locale}>
                    {s.languageName[locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <TextRowView key={pointerOf(row.path)} row={row} where={where(row)} s={s} onCell={onCell} />
              ))}
            </tbody>
          </table>
          {hidden > 0 && (
            <button type="button" class="translate-more" onClick={() => setLimit(limit + PAGE)}>
              {s.showMoreRows(Math.min(PAGE, hidden), hidden)}
            </button>
          )}
        </>
      )}
    </div>
  );
}

interface RowProps {
  row: TextRow;
  where: string;
  s: StudioMessages;
  onCell(row: TextRow, locale: Locale, value: string): void;
}

const TextRowView = memo(
  function TextRowView(props: RowProps) {
    const { row, s } = props;
    const absent = (locale: Locale) => row[locale].trim() === '';
    return (
      <tr class={isMissing(row) ? 'missing' : undefined}>
        <th scope="row">
          <span class="translate-where">{props.where}</span>
          <code class="translate-path">{pointerOf(row.path)}</code>
          {isMissing(row) && <span class="missing-mark">⚠ {s.missingMark}</span>}
        </th>
        {TABLE_LOCALES.map((locale) => (
          <td key={locale} data-label={s.languageName[locale]}>
            <textarea
              lang={locale}
              aria-label={s.cellLabel(props.where, s.languageName[locale])}
              aria-invalid={absent(locale) ? 'true' : undefined}
              value={row[locale]}
              rows={2}
              onChange={(e) => props.onCell(row, locale, e.currentTarget.value)}
            />
          </td>
        ))}
      </tr>
    );
  },
  (a: RowProps, b: RowProps) =>
    a.row.ko === b.row.ko &&
    a.row.en === b.row.en &&
    a.where === b.where &&
    a.s === b.s &&
    a.onCell === b.onCell &&
    pointerOf(a.row.path) === pointerOf(b.row.path),
);
