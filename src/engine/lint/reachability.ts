import type { JsonPath } from '../diagnostics';
import type { Condition } from '../format/conditions';
import type { Event } from '../format/scenario';
import type { LintContext } from './context';
import { flagsEverSet } from './flags';

/**
 * LD321, LD325: every event can be shown somehow, and the deck always has something to draw.
 * Impossible meter and turn bounds in a `when` are reported where they are written (LD314).
 */
export function checkEventReachability(context: LintContext): void {
  const targets = eventTargets(context);
  const setFlags = flagsEverSet(context);
  context.scenario.events.forEach((event, i) => {
    const path = ['events', i];
    if (event.scheduledOnly === true && !targets.has(event.id)) {
      context.report('LD321', [...path, 'scheduledOnly'], { event: event.id });
    }
    if (event.when === undefined) return;
    for (const required of requiredConditions(event.when, [...path, 'when'])) {
      const flag = 'flag' in required.condition ? required.condition.flag : undefined;
      if (flag === undefined || setFlags.has(flag) || !context.catalog.has('flag', flag)) continue;
      context.report('LD321', [...required.path, 'flag'], { event: event.id, flag });
    }
  });
  if (!context.scenario.events.some(isFallback)) {
    context.report('LD325', ['events']);
  }
}

/** Events that a `next`, a schedule or a meter warning presents without drawing them. */
function eventTargets(context: LintContext): Set<string> {
  const targets = new Set<string>();
  for (const use of context.sites.ids) if (use.kind === 'event' && use.role === 'target') targets.add(use.id);
  return targets;
}

/** The conditions that must all hold for `condition` to hold: itself, and through `all`, its parts. */
function requiredConditions(
  condition: Condition,
  path: JsonPath,
): { condition: Condition; path: JsonPath }[] {
  const required: { condition: Condition; path: JsonPath }[] = [];
  const pending = [{ condition, path }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    required.push(next);
    const current = next;
    if ('all' in current.condition) {
      current.condition.all.forEach((part, i) => {
        pending.push({ condition: part, path: [...current.path, 'all', i] });
      });
    }
  }
  return required;
}

/** Drawable on any turn, again and again: what keeps the deck from running dry. */
function isFallback(event: Event): boolean {
  return (
    event.when === undefined &&
    event.once !== true &&
    event.maxTimes === undefined &&
    event.scheduledOnly !== true &&
    event.cooldown === 0
  );
}
