import { useEffect, useRef, useState } from 'preact/hooks';
import { checkScenarioFile, type ShownDiagnostic } from '../ui/scenario-check';
import type { CheckResponse } from '../ui/scenario-check/messages';

/** Typing pauses this long before the text is checked again. */
export const CHECK_DELAY_MS = 500;

export type LiveCheck =
  | { readonly kind: 'checking'; readonly last: CheckResponse | null }
  | { readonly kind: 'checked'; readonly result: CheckResponse; readonly text: string }
  | { readonly kind: 'stopped' };

/**
 * Checks the draft as the author types, when typing pauses: the same load and lint as `npm run
 * validate`, in the scenario checker's worker (src/ui/scenario-check/). A check overtaken by newer text
 * is dropped when it comes back.
 */
export function useLiveCheck(fileName: string, text: string): LiveCheck {
  const [check, setCheck] = useState<LiveCheck>({ kind: 'checking', last: null });
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    setCheck((before) => ({
      kind: 'checking',
      last: before.kind === 'checked' ? before.result : lastOf(before),
    }));
    const timer = setTimeout(async () => {
      const outcome = await checkScenarioFile(fileName, text);
      if (mine !== sequence.current) return;
      setCheck(
        outcome.kind === 'checked' ? { kind: 'checked', result: outcome.result, text } : { kind: 'stopped' },
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fileName, text]);
  return check;
}

function lastOf(check: LiveCheck): CheckResponse | null {
  return check.kind === 'checking' ? check.last : null;
}

/** The findings to list: the newest check's, or while checking, the previous one's. */
export function shownFindings(check: LiveCheck): readonly ShownDiagnostic[] {
  if (check.kind === 'checked') return check.result.diagnostics;
  if (check.kind === 'checking') return check.last?.diagnostics ?? [];
  return [];
}
