import type { Locale } from '../../engine';
import { studioEn } from './en';
import { studioKo } from './ko';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type StudioMessages = Widen<typeof studioEn>;

const TABLES: Record<Locale, StudioMessages> = { en: studioEn, ko: studioKo };

export function studioMessages(locale: Locale): StudioMessages {
  return TABLES[locale];
}
