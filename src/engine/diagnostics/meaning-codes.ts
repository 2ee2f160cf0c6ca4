import { error, warning } from './code-entry';
import type { Phrase } from './phrase';

type Side = 'low' | 'high';

/** A quoted, comma-separated list of ids: `"a", "b"`. */
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** LD3xx: meaning (ranges, thresholds, reachability, dead ends, cycles, unused declarations). */
export const MEANING_CODES = {
  LD301: error<{ min: number; max: number }>(
    (a) => `max (${a.max}) must be greater than min (${a.min})`,
    (a) => `max (${a.max})는 min (${a.min})보다 커야 합니다`,
  ),
  LD302: error<{ start: number; min: number; max: number }>(
    (a) => `start (${a.start}) must be within min..max (${a.min}..${a.max})`,
    (a) => `start (${a.start})는 min..max (${a.min}..${a.max}) 안에 있어야 합니다`,
  ),
  LD303: error<{ start: number; side: Side; edge: number }>(
    (a) =>
      a.side === 'low'
        ? `start (${a.start}) must be above the low zone (<= ${a.edge})`
        : `start (${a.start}) must be below the high zone (>= ${a.edge})`,
    (a) =>
      a.side === 'low'
        ? `start (${a.start})는 낮은 구간(${a.edge} 이하)보다 위여야 합니다`
        : `start (${a.start})는 높은 구간(${a.edge} 이상)보다 아래여야 합니다`,
  ),
  LD304: error<{ name: string; value: number; below: string; belowValue: number }>(
    (a) =>
      `${a.name} (${a.value}) must be greater than ${a.below} (${a.belowValue}): ` +
      'thresholds go low.fail < low.warn < high.warn < high.fail',
    (a) =>
      `${a.name} (${a.value})는 ${a.below} (${a.belowValue})보다 커야 합니다: ` +
      '기준선 순서는 low.fail < low.warn < high.warn < high.fail 입니다',
  ),
  LD305: error<{ name: string; value: number; min: number; max: number }>(
    (a) => `${a.name} (${a.value}) must be within min..max (${a.min}..${a.max}), or it is never reached`,
    (a) =>
      `${a.name} (${a.value})는 min..max (${a.min}..${a.max}) 안에 있어야 합니다. 아니면 도달할 수 없습니다`,
  ),
  LD306: error<{ side: Side }>(
    (a) => `a meter must warn before it fails: give ${a.side}.warn as well as ${a.side}.fail`,
    (a) => `미터는 실패하기 전에 경고해야 합니다: ${a.side}.fail과 함께 ${a.side}.warn도 주세요`,
  ),
  LD307: warning<{ side: Side }>(
    (a) => `${a.side}.warningEvent is never shown: give ${a.side}.warn, where the warning zone starts`,
    (a) => `${a.side}.warningEvent는 보이지 않습니다: 경고 구간이 시작되는 ${a.side}.warn을 주세요`,
  ),
  LD308: error<{ problem: 'both' | 'neither' | 'no-choices'; max: number }>(
    (a) =>
      a.problem === 'both'
        ? 'an event has either "choices" or "negotiation", not both'
        : a.problem === 'neither'
          ? `an event needs "choices" (1 to ${a.max}) or a "negotiation"`
          : `expected 1 to ${a.max} choices, found none`,
    (a) =>
      a.problem === 'both'
        ? '사건에는 "choices"와 "negotiation" 중 하나만 있어야 합니다'
        : a.problem === 'neither'
          ? `사건에는 "choices"(1~${a.max}개)나 "negotiation"이 있어야 합니다`
          : `선택지가 1~${a.max}개 있어야 하는데 하나도 없습니다`,
  ),
  LD309: error<{ maxTimes: number }>(
    (a) => `give either "once": true or "maxTimes" (${a.maxTimes}), not both`,
    (a) => `"once": true와 "maxTimes" (${a.maxTimes}) 중 하나만 주세요`,
  ),
  LD310: error<{ cycle: readonly string[] }>(
    (a) => `"next" makes a cycle: ${a.cycle.map((id) => `"${id}"`).join(' → ')}; the turn would never end`,
    (a) => `"next"가 순환합니다: ${a.cycle.map((id) => `"${id}"`).join(' → ')}; 턴이 끝나지 않습니다`,
  ),
  LD311: error<{ kind: 'failed' | 'term' | 'appeal' }>(
    (a) =>
      `"${a.kind}" is allowed ` +
      (a.kind === 'failed'
        ? "only in an ending's when (the run ended because a meter failed)"
        : "only in a negotiation response's when (it reads the proposal)"),
    (a) =>
      `"${a.kind}"는 ` +
      (a.kind === 'failed'
        ? '결말의 when에서만 쓸 수 있습니다 (미터가 실패해 게임이 끝난 경우)'
        : '협상 응답의 when에서만 쓸 수 있습니다 (제안을 읽습니다)'),
  ),
  LD312: error<{ subject: Phrase }>(
    (a) => `the bound on ${a.subject.en} needs "atLeast", "atMost" or both`,
    (a) => `${a.subject.ko}의 범위에는 "atLeast"나 "atMost" 또는 둘 다가 필요합니다`,
  ),
  LD313: error<{ atLeast: number; atMost: number }>(
    (a) => `atLeast (${a.atLeast}) must not be greater than atMost (${a.atMost}): the condition never holds`,
    (a) => `atLeast (${a.atLeast})가 atMost (${a.atMost})보다 크면 안 됩니다: 조건이 결코 참이 되지 않습니다`,
  ),
  LD314: warning<{ subject: Phrase; bound: 'atLeast' | 'atMost'; value: number; why: Phrase }>(
    (a) =>
      `${a.subject.en} is never ${a.bound === 'atLeast' ? 'at least' : 'at most'} ${a.value}: ${a.why.en}`,
    (a) =>
      `${a.subject.ko}은(는) ${a.value} ${a.bound === 'atLeast' ? '이상' : '이하'}이 될 수 없습니다: ${a.why.ko}`,
  ),
  LD315: error<{ meter: string; side?: Side; sides: readonly Side[] }>(
    (a) =>
      `meter "${a.meter}" cannot fail ${a.side === undefined ? 'on either side' : `on its ${a.side} side`} ` +
      `(it has no ${a.sides.map((side) => `${side}.fail`).join(' or ')})`,
    (a) =>
      `미터 "${a.meter}"는 ${a.side === undefined ? '어느 쪽으로도' : `${a.side} 쪽으로`} 실패할 수 없습니다 ` +
      `(${a.sides.map((side) => `${side}.fail`).join('나 ')}이 없습니다)`,
  ),
  LD316: error<{ turns: number; labels: number }>(
    (a) => `expected ${a.turns} labels, one per turn (calendar.turns is ${a.turns}), found ${a.labels}`,
    (a) =>
      `턴마다 하나씩 ${a.turns}개의 이름이 있어야 하는데 (calendar.turns가 ${a.turns}) ${a.labels}개입니다`,
  ),
  LD317: warning<{ in: number; turns: number }>(
    (a) =>
      `"in": ${a.in} can never come due: the run has ${a.turns} turn${a.turns === 1 ? '' : 's'}, ` +
      'and anything due after the last turn never happens',
    (a) =>
      `"in": ${a.in}은(는) 결코 오지 않습니다: 게임은 ${a.turns}턴이고, 마지막 턴 뒤의 일은 일어나지 않습니다`,
  ),
  LD318: warning<{ flag: string; at: string }>(
    (a) => `flag "${a.flag}" is set (at ${a.at}) but never read: no condition uses it`,
    (a) => `플래그 "${a.flag}"는 설정되지만(${a.at}) 읽히지 않습니다: 이를 쓰는 조건이 없습니다`,
  ),
  LD319: warning<{ flag: string; at: string }>(
    (a) => `flag "${a.flag}" is read (at ${a.at}) but never set: it is never true`,
    (a) => `플래그 "${a.flag}"는 읽히지만(${a.at}) 설정되지 않습니다: 결코 참이 되지 않습니다`,
  ),
  LD320: warning<{ flag: string }>(
    (a) => `flag "${a.flag}" is never set or read`,
    (a) => `플래그 "${a.flag}"는 설정되지도 읽히지도 않습니다`,
  ),
  LD321: warning<{ event: string; flag?: string }>(
    (a) =>
      a.flag === undefined
        ? `event "${a.event}" is scheduledOnly, but no "next", schedule or warningEvent leads to it: it is never shown`
        : `event "${a.event}" is never drawn: its "when" requires flag "${a.flag}", which nothing sets`,
    (a) =>
      a.flag === undefined
        ? `사건 "${a.event}"는 scheduledOnly인데 이어지는 "next", 예약, warningEvent가 없습니다: 결코 보이지 않습니다`
        : `사건 "${a.event}"는 뽑히지 않습니다: "when"이 요구하는 플래그 "${a.flag}"를 설정하는 곳이 없습니다`,
  ),
  LD322: warning<{ lockedShown: boolean }>(
    (a) =>
      `every choice of this event has a condition: when none holds, ${a.lockedShown ? 'only locked choices are shown' : 'the event is skipped'}; add a choice without "when"`,
    (a) =>
      `이 사건의 모든 선택지에 조건이 있습니다: 어느 것도 맞지 않으면 ${a.lockedShown ? '잠긴 선택지만 보입니다' : '사건을 건너뜁니다'}; "when" 없는 선택지를 더하세요`,
  ),
  LD323: warning(
    () => 'no response is "accept" and "otherwise" rejects: this negotiation can never reach an agreement',
    () => '"accept" 응답이 없고 "otherwise"가 거절합니다: 이 협상은 결코 합의에 이를 수 없습니다',
  ),
  LD324: warning<{ response?: string }>(
    (a) =>
      a.response === undefined
        ? 'a "counter" response should say what the partner asks for: "counter": { clause id: option id }'
        : `"counter" is ignored: this response is "${a.response}", not "counter"`,
    (a) =>
      a.response === undefined
        ? '"counter" 응답에는 상대가 요구하는 것을 적어야 합니다: "counter": { 조항 id: 선택안 id }'
        : `"counter"는 무시됩니다: 이 응답은 "counter"가 아니라 "${a.response}"입니다`,
  ),
  LD325: warning(
    () =>
      'no fallback event: some turns may have no event; add one with no "when", "once", "maxTimes", "cooldown" or "scheduledOnly"',
    () =>
      '대비 사건이 없습니다: 사건이 없는 턴이 생길 수 있습니다. "when", "once", "maxTimes", "cooldown", "scheduledOnly"가 없는 사건을 하나 더하세요',
  ),
  LD326: warning(
    () =>
      'a run may end with no matching ending; the last ending is used: drop the last ending\'s "when" to make it the fallback',
    () =>
      '맞는 결말 없이 게임이 끝날 수 있어 마지막 결말이 쓰입니다: 마지막 결말의 "when"을 지워 대비 결말로 만드세요',
  ),
  LD327: error<{ ending: string; fallback: string }>(
    (a) => `ending "${a.ending}" is never reached: ${a.fallback} has no "when" and always matches first`,
    (a) => `결말 "${a.ending}"에는 결코 이르지 않습니다: ${a.fallback}에 "when"이 없어 언제나 먼저 맞습니다`,
  ),
  LD328: warning(
    () => 'no ending has tone "best": give the best outcome tone "best"',
    () => 'tone이 "best"인 결말이 없습니다: 가장 좋은 결말에 tone "best"를 주세요',
  ),
  LD329: warning<{ id: string }>(
    (a) => `objective "${a.id}" is never used: no decision or lesson touches it`,
    (a) => `학습 목표 "${a.id}"는 쓰이지 않습니다: 이를 다루는 결정이나 교훈이 없습니다`,
  ),
  LD330: warning<{ id: string }>(
    (a) => `reference "${a.id}" is never used: no decision or lesson cites it`,
    (a) => `참고 자료 "${a.id}"는 쓰이지 않습니다: 이를 인용하는 결정이나 교훈이 없습니다`,
  ),
  LD331: warning<{ id: string }>(
    (a) => `character "${a.id}" is never used: no event has it as speaker or negotiation partner`,
    (a) => `인물 "${a.id}"는 쓰이지 않습니다: 이 인물이 말하거나 협상하는 사건이 없습니다`,
  ),
  LD332: warning<{ endings: readonly string[] }>(
    (a) => `no score for the endings ${quoted(a.endings)}`,
    (a) => `점수가 없는 결말: ${quoted(a.endings)}`,
  ),
};

/** LD4xx: translations. */
export const TRANSLATION_CODES = {
  LD401: warning(
    () => 'missing Korean (ko) text',
    () => '한국어(ko) 텍스트가 없습니다',
  ),
  LD402: warning(
    () => 'missing English (en) text',
    () => '영어(en) 텍스트가 없습니다',
  ),
  LD403: warning(
    () => 'the Korean (ko) and English (en) texts are identical: probably not translated',
    () => '한국어(ko)와 영어(en) 텍스트가 같습니다: 번역되지 않은 것 같습니다',
  ),
  LD404: warning(
    () => 'the Korean (ko) text has no Hangul: probably not translated',
    () => '한국어(ko) 텍스트에 한글이 없습니다: 번역되지 않은 것 같습니다',
  ),
};
