import { warning } from './code-entry';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * LD5xx: whether a scenario teaches (issue 8), never about its format. Always warnings, so a small
 * draft still validates; shipped scenarios are held to them by tests. LD501 and LD502 need the
 * simulator (`npm run simulate` reports them); LD503 to LD508 are read from the file (`validate`).
 */
export const TEACHING_CODES = {
  LD501: warning<{ policy: string; share: number; random: number; bar: number }>(
    (a) =>
      `guessable: "${a.policy}" reads nothing and reaches a best ending in ${pct(a.share)} of runs ` +
      `(random play ${pct(a.random)}; at most ${pct(a.bar)})`,
    (a) =>
      `정답이 읽지 않고도 보입니다: "${a.policy}"(읽지 않는 플레이)가 ${pct(a.share)}의 실행에서 최선의 결말에 닿습니다 ` +
      `(무작위 플레이 ${pct(a.random)}; 최대 ${pct(a.bar)})`,
  ),
  LD502: warning<{ stated: number; measured: number }>(
    (a) =>
      `minutes is ${a.stated} but the median random run takes about ${a.measured} ` +
      '(English words read ÷ 200 + one minute per decision): state a figure within 20%',
    (a) =>
      `minutes는 ${a.stated}이지만 무작위 실행의 중앙값은 약 ${a.measured}분입니다 ` +
      '(읽은 영어 단어 수 ÷ 200 + 결정마다 1분): 20% 이내의 값을 적어 주세요',
  ),
  LD503: warning<{ kind: 'source' | 'country'; value: string; events: number; of: number }>(
    (a) =>
      `${a.events} of the ${a.of} risk-bearing events have risk ${a.kind} "${a.value}": ` +
      'no single source or country should carry more than half',
    (a) =>
      `위험이 있는 사건 ${a.of}개 중 ${a.events}개의 위험 ${a.kind === 'source' ? '출처' : '국가'}가 "${a.value}"입니다: ` +
      '한 출처나 한 나라가 절반을 넘지 않게 하세요',
  ),
  LD504: warning<{ events: number }>(
    (a) =>
      `${a.events} events change meters but none says where its risk comes from: tag the risk-bearing ones with "risk"`,
    (a) =>
      `미터를 바꾸는 사건이 ${a.events}개 있지만 위험의 출처를 밝힌 사건이 없습니다: 위험이 있는 사건에 "risk"를 붙이세요`,
  ),
  LD505: warning<{ url: string }>(
    (a) => `the reference address ${a.url} is not in docs/sources.md`,
    (a) => `참고 주소 ${a.url}가 docs/sources.md에 없습니다`,
  ),
  LD506: warning<{ found: string; use: string }>(
    (a) => `"${a.found}" is on the glossary's do-not-use list: write "${a.use}" (scenarios/README.md §14)`,
    (a) =>
      `"${a.found}"는 용어집에서 쓰지 않기로 한 표현입니다: "${a.use}"로 쓰세요 (scenarios/README.md §14)`,
  ),
  LD507: warning<{ id: string }>(
    (a) =>
      `no option shows objective "${a.id}": the debrief can never call it shown (tag the options that show it)`,
    (a) =>
      `학습 목표 "${a.id}"를 보여 주는 선택지가 없습니다: 결과 정리에서 이 목표는 달성될 수 없습니다 (보여 주는 선택지에 shows를 붙이세요)`,
  ),
  LD508: warning<{ id: string }>(
    (a) =>
      `no option goes against objective "${a.id}": the debrief can never call it missed, only shown or not met ` +
      '(tag the options that cut against it with "against")',
    (a) =>
      `학습 목표 "${a.id}"에 어긋나는 선택지가 없습니다: 결과 정리에서 놓친 목표로 나올 수 없습니다 ` +
      '(목표에 어긋나는 선택지에 against를 붙이세요)',
  ),
};
