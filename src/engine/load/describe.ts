import { type Phrase, phrase } from '../diagnostics';

/** How long a quoted input may be inside a message before it is cut. */
const MAX_QUOTED_LENGTH = 40;

/**
 * Names what the author wrote, for "got …" in messages: `a string ("ten")`, `a number (1.5)`,
 * `true`, `null`, `a list`, `an object`.
 */
export function describeValue(value: unknown): Phrase {
  if (value === null) return phrase('null', 'null');
  if (typeof value === 'string') return phrase(`a string (${quote(value)})`, `문자열 ${quote(value)}`);
  if (typeof value === 'number') return phrase(`a number (${value})`, `숫자 ${value}`);
  if (typeof value === 'boolean') return phrase(String(value), String(value));
  if (Array.isArray(value)) {
    return value.length === 0 ? phrase('an empty list', '빈 목록') : phrase('a list', '목록');
  }
  if (typeof value === 'object') return phrase('an object', '객체');
  return phrase('nothing', '값 없음');
}

/** The value as JSON when it is short and simple, else its description: for "got 2", "got \"lib\"". */
export function showValue(value: unknown): Phrase {
  if (typeof value === 'string') return phrase(quote(value), quote(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return phrase(String(value), String(value));
  }
  return describeValue(value);
}

/** A JSON string literal, shortened with "…" when long. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text);
}

const TYPE_NAMES: Readonly<Record<string, Phrase>> = {
  int: phrase('a whole number', '정수'),
  number: phrase('a number', '숫자'),
  string: phrase('a string', '문자열'),
  boolean: phrase('true or false', 'true 또는 false'),
  object: phrase('an object', '객체'),
  record: phrase('an object', '객체'),
  array: phrase('a list', '목록'),
};

/** What a zod `expected` type is called in a message. */
export function nameOfType(expected: string): Phrase {
  return (
    (Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : undefined) ??
    phrase(/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`, expected)
  );
}
