import type { Locale } from '../../engine';
import { removeAt, setAt } from '../forms/json-edit';
import type { TextRow } from './text-rows';

/**
 * The draft's text with one table cell written in, by the studio's minimal edits. An emptied cell
 * removes that language from the text (the checker then flags it as missing, as it would any
 * untranslated text), except the text's last language, which becomes "" so the row stays in the table
 * and the checker points at it, rather than an empty `{}` no one can see.
 */
export function withCell(text: string, row: TextRow, locale: Locale, value: string): string {
  if (value === row[locale]) return text;
  const other: Locale = locale === 'ko' ? 'en' : 'ko';
  if (value.trim() === '' && row[other] !== '')
    return row[locale] === '' ? text : removeAt(text, [...row.path, locale]);
  return setAt(text, [...row.path, locale], value);
}
