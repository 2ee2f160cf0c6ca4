import { useState } from 'preact/hooks';
import { downloadText } from '../../ui/download';
import type { StudioMessages } from '../i18n';
import { placeLabel } from './place-label';
import { type ImportProblem, type ImportResult, importTableCsv, tableCsv } from './table-csv';
import type { TextRow } from './text-rows';

/** Larger than any translation CSV of a scenario (the flagship's is about 0.5 MB). */
const MAX_CSV_BYTES = 8 * 1024 * 1024;

type Report = Extract<ImportResult, { ok: true }> | { readonly ok: false; readonly message: string };

/**
 * Export the table as CSV for a translator, and import it back: what was applied, what was skipped and
 * why, or, for a damaged file, the reason and nothing changed. The whole import is one edit of the
 * draft, so one undo takes it back.
 */
export function CsvTransfer(props: {
  text: string;
  rows: readonly TextRow[];
  fileName: string;
  s: StudioMessages;
  where(row: TextRow): string;
  onText(next: string): void;
}) {
  const { s } = props;
  const [report, setReport] = useState<Report | null>(null);
  const base = props.fileName.replace(/\.json$/i, '');

  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    const text = file.size > MAX_CSV_BYTES ? null : await file.text().catch(() => null);
    if (text === null || text.includes('\u0000')) {
      setReport({ ok: false, message: s.importProblem.notText });
      return;
    }
    const result = importTableCsv(props.text, text);
    if (result.ok && result.text !== props.text) props.onText(result.text);
    setReport(result.ok ? result : { ok: false, message: problemText(result.problem, s) });
  };

  return (
    <div class="translate-transfer">
      <button
        type="button"
        onClick={() =>
          downloadText(`${base}.translation.csv`, tableCsv(props.rows, props.where), 'text/csv;charset=utf-8')
        }
        disabled={props.rows.length === 0}
      >
        {s.exportCsv}
      </button>
      <label class="file-button">
        <input
          type="file"
          accept=".csv,text/csv"
          aria-describedby="translate-import-hint"
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <span>{s.importCsv}</span>
      </label>
      <p id="translate-import-hint" class="translate-hint">
        {s.importHint}
      </p>
      <div class="translate-report" role="status">
        {report !== null && <ReportView report={report} s={s} />}
      </div>
    </div>
  );
}

function ReportView(props: { report: Report; s: StudioMessages }) {
  const { report, s } = props;
  if (!report.ok) {
    return (
      <p class="studio-warning">
        {s.importFailed} {report.message}
      </p>
    );
  }
  const name = (cell: (typeof report.applied)[number]) =>
    `${cell.row !== null ? placeLabel(cell.row.place, s) : cell.pointer}, ${s.languageName[cell.locale]}`;
  return (
    <>
      <p>
        {s.importApplied(report.applied.length)} {s.importUnchanged(report.unchanged)}
      </p>
      {report.applied.length > 0 && (
        <ul class="translate-applied">
          {report.applied.map((cell) => (
            <li key={`${cell.pointer}/${cell.locale}`}>{name(cell)}</li>
          ))}
        </ul>
      )}
      {report.skipped.length > 0 && (
        <>
          <p class="studio-warning">{s.importSkipped(report.skipped.length)}</p>
          <ul class="translate-skipped">
            {report.skipped.map((cell) => (
              <li key={`${cell.pointer}/${cell.locale}`} data-reason={cell.reason}>
                {name(cell)}: {s.skipReason[cell.reason]}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function problemText(problem: ImportProblem, s: StudioMessages): string {
  const m = s.importProblem;
  switch (problem.kind) {
    case 'csv':
      return m.csv(problem.line);
    case 'no-rows':
      return m['no-rows'];
    case 'missing-column':
      return m['missing-column'](problem.column);
    case 'field-count':
      return m['field-count'](problem.line, problem.found, problem.expected);
    default:
      return m[problem.kind](problem.line);
  }
}
