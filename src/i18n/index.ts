import type { Locale } from '../engine';
import { en, type Messages } from './en';
import { ko } from './ko';

export type { Messages } from './en';

const MESSAGES: Record<Locale, Messages> = { en, ko };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
