import { useState } from 'preact/hooks';
import { formatJsonPath } from '../engine';
import { useUi } from './context';
import { useFileDrop } from './file-drop';
import { MAX_SCENARIO_FILE_BYTES } from './library';
import type { ShownDiagnostic } from './scenario-check';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'problems'; file: string; diagnostics: readonly ShownDiagnostic[] }
  | { kind: 'warnings'; file: string; id: string; diagnostics: readonly ShownDiagnostic[] }
  | { kind: 'refused'; message: string };

/**
 * "Open a scenario file": a file picker and a drop zone. The file is checked with the same loader as
 * `npm run validate`, in a worker with a time limit (see scenario-check/); its findings are listed as plain text (scenario text is never markup).
 */
export function OpenFile(props: { onOpened(id: string): void }) {
  const { m, library } = useUi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const take = async (file: File | undefined) => {
    if (file === undefined) return;
    if (!file.name.toLowerCase().endsWith('.json'))
      return setStatus({ kind: 'refused', message: m.openFileNotJson });
    if (file.size > MAX_SCENARIO_FILE_BYTES) return setStatus({ kind: 'refused', message: m.openFileTooBig });
    setStatus({ kind: 'busy' });
    const result = await library.open(file.name, await file.text());
    if (result.ok && result.warnings.length === 0) props.onOpened(result.id);
    else if (result.ok)
      setStatus({ kind: 'warnings', file: file.name, id: result.id, diagnostics: result.warnings });
    else if ('shippedId' in result)
      setStatus({ kind: 'refused', message: m.openFileShippedId(result.shippedId) });
    else if ('stopped' in result) {
      const seconds = Math.round(result.limitMs / 1000);
      const message = result.stopped === 'time' ? m.openFileTimedOut(seconds) : m.openFileCheckFailed;
      setStatus({ kind: 'refused', message });
    } else setStatus({ kind: 'problems', file: file.name, diagnostics: result.diagnostics });
  };
  const drop = useFileDrop((files) => void take(files?.[0]));

  return (
    <section
      class={`open-file${drop.dragging ? ' dragging' : ''}`}
      aria-labelledby="open-file-heading"
      {...drop.handlers}
    >
      <h2 id="open-file-heading">{m.openFile}</h2>
      <p id="open-file-hint">{m.openFileHint}</p>
      <label class="file-button">
        <input
          type="file"
          accept=".json,application/json"
          aria-describedby="open-file-hint"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <span>{m.openFile}</span>
      </label>
      <div role="status" aria-live="polite" class="open-file-status">
        {status.kind === 'busy' && <p>{m.loading}</p>}
        {status.kind === 'refused' && <p class="error">{status.message}</p>}
        {status.kind === 'problems' && <DiagnosticList file={status.file} diagnostics={status.diagnostics} />}
        {status.kind === 'warnings' && (
          <>
            <DiagnosticList file={status.file} diagnostics={status.diagnostics} />
            <button type="button" class="primary" onClick={() => props.onOpened(status.id)}>
              {m.play}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** Errors when there are any (the file cannot be played), else the warnings (it still can). */
function DiagnosticList({ file, diagnostics }: { file: string; diagnostics: readonly ShownDiagnostic[] }) {
  const { m, locale } = useUi();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const shown = errors.length > 0 ? errors : diagnostics;
  return (
    <div class="diagnostics">
      <p class={errors.length > 0 ? 'error' : ''}>
        <strong>
          <bdi>{file}</bdi>
        </strong>{' '}
        — {errors.length > 0 ? m.openFileProblems(errors.length) : m.openFileWarnings(diagnostics.length)}
      </p>
      <ol>
        {shown.slice(0, 50).map((d) => (
          <li key={`${d.line}:${d.column}:${d.code}:${d.message}`}>
            <code>
              {d.line > 0 ? `${d.line}:${d.column}` : ''} {formatJsonPath(d.path)}
            </code>{' '}
            <span class="code">{d.code}</span> {d.text[locale]}
          </li>
        ))}
      </ol>
    </div>
  );
}
