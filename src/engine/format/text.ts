import { z } from 'zod';

export { LOCALES, type Locale } from '../locales';

/** Long enough for any card or debrief note; short enough that a runaway paste is caught at load. */
const MAX_TEXT_LENGTH = 4000;

const localeString = z.string().min(1).max(MAX_TEXT_LENGTH);

/**
 * Player-visible text, one entry per locale, inline so one facilitator edits one file.
 * Both locales are optional here so that a missing translation is a lint finding that points at the
 * text, rather than a shape error that hides every other problem in the file.
 */
export const LocalText = z
  .strictObject({ ko: localeString.optional(), en: localeString.optional() })
  .meta({ description: 'Text shown to players, in Korean (ko) and English (en).' });
export type LocalText = z.infer<typeof LocalText>;

/** Author ids: stable keys that saves, results and conditions refer to. */
export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'an id: a letter, then letters, digits, "-" or "_" (at most 64)');
