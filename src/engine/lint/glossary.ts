import type { LintContext } from './context';

/**
 * The project's glossary: one term per row, the form to use in each language and the forms not to use.
 * scenarios/README.md §14 prints the same table (a test holds the two together), so an author reads the
 * rule and the checker enforces the same one. An avoided form in Hangul is looked for in Korean text,
 * any other in English text; a form never matches inside a longer word.
 */
export interface GlossaryTerm {
  readonly en: string;
  readonly ko: string;
  readonly avoid: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'Partner trust (`trust`)', ko: '협력 신뢰', avoid: ['파트너 신뢰'] },
  { en: 'Security (`security`)', ko: '보안', avoid: [] },
  { en: 'Legal risk (`legalRisk`, good: low)', ko: '법적 위험', avoid: ['법률 리스크', '법적 리스크'] },
  { en: 'Alliance standing (`alliance`)', ko: '동맹 입지', avoid: [] },
  { en: 'Research (`research`)', ko: '연구 성과', avoid: [] },
  {
    en: 'national core technology',
    ko: '국가핵심기술',
    avoid: ['국가 핵심 기술', 'national key technology'],
  },
  { en: 'export control', ko: '수출통제', avoid: ['수출 통제'] },
  { en: 'strategic items', ko: '전략물자', avoid: ['전략 물자', 'strategic goods'] },
  { en: 'deemed export', ko: '간주수출', avoid: ['간주 수출', '간주된 수출'] },
  { en: 'trade secret', ko: '영업비밀', avoid: ['영업 비밀', '기업 비밀'] },
  { en: 'research security', ko: '연구보안', avoid: ['연구 보안'] },
  { en: 'security-graded project', ko: '보안과제', avoid: [] },
  { en: 'technology control plan', ko: '기술통제계획(TCP)', avoid: ['기술 통제 계획'] },
  { en: 'background IP', ko: '배경 지식재산', avoid: ['백그라운드 IP', '지적재산', '지적 재산'] },
  { en: 'foreground (new) IP', ko: '신규 지식재산', avoid: ['포그라운드 IP'] },
  { en: 'publication review', ko: '발표 전 검토', avoid: [] },
  { en: 'joint research agreement', ko: '공동연구협약', avoid: ['공동 연구 협약'] },
  { en: 'data access tier', ko: '데이터 접근 등급', avoid: ['데이터 접근 티어'] },
  { en: 'governing law', ko: '준거법', avoid: ['준거 법'] },
  { en: 'arbitration', ko: '중재', avoid: [] },
  {
    en: 'Entity List',
    ko: '미국 상무부 우려거래자 목록(Entity List)',
    avoid: ['엔티티 리스트', '엔티티리스트'],
  },
  { en: 'exit interview', ko: '퇴직 면담', avoid: ['퇴사 면담'] },
  { en: 'non-compete', ko: '경업금지', avoid: ['경쟁금지', '경쟁 금지'] },
  { en: 'confidentiality agreement', ko: '비밀유지서약', avoid: ['비밀 유지 서약'] },
  { en: 'fundamental research', ko: '기초연구(공개 연구)', avoid: [] },
  { en: 'cloud', ko: '클라우드', avoid: [] },
  { en: 'compute', ko: '연산 자원', avoid: ['컴퓨트'] },
  {
    en: 'he, she, they (a person already named)',
    ko: '이름이나 직함 (한 박사, 팀장, 그쪽 연구진)',
    avoid: ['그녀', '그들', '그는', '그가', '그의', '그를', '그에게'],
  },
];

const HANGUL = /\p{Script=Hangul}/u;

/**
 * A letter or digit before the form means it is the end of a longer word, which is not a finding. After
 * it, Korean attaches particles (영업 비밀을), so only an English form must end where the word ends.
 */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const korean = HANGUL.test(form);
  const tail = korean ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, korean ? 'u' : 'iu');
}

interface AvoidedForm {
  readonly form: string;
  readonly use: string;
  readonly locale: 'ko' | 'en';
  readonly pattern: RegExp;
}

const AVOIDED: readonly AvoidedForm[] = GLOSSARY.flatMap((term) =>
  term.avoid.map((form) => {
    const korean = HANGUL.test(form);
    return {
      form,
      use: korean ? term.ko : term.en,
      locale: korean ? 'ko' : 'en',
      pattern: formPattern(form),
    };
  }),
);

/** LD506: a text uses a form the glossary says not to use, reported once per text and form. */
export function checkGlossary(context: LintContext): void {
  for (const { text, path } of context.sites.texts) {
    for (const avoided of AVOIDED) {
      const value = text[avoided.locale];
      if (value !== undefined && avoided.pattern.test(value))
        context.report('LD506', [...path, avoided.locale], { found: avoided.form, use: avoided.use });
    }
  }
}
