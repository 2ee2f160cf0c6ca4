import { useEffect, useRef, useState } from 'preact/hooks';
import { checkScenarioFile, type ShownDiagnostic } from '../ui/scenario-check';
import type { CheckResponse } from '../ui/scenario-check/messages';

/** Typing pauses this long before the text is checked again. */
export const CHECK_DELAY_MS = 500;

export type LiveCheck =
  | { readonly kind: 'checking'; readonly last: CheckResponse | null }
  | { readonly kind: 'checked'; readonly result: CheckResponse; readonly text: string }
  | { readonly kind: 'stopped' };

interface Asked {
  readonly fileName: string;
  readonly text: string;
}

/**
 * Checks the draft as the author types, when typing pauses: the same load and lint as `npm run
 * validate`, in the scenario checker's worker (src/ui/scenario-check/). One check runs at a time: a
 * flagship takes longer to check than a typing pause, and checks started at every pause would pile up
 * on the machine's cores. A text changed while its check ran is checked when that check comes back (and
 * typing has paused), and the outdated result is dropped.
 */
export function useLiveCheck(fileName: string, text: string): LiveCheck {
  const [check, setCheck] = useState<LiveCheck>({ kind: 'checking', last: null });
  const queue = useRef({ wanted: null as Asked | null, due: false, running: false });

  useEffect(() => {
    const q = queue.current;
    const drain = async () => {
      if (q.running) return;
      q.running = true;
      while (q.due && q.wanted !== null) {
        q.due = false;
        const asked = q.wanted;
        const outcome = await checkScenarioFile(asked.fileName, asked.text);
        if (asked !== q.wanted) continue;
        setCheck(
          outcome.kind === 'checked'
            ? { kind: 'checked', result: outcome.result, text: asked.text }
            : { kind: 'stopped' },
        );
      }
      q.running = false;
    };
    q.wanted = { fileName, text };
    // Already checking: the same state, so typing does not draw the editor a second time per key.
    setCheck((before) =>
      before.kind === 'checking'
        ? before
        : { kind: 'checking', last: before.kind === 'checked' ? before.result : null },
    );
    const timer = setTimeout(() => {
      q.due = true;
      void drain();
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fileName, text]);
  useEffect(
    () => () => {
      queue.current.wanted = null;
    },
    [],
  );
  return check;
}

/** The findings to list: the newest check's, or while checking, the previous one's. */
export function shownFindings(check: LiveCheck): readonly ShownDiagnostic[] {
  if (check.kind === 'checked') return check.result.diagnostics;
  if (check.kind === 'checking') return check.last?.diagnostics ?? [];
  return [];
}
