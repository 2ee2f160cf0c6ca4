import { applyEdits, modify } from 'jsonc-parser';

/**
 * A shipped scenario as the start of a new draft: the shipped file's own text (so a download passes
 * `biome format` unchanged, as the shipped file does) with one minimal edit, an id of its own, so the
 * draft and the shipped scenario never share a saved run or a place in the scenario list.
 */
export function templateFromShipped(fileText: string, shippedId: string): string {
  const edits = modify(fileText, ['id'], `${shippedId}-copy`, {});
  return applyEdits(fileText, edits);
}
