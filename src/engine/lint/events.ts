import type { JsonPath } from '../diagnostics';
import type { Event } from '../format/scenario';
import type { LintContext } from './context';

/** The most choices a card can show; the shape allows 0..9, the engine needs at least one. */
const MAX_CHOICES = 9;

/** LD308, LD309, LD322: each event is one kind of card, repeats one way, and cannot silently vanish. */
export function checkEvents(context: LintContext): void {
  context.scenario.events.forEach((event, i) => {
    const path = ['events', i];
    checkKind(context, event, path);
    if (event.once === true && event.maxTimes !== undefined) {
      context.report('LD309', [...path, 'maxTimes'], { maxTimes: event.maxTimes });
    }
    checkDeadEnd(context, event, path);
  });
}

function checkKind(context: LintContext, event: Event, path: JsonPath): void {
  const { choices, negotiation } = event;
  if (choices !== undefined && negotiation !== undefined) {
    context.report('LD308', [...path, 'negotiation'], { problem: 'both', max: MAX_CHOICES });
  } else if (choices === undefined && negotiation === undefined) {
    context.report('LD308', path, { problem: 'neither', max: MAX_CHOICES });
  } else if (choices !== undefined && choices.length === 0) {
    context.report('LD308', [...path, 'choices'], { problem: 'no-choices', max: MAX_CHOICES });
  }
}

/** When no choice's `when` holds there is nothing to pick, and the card cannot be answered. */
function checkDeadEnd(context: LintContext, event: Event, path: JsonPath): void {
  const choices = event.choices ?? [];
  if (choices.length === 0 || choices.some((choice) => choice.when === undefined)) return;
  const lockedShown = choices.some((choice) => choice.lockedReason !== undefined);
  context.report('LD322', [...path, 'choices'], { lockedShown });
}
