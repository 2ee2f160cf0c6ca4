import type { CodeEntry } from './code-entry';
import { FILE_CODES } from './file-codes';
import { MEANING_CODES, TRANSLATION_CODES } from './meaning-codes';
import { REFERENCE_CODES } from './reference-codes';
import { SHAPE_CODES } from './shape-codes';
import { TEACHING_CODES } from './teaching-codes';

/**
 * Every code a scenario check can report, with its severity and its message in Korean and English.
 * Codes are stable so authors can search for them in scenarios/README.md (a test holds that guide's table
 * to this one): never renumber a code; retire it and take a new number instead.
 *   LD0xx the file itself (unreadable, empty, too large, not JSON, too many findings)
 *   LD1xx references and ids (duplicates, unknown meters/flags/events/…)
 *   LD2xx shape (wrong type, missing or unknown key, out of range)
 *   LD3xx meaning (unreachable events and endings, dead ends, cycles, unused flags)
 *   LD4xx translations
 *   LD5xx teaching (guessable answers, minutes, risk balance, sources): warnings only
 */
export const DIAGNOSTIC_CODES = {
  ...FILE_CODES,
  ...REFERENCE_CODES,
  ...SHAPE_CODES,
  ...MEANING_CODES,
  ...TRANSLATION_CODES,
  ...TEACHING_CODES,
};

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The arguments a code's message is built from. */
export type ArgsOf<C extends DiagnosticCode> =
  (typeof DIAGNOSTIC_CODES)[C] extends CodeEntry<infer Args> ? Args : never;

/** The arguments as a rest parameter: none for a code whose message takes none. */
export type ArgsParam<C extends DiagnosticCode> = ArgsOf<C> extends void ? [] : [args: ArgsOf<C>];
