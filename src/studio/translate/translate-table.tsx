import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { StudioMessages } from '../i18n';
import { withCell } from './cell-edit';
import { CsvTransfer } from './csv-transfer';
import { placeLabel } from './place-label';
import { pointerOf } from './table-csv';
import { isMissing, TABLE_LOCALES, type TextRow } from './text-rows';

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
  const missing = useMemo(() => rows.filter(isMissing).length, [rows]);
  const shown = missingOnly ? rows.filter(isMissing) : rows;
  const where = (row: TextRow) => placeLabel(row.place, s);

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
                onChange={(e) => setMissingOnly(e.currentTarget.checked)}
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
                <TextRowView key={pointerOf(row.path)} row={row} where={where(row)} {...props} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function TextRowView(props: {
  row: TextRow;
  where: string;
  text: string;
  s: StudioMessages;
  onText(next: string): void;
}) {
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
            onChange={(e) => props.onText(withCell(props.text, row, locale, e.currentTarget.value))}
          />
        </td>
      ))}
    </tr>
  );
}
