import { createScanner } from 'jsonc-parser';

/**
 * Deeper than any real scenario (a condition nested a few dozen levels is already unreadable), and far
 * below the depth at which jsonc-parser's and zod's recursive descent run out of stack.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * jsonc-parser's SyntaxKind values. It is a `const enum`, which `verbatimModuleSyntax` cannot read;
 * tests/engine/load/safety.test.ts fails if these ever drift.
 */
const Token = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4 } as const;

/**
 * Returns the offset of the first `{` or `[` that opens a level deeper than `maxDepth`, or undefined.
 * It walks tokens in a loop, never recursing, so it is safe on any input; strings and comments are
 * skipped by the scanner, so brackets inside them do not count. The loop ends on the scanner's
 * position rather than on its end-of-file token, so it cannot spin even if the token values drift.
 */
export function findTooDeepNesting(text: string, maxDepth = MAX_NESTING_DEPTH): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  while (scanner.getPosition() < text.length) {
    const token = scanner.scan();
    if (token === Token.openBrace || token === Token.openBracket) {
      depth += 1;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (token === Token.closeBrace || token === Token.closeBracket) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
