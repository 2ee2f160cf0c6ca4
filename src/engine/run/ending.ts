import type { CompiledEnding, EvalContext, FailedMeter } from '../compile/types';
import type { Draft } from './draft';
import type { EndCause, RunState } from './types';

/** Ends the run with the first ending whose condition holds; the last ending is the fallback. */
export function endRun(d: Draft, cause: EndCause): void {
  const failed: FailedMeter | null = cause.kind === 'failed' ? cause.failed : null;
  const ctx: EvalContext = { run: d, terms: null, appeal: 0, failed };
  const endings = d.scenario.endings;
  const match = endings.find((ending) => ending.when === null || ending.when(ctx));
  const ending = (match ?? (endings[endings.length - 1] as CompiledEnding)).index;
  d.phase = { kind: 'ended', ending, cause };
}

export function isEnded(run: RunState): boolean {
  return run.phase.kind === 'ended';
}
