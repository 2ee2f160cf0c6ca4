import {
  findNodeAtOffset,
  getLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { type JsonPath, type Phrase, phrase } from '../diagnostics';
import type { PositionOf } from './position';

/** Enough to fix a file in one pass; after that the parser's recovery mostly reports echoes. */
const MAX_SYNTAX_ERRORS = 20;

/** A syntax error at a character offset, in words an author without a JSON background can act on. */
export interface SyntaxProblem {
  readonly offset: number;
  /** Where in the document the parser was, as far as it got (e.g. calendar.labels[1]). */
  readonly path: JsonPath;
  readonly problem: Phrase;
}

export interface SyntaxResult {
  /** The parse tree, used only to locate findings; values come from JSON.parse. */
  readonly tree: Node | undefined;
  readonly problems: readonly SyntaxProblem[];
}

const VALUE_KINDS = 'a string in double quotes, a number, true, false, null, an object or an array';
const VALUE_KINDS_KO = '큰따옴표 안의 문자열, 숫자, true, false, null, 객체 또는 배열';

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
    const problem =
      comma === undefined ? describeParseError(text, tree, error) : trailingCommaMessage(text, error.offset);
    const offset = comma ?? error.offset;
    problems.push({ offset, path: pathAt(text, offset), problem });
    if (problems.length === MAX_SYNTAX_ERRORS) break;
  }
  return { tree, problems };
}

function describeParseError(text: string, tree: Node | undefined, error: ParseError): Phrase {
  const found = quoteSnippet(text.slice(error.offset, error.offset + Math.max(error.length, 1)));
  const atEnd = text.slice(error.offset).trim() === '';
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return found.startsWith(`"'`)
        ? phrase(
            `unexpected ${found}: JSON strings and keys need double quotes`,
            `예상하지 못한 ${found}: JSON의 문자열과 키에는 큰따옴표가 필요합니다`,
          )
        : phrase(
            `unexpected ${found}: expected a value (${VALUE_KINDS})`,
            `예상하지 못한 ${found}: 값(${VALUE_KINDS_KO})이 와야 합니다`,
          );
    case 'InvalidNumberFormat':
      return phrase(`invalid number ${found}`, `잘못된 숫자 ${found}`);
    case 'PropertyNameExpected':
      return atEnd
        ? phrase('unexpected end of file: expected a key', '파일이 예상보다 일찍 끝납니다: 키가 와야 합니다')
        : phrase(
            `expected a key in double quotes, found ${found}`,
            `큰따옴표로 감싼 키가 와야 하는데 ${found}입니다`,
          );
    case 'ValueExpected':
      return atEnd
        ? phrase(
            'unexpected end of file: expected a value',
            '파일이 예상보다 일찍 끝납니다: 값이 와야 합니다',
          )
        : phrase(
            `expected a value (${VALUE_KINDS}), found ${found}`,
            `값(${VALUE_KINDS_KO})이 와야 하는데 ${found}입니다`,
          );
    case 'ColonExpected':
      return phrase(
        `expected a colon ":" after the key, found ${found}`,
        `키 뒤에 콜론 ":"이 와야 하는데 ${found}입니다`,
      );
    case 'CommaExpected': {
      const closer = closerOfContainerAt(tree, error.offset);
      return phrase(
        `expected a comma or ${closer.en}, found ${found}`,
        `쉼표나 ${closer.ko}이(가) 와야 하는데 ${found}입니다`,
      );
    }
    case 'CloseBraceExpected':
      return atEnd
        ? phrase(
            'unexpected end of file: expected "}" to close the object',
            '파일이 예상보다 일찍 끝납니다: 객체를 닫는 "}"가 와야 합니다',
          )
        : phrase(`expected a comma or "}", found ${found}`, `쉼표나 "}"가 와야 하는데 ${found}입니다`);
    case 'CloseBracketExpected':
      return atEnd
        ? phrase(
            'unexpected end of file: expected "]" to close the list',
            '파일이 예상보다 일찍 끝납니다: 목록을 닫는 "]"가 와야 합니다',
          )
        : phrase(`expected a comma or "]", found ${found}`, `쉼표나 "]"가 와야 하는데 ${found}입니다`);
    case 'EndOfFileExpected':
      return phrase(
        `expected the end of the file (a JSON file holds a single value), found ${found}`,
        `파일이 끝나야 하는데 ${found}이(가) 있습니다 (JSON 파일에는 값이 하나만 들어갑니다)`,
      );
    case 'InvalidCommentToken':
      return phrase('comments are not allowed in JSON', 'JSON에는 주석을 쓸 수 없습니다');
    case 'UnexpectedEndOfComment':
      return phrase(
        'unterminated comment (and comments are not allowed in JSON)',
        '주석이 닫히지 않았습니다 (JSON에는 주석을 쓸 수 없습니다)',
      );
    case 'UnexpectedEndOfString':
      return phrase(
        'unterminated string: expected a closing double quote before the end of the line',
        '문자열이 닫히지 않았습니다: 줄이 끝나기 전에 닫는 큰따옴표가 와야 합니다',
      );
    case 'UnexpectedEndOfNumber':
      return phrase(`incomplete number ${found}`, `끝나지 않은 숫자 ${found}`);
    case 'InvalidUnicode':
      return phrase(
        'invalid unicode escape: write \\u followed by four hex digits',
        '잘못된 유니코드 이스케이프: \\u 뒤에 16진수 네 자리를 쓰세요',
      );
    case 'InvalidEscapeCharacter':
      return phrase(
        'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
        '잘못된 이스케이프: \\" \\\\ \\/ \\b \\f \\n \\r \\t 또는 \\uXXXX를 쓰세요',
      );
    case 'InvalidCharacter':
      return phrase(
        'control character in a string: write a line break as \\n and a tab as \\t',
        '문자열 안의 제어 문자: 줄바꿈은 \\n, 탭은 \\t로 쓰세요',
      );
    default:
      return phrase(`not valid JSON at ${found}`, `${found}에서 JSON이 올바르지 않습니다`);
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

function trailingCommaMessage(text: string, offset: number): Phrase {
  return phrase(
    `trailing comma before "${text[offset]}": JSON does not allow a comma after the last item`,
    `"${text[offset]}" 앞의 남는 쉼표: JSON에서는 마지막 항목 뒤에 쉼표를 쓸 수 없습니다`,
  );
}

/** Says which closer the author is missing, from the object or array the error sits in. */
function closerOfContainerAt(tree: Node | undefined, offset: number): Phrase {
  let node = tree ? findNodeAtOffset(tree, offset) : undefined;
  while (node && node.type !== 'object' && node.type !== 'array') node = node.parent;
  if (node?.type === 'object') return phrase('closing brace "}"', '닫는 중괄호 "}"');
  if (node?.type === 'array') return phrase('closing bracket "]"', '닫는 대괄호 "]"');
  return phrase('closing bracket', '닫는 괄호');
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
    const problem = phrase(`not valid JSON: ${message}`, `올바른 JSON이 아닙니다: ${message}`);
    return { problem: { offset, path: pathAt(text, offset), problem } };
  }
}
