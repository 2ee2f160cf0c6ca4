import type { Condition } from '../../engine';
import type { MapMessages } from '../i18n/map';

type Words = MapMessages['when'];

/** "≥ 40", "≤ 45" or "40–60": a bound as an author reads it. */
export function boundsText(range: { atLeast?: number; atMost?: number }): string {
  const { atLeast, atMost } = range;
  if (atLeast !== undefined && atMost !== undefined) return `${atLeast}–${atMost}`;
  if (atLeast !== undefined) return `≥ ${atLeast}`;
  return atMost === undefined ? '' : `≤ ${atMost}`;
}

/**
 * A condition in one line of words (an ending's, on the map and in the list): ids stay as written, since
 * they are what the author types; `any` inside `all` is bracketed so "and" and "or" read unambiguously.
 */
export function conditionText(condition: Condition | undefined, words: Words): string {
  if (condition === undefined) return words.otherwise;
  return describe(condition, words, false);
}

function describe(condition: Condition, words: Words, nested: boolean): string {
  if ('all' in condition) {
    const text = condition.all.map((part) => describe(part, words, true)).join(words.and);
    return nested && condition.all.length > 1 ? `(${text})` : text;
  }
  if ('any' in condition) {
    const text = condition.any.map((part) => describe(part, words, true)).join(words.or);
    return nested && condition.any.length > 1 ? `(${text})` : text;
  }
  if ('not' in condition) return words.not(describe(condition.not, words, false));
  if ('flag' in condition) return words.flag(condition.flag);
  if ('meter' in condition) return words.meter(condition.meter, boundsText(condition));
  if ('turn' in condition) return words.turn(boundsText(condition.turn));
  if ('visits' in condition) return words.visits(condition.visits, boundsText(condition));
  if ('turnsSince' in condition) return words.turnsSince(condition.turnsSince, boundsText(condition));
  if ('chose' in condition) return words.chose(condition.chose.event, condition.chose.choice);
  if ('agreed' in condition) {
    const { event, clause, option } = condition.agreed;
    return words.agreed(event, clause, option);
  }
  if ('failed' in condition) return words.failed(condition.failed, condition.side ?? '');
  return words.other;
}
