import type { Locale } from '../../engine';
import { type FormMessages, formsEn } from './forms-en';
import { formsKo } from './forms-ko';

export type { FormMessages } from './forms-en';

const TABLES: Record<Locale, FormMessages> = { en: formsEn, ko: formsKo };

export function formMessages(locale: Locale): FormMessages {
  return TABLES[locale];
}
