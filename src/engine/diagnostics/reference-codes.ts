import { error } from './code-entry';
import { describeValidIds, type ValidIds } from './phrase';

/** The kinds of things authors give ids to, as messages name them. */
const ID_WORDS = {
  meter: { en: 'meter', ko: '미터' },
  flag: { en: 'flag', ko: '플래그' },
  event: { en: 'event', ko: '사건' },
  character: { en: 'character', ko: '인물' },
  objective: { en: 'objective', ko: '학습 목표' },
  reference: { en: 'reference', ko: '참고 자료' },
  door: { en: 'door', ko: '문' },
  ending: { en: 'ending', ko: '결말' },
  choice: { en: 'choice', ko: '선택지' },
  clause: { en: 'clause', ko: '조항' },
  option: { en: 'option', ko: '선택안' },
} as const;
export type IdWord = keyof typeof ID_WORDS;

/** An id that names nothing declared: what it should name, the valid ids, and the nearest one. */
export interface UnknownId {
  readonly what: IdWord;
  readonly id: string;
  /** The list the valid ids come from, as the file spells it (`meters`, `choices`). */
  readonly list: string;
  readonly valid: ValidIds;
  /** The event or clause the id is looked up in, when it is not a top-level list. */
  readonly owner?: { readonly event: string } | { readonly clause: string };
  readonly suggestion?: string;
}

/** `unknown meter "trsut" (meters: trust, security, legalRisk); did you mean "trust"?` */
function unknownEn(a: UnknownId): string {
  const owner =
    a.owner === undefined
      ? ''
      : 'event' in a.owner
        ? ` of event "${a.owner.event}"`
        : ` in clause "${a.owner.clause}"`;
  const suggestion = a.suggestion === undefined ? '' : `; did you mean "${a.suggestion}"?`;
  return `unknown ${ID_WORDS[a.what].en} "${a.id}"${owner} ${describeValidIds(a.list, a.valid, 'en')}${suggestion}`;
}

function unknownKo(a: UnknownId): string {
  const owner =
    a.owner === undefined
      ? ''
      : 'event' in a.owner
        ? `사건 "${a.owner.event}"의 `
        : `조항 "${a.owner.clause}"의 `;
  const suggestion = a.suggestion === undefined ? '' : `; "${a.suggestion}"의 오타인가요?`;
  return `${owner}알 수 없는 ${ID_WORDS[a.what].ko} "${a.id}" ${describeValidIds(a.list, a.valid, 'ko')}${suggestion}`;
}

const unknown = () => error<UnknownId>(unknownEn, unknownKo);

/** LD109/LD110 also say when the event has no choices or no negotiation to look in at all. */
type MissingPart = { readonly missing: 'choices' | 'negotiation'; readonly event: string };

function missingPartEn(a: MissingPart): string {
  return a.missing === 'choices'
    ? `event "${a.event}" has no choices (for a negotiation, use "agreed")`
    : `event "${a.event}" has no negotiation (for choices, use "chose")`;
}

function missingPartKo(a: MissingPart): string {
  return a.missing === 'choices'
    ? `사건 "${a.event}"에는 선택지가 없습니다 (협상이라면 "agreed"를 쓰세요)`
    : `사건 "${a.event}"에는 협상이 없습니다 (선택지라면 "chose"를 쓰세요)`;
}

const unknownOrMissing = () =>
  error<UnknownId | MissingPart>(
    (a) => ('missing' in a ? missingPartEn(a) : unknownEn(a)),
    (a) => ('missing' in a ? missingPartKo(a) : unknownKo(a)),
  );

/** LD1xx: ids and references. */
export const REFERENCE_CODES = {
  LD101: error<{ what: IdWord; id: string; first: string }>(
    (a) => `duplicate ${ID_WORDS[a.what].en} id "${a.id}" (first at ${a.first})`,
    (a) => `중복된 ${ID_WORDS[a.what].ko} id "${a.id}" (처음 선언된 곳: ${a.first})`,
  ),
  LD102: unknown(),
  LD103: unknown(),
  LD104: unknown(),
  LD105: error<{ id: string; required: readonly string[]; near?: string }>(
    (a) =>
      `missing meter "${a.id}": the engine reads ${a.required.join(', ')}` +
      (a.near === undefined ? '' : `; is "${a.near}" meant to be "${a.id}"?`),
    (a) =>
      `미터 "${a.id}" 누락: 엔진은 ${a.required.join(', ')} 미터를 읽습니다` +
      (a.near === undefined ? '' : `; "${a.near}"은(는) "${a.id}"을(를) 뜻한 것인가요?`),
  ),
  LD106: unknown(),
  LD107: unknown(),
  LD108: unknown(),
  LD109: unknownOrMissing(),
  LD110: unknownOrMissing(),
  LD111: unknown(),
};
