import type { LintContext } from './context';

/** LD316, LD317: one label per turn, and nothing scheduled beyond the last turn. */
export function checkCalendar(context: LintContext): void {
  const { turns, labels } = context.scenario.calendar;
  if (labels.length !== turns) {
    context.report('LD316', ['calendar', 'labels'], { turns, labels: labels.length });
  }
  // Scheduled on turn 1 at the earliest, so anything `turns` or more away is due after the last turn.
  for (const { entry, path } of context.sites.schedules) {
    if (entry.in >= turns) {
      context.report('LD317', [...path, 'in'], { in: entry.in, turns });
    }
  }
}
