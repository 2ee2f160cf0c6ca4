import type { Node } from 'jsonc-parser';

/**
 * Longer than any list the format allows (the longest, `events`, holds at most 1,000), so a real
 * scenario never meets it. Checked on the parse tree before the shape check, because zod checks every
 * item of a list before it looks at the list's length: 643,000 empty conditions took a minute and
 * gigabytes of issues to report.
 */
export const MAX_LIST_LENGTH = 1000;

/** Also the most keys one object may hold (a meter-change record names meters, a rubric names endings). */
const MAX_OBJECT_KEYS = 1000;

/** The first list or object in the tree with more items than allowed, or undefined. Walks with a stack, never recursing. */
export function findTooLongList(tree: Node | undefined): Node | undefined {
  const pending: Node[] = tree ? [tree] : [];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    const children = node.children ?? [];
    if (node.type === 'array' && children.length > MAX_LIST_LENGTH) return node;
    if (node.type === 'object' && children.length > MAX_OBJECT_KEYS) return node;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Node);
  }
  return undefined;
}
