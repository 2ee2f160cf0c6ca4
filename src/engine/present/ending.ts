import type { CompiledScenario } from '../compile/types';
import type { RunState } from '../run/types';
import { meterRef } from './meters';
import type { EndCauseView, EndingView } from './types';

/** Which ending, what it says, why, and what ended the term; null while the run goes on. */
export function presentEnding(scenario: CompiledScenario, run: RunState): EndingView | null {
  if (run.phase.kind !== 'ended') return null;
  const ending = scenario.endings[run.phase.ending];
  if (ending === undefined) return null;
  const cause = run.phase.cause;
  const causeView: EndCauseView =
    cause.kind === 'failed'
      ? { kind: 'failed', meter: meterRef(scenario, cause.failed.meter), side: cause.failed.side }
      : { kind: cause.kind };
  return {
    id: ending.id,
    title: ending.source.title,
    text: ending.source.text,
    why: ending.source.why,
    tone: ending.source.tone,
    cause: causeView,
  };
}
