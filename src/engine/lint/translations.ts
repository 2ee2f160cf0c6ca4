import type { LintContext } from './context';

/** Identical short texts (names, acronyms, "OK") are often the same in both languages on purpose. */
const MIN_UNTRANSLATED_LENGTH = 21;

const HANGUL = /\p{Script=Hangul}/u;
const LETTER = /\p{L}/u;

/**
 * LD401–LD404: every player-visible text is in Korean and English, and looks translated. Reported at
 * the text object, because a missing locale has no position of its own in the file.
 */
export function checkTranslations(context: LintContext): void {
  for (const { text, path } of context.sites.texts) {
    const { ko, en } = text;
    if (ko === undefined) context.report('LD401', path);
    if (en === undefined) context.report('LD402', path);
    if (ko === undefined) continue;
    if (ko === en && ko.length >= MIN_UNTRANSLATED_LENGTH) {
      context.report('LD403', path);
    } else if (LETTER.test(ko) && !HANGUL.test(ko)) {
      // Digits and punctuation alone ("2026", "—") are fine; letters without Hangul mean another language.
      context.report('LD404', [...path, 'ko']);
    }
  }
}
