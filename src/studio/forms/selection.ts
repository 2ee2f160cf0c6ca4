import type { Path } from './draft-doc';

/** The navigator's sections, in the order an author fills them in. */
export const SECTIONS = [
  'scenario',
  'meters',
  'flags',
  'characters',
  'objectives',
  'references',
  'events',
  'endings',
] as const;
export type Section = (typeof SECTIONS)[number];
export type ListSection = Exclude<Section, 'scenario'>;

/** What the form view shows: the scenario's own fields, or one item of a list. */
export type Selection =
  | { readonly section: 'scenario' }
  | { readonly section: ListSection; readonly index: number };

export const SCENARIO: Selection = { section: 'scenario' };

export function isListSection(key: string | number | undefined): key is ListSection {
  return typeof key === 'string' && key !== 'scenario' && (SECTIONS as readonly string[]).includes(key);
}

/**
 * The selection that shows a JSON path's field: the item a path inside a list points into, else the
 * scenario's own fields. (Whether that item's form has a field for the path is for the form to say.)
 */
export function selectionOf(path: Path): Selection {
  const [head, index] = path;
  if (isListSection(head) && typeof index === 'number') return { section: head, index };
  return SCENARIO;
}

export function pathOf(selection: Selection): Path {
  return selection.section === 'scenario' ? [] : [selection.section, selection.index];
}

export const sameSelection = (a: Selection, b: Selection) =>
  a.section === b.section && (a.section === 'scenario' || a.index === (b as { index: number }).index);
