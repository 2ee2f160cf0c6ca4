import { error, warning } from './code-entry';
import { groupThousands as g, type Phrase } from './phrase';

/** Why a file could not be read at all. */
export type Unreadable =
  | { readonly reason: 'empty' | 'whitespace' | 'missing' | 'directory' | 'denied' | 'special' }
  | { readonly reason: 'other'; readonly detail: string };

const UNREADABLE_EN = {
  empty: 'the file is empty',
  whitespace: 'the file holds only whitespace',
  missing: 'cannot read file: no such file',
  directory: 'cannot read file: it is a directory',
  denied: 'cannot read file: permission denied',
  special: 'cannot read file: not a regular file (a device, pipe or socket)',
} as const;

const UNREADABLE_KO = {
  empty: '파일이 비어 있습니다',
  whitespace: '파일에 공백만 있습니다',
  missing: '파일을 읽을 수 없습니다: 파일이 없습니다',
  directory: '파일을 읽을 수 없습니다: 폴더입니다',
  denied: '파일을 읽을 수 없습니다: 권한이 없습니다',
  special: '파일을 읽을 수 없습니다: 일반 파일이 아닙니다 (장치, 파이프 또는 소켓)',
} as const;

/** How large: the loader counts characters; the CLI stops reading at a number of bytes. */
export type TooLarge =
  | { readonly characters: number; readonly limit: number }
  | { readonly moreThanBytes: number };

/** LD0xx: the file itself, before its content is read as a scenario. */
export const FILE_CODES = {
  LD000: error<{ detail: string }>(
    (a) => `internal error while loading: ${a.detail}`,
    (a) => `불러오는 중 내부 오류가 났습니다: ${a.detail} (이 파일과 함께 알려 주세요)`,
  ),
  LD001: error<Unreadable>(
    (a) => (a.reason === 'other' ? `cannot read file: ${a.detail}` : UNREADABLE_EN[a.reason]),
    (a) => (a.reason === 'other' ? `파일을 읽을 수 없습니다: ${a.detail}` : UNREADABLE_KO[a.reason]),
  ),
  LD002: error<{ problem: Phrase }>(
    (a) => a.problem.en,
    (a) => a.problem.ko,
  ),
  LD003: error<TooLarge>(
    (a) =>
      'characters' in a
        ? `file too large: ${g(a.characters)} characters, limit ${g(a.limit)}`
        : `file too large: more than ${g(a.moreThanBytes)} bytes`,
    (a) =>
      'characters' in a
        ? `파일이 너무 큽니다: ${g(a.characters)}자 (한도 ${g(a.limit)}자)`
        : `파일이 너무 큽니다: ${g(a.moreThanBytes)}바이트 초과`,
  ),
  LD004: error<{ limit: number }>(
    (a) => `nesting too deep: more than ${a.limit} levels of lists and objects`,
    (a) => `중첩이 너무 깊습니다: 목록과 객체가 ${a.limit}단계를 넘습니다`,
  ),
  LD005: error<{ container: 'list' | 'object'; count: number; limit: number }>(
    (a) => {
      const items = a.container === 'list' ? 'items' : 'keys';
      return `${a.container} too long: ${g(a.count)} ${items}, at most ${g(a.limit)} in any ${a.container}`;
    },
    (a) => {
      const [what, items] = a.container === 'list' ? ['목록', '항목'] : ['객체', '키'];
      return `${what}이 너무 깁니다: ${items} ${g(a.count)}개 (${what} 하나에 최대 ${g(a.limit)}개)`;
    },
  ),
  LD006: error<{ more: number }>(
    (a) => `and ${g(a.more)} more findings not shown (fix these and check again)`,
    (a) => `그 밖에 보이지 않은 문제가 ${g(a.more)}개 더 있습니다 (이것들을 고치고 다시 확인하세요)`,
  ),
  LD007: warning<{ more: number }>(
    (a) => `and ${g(a.more)} more warnings not shown (fix these and check again)`,
    (a) => `그 밖에 보이지 않은 경고가 ${g(a.more)}개 더 있습니다 (이것들을 고치고 다시 확인하세요)`,
  ),
};
