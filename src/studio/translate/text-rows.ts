import type { Node } from 'jsonc-parser';
import type { Locale } from '../../engine';
import { treeOf } from '../forms/json-tree';

/** Where a text sits in the file: the JSON path from the root to its `{ "ko", "en" }` object. */
export type TextPath = readonly (string | number)[];

/** One step of a text's place as people read it: a list entry (by its id when it has one) or a field. */
export type PlaceStep =
  | { readonly kind: 'entry'; readonly list: string; readonly id: string | null; readonly index: number }
  | { readonly kind: 'field'; readonly key: string };

/** One bilingual text of a draft: a row of the translation table. */
export interface TextRow {
  readonly path: TextPath;
  readonly place: readonly PlaceStep[];
  /** The text in each language; '' when it is absent (a blank one is missing too). */
  readonly ko: string;
  readonly en: string;
}

export const TABLE_LOCALES: readonly Locale[] = ['ko', 'en'];

/**
 * Record fields whose values are ids, not texts: a partner's counter names clause → option, and a clause
 * may be called "ko" or "en"; its object must not be taken for a text.
 */
const ID_RECORDS = new Set(['counter']);

/**
 * Every bilingual text of a draft, in file order. A text is an object whose only keys are `ko` and `en`
 * with string values, which is how the format writes every player-facing text (LocalText). Read from the
 * text as it is, so the table shows a draft that does not check yet; a text that is not JSON gives no rows.
 */
export function textRows(text: string): TextRow[] {
  const rows: TextRow[] = [];
  walk(treeOf(text), [], [], rows);
  return rows;
}

export function isMissing(row: TextRow): boolean {
  return row.ko.trim() === '' || row.en.trim() === '';
}

function walk(node: Node, path: TextPath, place: readonly PlaceStep[], rows: TextRow[]): void {
  if (node.type === 'object') {
    const texts = localText(node);
    if (texts !== null) {
      rows.push({ path, place, ...texts });
      return;
    }
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (keyNode === undefined || value === undefined || typeof keyNode.value !== 'string') continue;
      const key = keyNode.value;
      if (ID_RECORDS.has(key)) continue;
      walk(value, [...path, key], [...place, { kind: 'field', key }], rows);
    }
  } else if (node.type === 'array') {
    const list = String(path.at(-1) ?? '');
    // The list's own name becomes part of each entry's step, not a step of its own.
    const outer = place.at(-1)?.kind === 'field' ? place.slice(0, -1) : place;
    (node.children ?? []).forEach((item, index) => {
      const step: PlaceStep = { kind: 'entry', list, id: idOf(item), index };
      walk(item, [...path, index], [...outer, step], rows);
    });
  }
}

function localText(node: Node): { ko: string; en: string } | null {
  const children = node.children ?? [];
  if (children.length === 0) return null;
  const found: Record<string, string> = {};
  for (const property of children) {
    const [keyNode, value] = property.children ?? [];
    const key = keyNode?.value;
    if ((key !== 'ko' && key !== 'en') || value?.type !== 'string') return null;
    found[key] = String(value.value);
  }
  return { ko: found.ko ?? '', en: found.en ?? '' };
}

function idOf(item: Node): string | null {
  if (item.type !== 'object') return null;
  for (const property of item.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.value === 'id' && value?.type === 'string') return String(value.value);
  }
  return null;
}
