import type { CompiledScenario } from '../compile/types';
import type { RunState } from '../run/types';
import { decisionTurns, entriesSinceDecision } from './log';
import { meterChanges, meterRef } from './meters';
import type { CauseView, NoticeView } from './types';

/**
 * What the player is told before the card on screen: consequences that landed or were averted,
 * warnings and held meters since the last decision (or since the start), oldest first. The outcome and
 * ending screens show none: those tell the decision's own story.
 */
export function presentNotices(scenario: CompiledScenario, run: RunState): NoticeView[] {
  if (run.phase.kind !== 'choosing' && run.phase.kind !== 'negotiating') return [];
  const entries = entriesSinceDecision(run);
  if (entries.length === 0) return [];
  let turns: number[] | null = null;
  const cause = (decision: number): CauseView => {
    turns ??= decisionTurns(run);
    const turn = turns[decision] ?? 1;
    return { decision, turn, turnLabel: scenario.source.calendar.labels[turn - 1] ?? {} };
  };
  const notices: NoticeView[] = [];
  for (const entry of entries) {
    if (entry.kind === 'warning' || entry.kind === 'held') {
      notices.push({ kind: entry.kind, meter: meterRef(scenario, entry.meter), side: entry.side });
    }
    if (entry.kind !== 'consequence') continue;
    const schedule = scenario.schedules.get(entry.ref);
    const event = schedule && schedule.event >= 0 ? (scenario.events[schedule.event]?.id ?? null) : null;
    if (entry.result === 'averted') {
      notices.push({ kind: 'averted', event, cause: cause(entry.cause) });
      continue;
    }
    notices.push({
      kind: 'consequence',
      note: schedule?.note ?? null,
      event,
      changes: meterChanges(scenario, entry.before, entry.after),
      cause: cause(entry.cause),
    });
  }
  return notices;
}
