import type { Locale } from '../../engine';
import { type MapMessages, mapEn } from './map-en';
import { mapKo } from './map-ko';

export type { MapMessages } from './map-en';

const TABLES: Record<Locale, MapMessages> = { en: mapEn, ko: mapKo };

export function mapMessages(locale: Locale): MapMessages {
  return TABLES[locale];
}
