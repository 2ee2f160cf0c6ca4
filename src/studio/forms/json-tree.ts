import { type Node, parseTree } from 'jsonc-parser';

/**
 * The syntax tree of a draft's text (jsonc-parser's, with every value's place in the text), kept for the
 * last text asked about: the translation table reads the tree of the text a cell edit then changes, and
 * an edit that refits an array reads its own result again. A flagship's tree takes tens of milliseconds
 * to build, too long to build twice per keystroke. The tree is shared: no caller changes it.
 */
let last: { readonly text: string; readonly tree: Node } | null = null;

/** An empty document reads as a lone `null`, so callers need not handle a missing tree. */
export function treeOf(text: string): Node {
  if (last?.text === text) return last.tree;
  const tree = parseTree(text) ?? { type: 'null', offset: 0, length: 0 };
  last = { text, tree };
  return tree;
}
