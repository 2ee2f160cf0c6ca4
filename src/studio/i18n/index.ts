import type { Locale } from '../../engine';
import { type StudioMessages, studioEn } from './en';
import { studioKo } from './ko';

export type { StudioMessages } from './en';

const TABLES: Record<Locale, StudioMessages> = { en: studioEn, ko: studioKo };

export function studioMessages(locale: Locale): StudioMessages {
  return TABLES[locale];
}
