import {
  findNodeAtOffset,
  getLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { JsonPath } from '../diagnostics';
import type { PositionOf } from './position';

/** Enough to fix a file in one pass; after that the parser's recovery mostly reports echoes. */
export const MAX_SYNTAX_ERRORS = 20;

/** A syntax error at a character offset, in words an author without a JSON background can act on. */
export interface SyntaxProblem {
  readonly offset: number;
  /** Where in the document the parser was, as far as it got (e.g. calendar.labels[1]). */
  readonly path: JsonPath;
  readonly message: string;
}

export interface SyntaxResult {
  /** The parse tree, used only to locate findings; values come from JSON.parse. */
  readonly tree: Node | undefined;
  readonly problems: readonly SyntaxProblem[];
}

const VALUE_KINDS = 'a string in double quotes, a number, true, false, null, an object or an array';

export function checkSyntax(text: string, positionOf: PositionOf): SyntaxResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const problems: SyntaxProblem[] = [];
  let lastLineReported = -1;
  for (const error of errors) {
    // jsonc-parser recovers and often reports the same mistake again at the next token or two;
    // one problem per line keeps the first, which is the one the author needs to fix.
    const { line } = positionOf(error.offset);
    if (line === lastLineReported) continue;
    lastLineReported = line;
    // A trailing comma is reported where the parser noticed it (at the closer); point at the comma.
    const comma = trailingCommaBefore(text, error.offset);
    const message =
      comma === undefined ? describeParseError(text, tree, error) : trailingCommaMessage(text, error.offset);
    const offset = comma ?? error.offset;
    problems.push({ offset, path: pathAt(text, offset), message });
    if (problems.length === MAX_SYNTAX_ERRORS) break;
  }
  return { tree, problems };
}

function describeParseError(text: string, tree: Node | undefined, error: ParseError): string {
  const found = quoteSnippet(text.slice(error.offset, error.offset + Math.max(error.length, 1)));
  const atEnd = text.slice(error.offset).trim() === '';
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return found.startsWith(`"'`)
        ? `unexpected ${found}: JSON strings and keys need double quotes`
        : `unexpected ${found}: expected a value (${VALUE_KINDS})`;
    case 'InvalidNumberFormat':
      return `invalid number ${found}`;
    case 'PropertyNameExpected':
      return atEnd
        ? 'unexpected end of file: expected a key'
        : `expected a key in double quotes, found ${found}`;
    case 'ValueExpected':
      return atEnd
        ? 'unexpected end of file: expected a value'
        : `expected a value (${VALUE_KINDS}), found ${found}`;
    case 'ColonExpected':
      return `expected a colon ":" after the key, found ${found}`;
    case 'CommaExpected':
      return `expected a comma or ${closerOfContainerAt(tree, error.offset)}, found ${found}`;
    case 'CloseBraceExpected':
      return atEnd
        ? 'unexpected end of file: expected "}" to close the object'
        : `expected a comma or "}", found ${found}`;
    case 'CloseBracketExpected':
      return atEnd
        ? 'unexpected end of file: expected "]" to close the list'
        : `expected a comma or "]", found ${found}`;
    case 'EndOfFileExpected':
      return `expected the end of the file (a JSON file holds a single value), found ${found}`;
    case 'InvalidCommentToken':
      return 'comments are not allowed in JSON';
    case 'UnexpectedEndOfComment':
      return 'unterminated comment (and comments are not allowed in JSON)';
    case 'UnexpectedEndOfString':
      return 'unterminated string: expected a closing double quote before the end of the line';
    case 'UnexpectedEndOfNumber':
      return `incomplete number ${found}`;
    case 'InvalidUnicode':
      return 'invalid unicode escape: write \\u followed by four hex digits';
    case 'InvalidEscapeCharacter':
      return 'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
    case 'InvalidCharacter':
      return 'control character in a string: write a line break as \\n and a tab as \\t';
    default:
      return `not valid JSON at ${found}`;
  }
}

/** The offset of the comma when the error sits on a `}` or `]` whose previous non-blank character is one. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const closer = text[offset];
  if (closer !== '}' && closer !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

function trailingCommaMessage(text: string, offset: number): string {
  return `trailing comma before "${text[offset]}": JSON does not allow a comma after the last item`;
}

/** Says which closer the author is missing, from the object or array the error sits in. */
function closerOfContainerAt(tree: Node | undefined, offset: number): string {
  let node = tree ? findNodeAtOffset(tree, offset) : undefined;
  while (node && node.type !== 'object' && node.type !== 'array') node = node.parent;
  if (node?.type === 'object') return 'closing brace "}"';
  if (node?.type === 'array') return 'closing bracket "]"';
  return 'closing bracket';
}

/** The path at an offset; an empty key means the parser stopped where a key was due, so it is dropped. */
function pathAt(text: string, offset: number): JsonPath {
  const path = getLocation(text, offset).path;
  return path[path.length - 1] === '' ? path.slice(0, -1) : path;
}

/** The text at the error, quoted unless it is already a string token; cut when long. */
function quoteSnippet(snippet: string): string {
  const short = snippet.length > 20 ? `${snippet.slice(0, 20)}…` : snippet;
  return short.startsWith('"') ? short : JSON.stringify(short);
}

/**
 * Values come from JSON.parse, never from jsonc-parser's `parse`: that one assigns keys with `obj[key] = …`,
 * so a `"__proto__"` key would replace the object's prototype. JSON.parse defines own properties.
 * It can only disagree with the tree check above on corner cases, which are then reported as LD002 too.
 */
export function parseJsonValue(text: string): { value: unknown } | { problem: SyntaxProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
    return { problem: { offset, path: pathAt(text, offset), message: `not valid JSON: ${message}` } };
  }
}
