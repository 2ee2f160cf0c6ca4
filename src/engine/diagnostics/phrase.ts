import type { Locale } from '../locales';

/**
 * A piece of a diagnostic message in both languages, for the parts that are words rather than values
 * ("a number", "an empty list"). Plain data, so a diagnostic can cross a worker or be saved as it is.
 */
export type Phrase = Readonly<Record<Locale, string>>;

export function phrase(en: string, ko: string): Phrase {
  return { en, ko };
}

/** 2000000 → "2,000,000" (both languages group digits the same way). */
export function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How many valid ids a message lists before it gives only their count. */
const MAX_LISTED_IDS = 10;

/** The valid ids a message may list: the ids themselves when few, else only how many there are. */
export interface ValidIds {
  readonly count: number;
  readonly ids?: readonly string[];
}

export function validIds(ids: readonly string[]): ValidIds {
  return ids.length > MAX_LISTED_IDS ? { count: ids.length } : { count: ids.length, ids: [...ids] };
}

/** `(meters: a, b, c)`, or `(40 events)` when long, or `(no flags are declared)`. */
export function describeValidIds(list: string, valid: ValidIds, locale: Locale): string {
  if (valid.count === 0) return locale === 'ko' ? `(선언된 ${list} 없음)` : `(no ${list} are declared)`;
  if (valid.ids === undefined)
    return locale === 'ko' ? `(${list} ${valid.count}개)` : `(${valid.count} ${list})`;
  return `(${list}: ${valid.ids.join(', ')})`;
}

/**
 * The Korean particle after `word`: `withFinal` after a syllable with a final consonant (목록**이**),
 * `withoutFinal` after one without (숫자**가**); both as `이(가)` when the word does not end in Hangul.
 */
export function particle(word: string, withFinal: string, withoutFinal: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last < 0xac00 || last > 0xd7a3) return `${withFinal}(${withoutFinal})`;
  return (last - 0xac00) % 28 === 0 ? withoutFinal : withFinal;
}
