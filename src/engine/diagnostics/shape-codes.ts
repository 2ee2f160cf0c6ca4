import { error } from './code-entry';
import { type Phrase, particle } from './phrase';

/** `1 character`, `3 characters`. */
function characters(count: number): string {
  return `${count} character${count === 1 ? '' : 's'}`;
}

/** What was too small or too big: a text's length, a list's count, or a number. */
export type OutOfRange =
  | { readonly text: 'empty' | 'short'; readonly length: number; readonly min: number }
  | { readonly items: 'few' | 'many'; readonly count: number; readonly bound: number }
  | {
      readonly number: 'small' | 'big';
      readonly value: Phrase;
      readonly bound: number;
      readonly inclusive: boolean;
    };

function outOfRangeEn(a: OutOfRange): string {
  if ('text' in a) {
    const found = a.text === 'empty' ? 'empty text' : `text too short: ${characters(a.length)}`;
    return `${found} (at least ${characters(a.min)})`;
  }
  if ('items' in a) {
    return a.items === 'few'
      ? `too few items: ${a.count} (at least ${a.bound})`
      : `too many items: ${a.count} (at most ${a.bound})`;
  }
  const limit =
    a.number === 'small'
      ? `${a.inclusive ? 'at least' : 'more than'} ${a.bound}`
      : `${a.inclusive ? 'at most' : 'less than'} ${a.bound}`;
  return `${a.number === 'small' ? 'too small' : 'too big'}: ${a.value.en} (${limit})`;
}

function outOfRangeKo(a: OutOfRange): string {
  if ('text' in a) {
    const found = a.text === 'empty' ? '텍스트가 비어 있습니다' : `텍스트가 너무 짧습니다: ${a.length}자`;
    return `${found} (최소 ${a.min}자)`;
  }
  if ('items' in a) {
    return a.items === 'few'
      ? `항목이 너무 적습니다: ${a.count}개 (최소 ${a.bound}개)`
      : `항목이 너무 많습니다: ${a.count}개 (최대 ${a.bound}개)`;
  }
  const limit =
    a.number === 'small'
      ? `${a.bound} ${a.inclusive ? '이상' : '초과'}`
      : `${a.bound} ${a.inclusive ? '이하' : '미만'}`;
  return `${a.number === 'small' ? '값이 너무 작습니다' : '값이 너무 큽니다'}: ${a.value.ko} (${limit})`;
}

/** "expected X, got Y": what the format wanted there and what the file has. */
export interface Expected {
  readonly expected: Phrase;
  readonly got: Phrase;
}

const expectedEn = (a: Expected) => `expected ${a.expected.en}, got ${a.got.en}`;
const expectedKo = (a: Expected) =>
  `${a.expected.ko}${particle(a.expected.ko, '이', '가')} 와야 하는데 ${a.got.ko}입니다`;

/** LD2xx: the shape of the file (types, keys, ranges, formats), checked by the format's zod schema. */
export const SHAPE_CODES = {
  LD200: error<{ detail: string }>(
    (a) => a.detail,
    (a) => `형식 오류: ${a.detail}`,
  ),
  LD201: error<Expected>(expectedEn, expectedKo),
  LD202: error<{ key: string }>(
    (a) => `missing required key ${a.key}`,
    (a) => `필수 키 ${a.key}이(가) 없습니다`,
  ),
  LD203: error<{ key: string; meant?: string; allowed: readonly string[] }>(
    (a) =>
      `unknown key ${a.key}${a.meant === undefined ? '' : `: did you mean ${a.meant}?`}` +
      (a.allowed.length > 0 ? ` (allowed: ${a.allowed.join(', ')})` : ''),
    (a) =>
      `알 수 없는 키 ${a.key}${a.meant === undefined ? '' : `: ${a.meant}의 오타인가요?`}` +
      (a.allowed.length > 0 ? ` (쓸 수 있는 키: ${a.allowed.join(', ')})` : ''),
  ),
  LD204: error<OutOfRange>(outOfRangeEn, outOfRangeKo),
  LD205: error<{ length: number; max: number }>(
    (a) => `text too long: ${a.length} characters (at most ${a.max})`,
    (a) => `텍스트가 너무 깁니다: ${a.length}자 (최대 ${a.max}자)`,
  ),
  LD206: error<Expected>(expectedEn, expectedKo),
  LD207: error<{ allowed: readonly string[]; got: Phrase; suggestion?: string }>(
    (a) =>
      a.allowed.length === 1
        ? `expected ${a.allowed[0]}, got ${a.got.en}`
        : `expected one of ${a.allowed.join(', ')}; got ${a.got.en}` +
          (a.suggestion === undefined ? '' : ` (did you mean ${a.suggestion}?)`),
    (a) =>
      `허용되는 값: ${a.allowed.join(', ')}; 실제 값: ${a.got.ko}` +
      (a.suggestion === undefined ? '' : ` (${a.suggestion}의 오타인가요?)`),
  ),
  LD208: error<{ expected: Phrase; shapes: string; got: Phrase; suggestion?: string }>(
    (a) =>
      `expected ${a.expected.en}: one of ${a.shapes}, got ${a.got.en}` +
      (a.suggestion === undefined ? '' : ` (did you mean ${a.suggestion}?)`),
    (a) =>
      `${a.expected.ko}${particle(a.expected.ko, '이', '가')} 와야 합니다: ${a.shapes} 중 하나, 실제 값: ${a.got.ko}` +
      (a.suggestion === undefined ? '' : ` (${a.suggestion}의 오타인가요?)`),
  ),
  LD209: error<{ key: string; line: number; column: number }>(
    (a) => `duplicate key ${a.key} (first at line ${a.line}:${a.column}); JSON keeps only the last one`,
    (a) => `중복된 키 ${a.key} (처음 나온 곳: ${a.line}행 ${a.column}열); JSON은 마지막 것만 남깁니다`,
  ),
  LD210: error<{ key: string }>(
    (a) => `the key ${a.key} is not allowed: it can change how objects behave`,
    (a) => `키 ${a.key}은(는) 쓸 수 없습니다: 객체의 동작을 바꿀 수 있습니다`,
  ),
};
