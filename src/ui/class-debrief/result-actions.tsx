import '../styles/result-actions.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledScenario, RunState } from '../../engine';
import { useUi } from '../context';
import { downloadText } from '../download';
import { useStore } from '../use-store';

type CodeState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'shown'; code: string; copied: boolean }
  | { kind: 'failed' };

/**
 * "Download result (JSON)" and "Copy result code" for a finished run. The code is also shown, selected,
 * in a read-only box: where the clipboard is not available (or not allowed) the learner copies it from
 * there. The result modules are loaded on first use, so the game's first chunk does not carry them.
 */
export function ResultActions(props: { scenario: CompiledScenario; run: RunState }) {
  const { m, game } = useUi();
  const session = useStore(game, (s) => s.session);
  const [code, setCode] = useState<CodeState>({ kind: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (code.kind === 'shown') box.current?.select();
  }, [code]);
  if (props.run.phase.kind !== 'ended') return null;

  const download = async () => {
    const { buildResult, resultFileName, resultJson } = await import('../../classroom/result-build');
    const result = buildResult(props.scenario, props.run, session);
    downloadText(resultFileName(result), resultJson(result), 'application/json');
  };
  const copy = async () => {
    setCode({ kind: 'busy' });
    try {
      const [{ buildResult }, { encodeResultCode }] = await Promise.all([
        import('../../classroom/result-build'),
        import('../../classroom/result-code'),
      ]);
      const text = await encodeResultCode(buildResult(props.scenario, props.run, session));
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      setCode({ kind: 'shown', code: text, copied });
    } catch {
      setCode({ kind: 'failed' });
    }
  };

  return (
    <div class="result-actions no-print">
      <div class="result-buttons">
        <button type="button" class="download-result" onClick={() => void download()}>
          {m.downloadResult}
        </button>
        <button type="button" class="copy-result-code" onClick={() => void copy()}>
          {m.resultCopyCode}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {code.kind === 'busy' && <p>{m.resultBusy}</p>}
        {code.kind === 'failed' && <p class="error">{m.resultCodeCorrupt}</p>}
        {code.kind === 'shown' && <p>{code.copied ? m.resultCodeCopied : m.resultCodeManual}</p>}
      </div>
      {code.kind === 'shown' && (
        <label class="result-code">
          <span>{m.resultCodeLabel}</span>
          <textarea ref={box} readOnly rows={3} spellcheck={false} value={code.code} />
        </label>
      )}
    </div>
  );
}
