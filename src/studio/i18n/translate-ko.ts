import type { StudioMessages } from './en';

type TranslateMessages = Pick<StudioMessages, keyof typeof import('./translate-en').translateEn>;

/** The Korean strings of the translation table and of play-testing from a card (see translate-en.ts). */
export const translateKo: TranslateMessages = {
  editorViews: '초안 보기',
  translateTab: '번역 표',
  translateIntro:
    '초안의 모든 텍스트를 한국어와 영어로 보여 줍니다. 칸을 고치고 벗어나면 초안에 씁니다. 칸을 비우면 그 언어의 텍스트를 지웁니다.',
  translateCount: (total: number, missing: number) => `텍스트 ${total}개, 한 언어가 빠진 것 ${missing}개`,
  translateNone: '보여 줄 텍스트가 없습니다. 초안이 올바른 JSON이 아닙니다. JSON 보기에서 고치세요.',
  missingOnly: '한 언어가 빠진 텍스트만 보기',
  missingMark: '빠짐',
  showMoreRows: (more: number, hidden: number) => `${more}개 더 보기(아직 ${hidden}개가 보이지 않음)`,
  whereColumn: '위치',
  languageName: { ko: '한국어', en: '영어' },
  cellLabel: (where: string, language: string) => `${where}, ${language}`,
  exportCsv: '번역가용 CSV 내보내기',
  importCsv: '번역한 CSV 가져오기',
  importHint:
    'CSV는 스프레드시트 프로그램에서 열립니다. 내보낸 뒤 초안에서 바뀐 텍스트는 덮어쓰지 않고 표시합니다.',
  importApplied: (n: number) => `번역 ${n}개를 반영했습니다.`,
  importSkipped: (n: number) => `건너뛴 것 ${n}개:`,
  importUnchanged: (n: number) => `바뀌지 않은 행 ${n}개.`,
  skipReason: {
    gone: '이 텍스트가 더 이상 초안에 없습니다',
    'source-changed': '내보낸 뒤 원문이 바뀌었습니다. 다시 번역하세요',
    'changed-here': '내보낸 뒤 초안에서도 이 텍스트가 바뀌었습니다',
    blank: '칸이 비어 있습니다. 가져오기는 텍스트를 지우지 않습니다',
  },
  importFailed: '아무것도 가져오지 않았습니다.',
  importProblem: {
    csv: (line: number) =>
      `CSV의 ${line}번째 줄이 손상되었습니다(따옴표가 닫히지 않았거나 뒤에 글자가 있습니다).`,
    'no-rows': '파일에 행이 없습니다.',
    'missing-column': (column: string) => `“${column}” 열이 없습니다. 여기에서 내보낸 CSV를 쓰세요.`,
    'field-count': (line: number, found: number, expected: number) =>
      `${line}번째 줄의 칸이 ${expected}개가 아니라 ${found}개입니다.`,
    'bad-path': (line: number) => `${line}번째 줄의 “path” 칸에 JSON 경로가 없습니다.`,
    'bad-hash': (line: number) => `${line}번째 줄의 해시가 손상되었습니다.`,
    'duplicate-path': (line: number) => `${line}번째 줄이 앞의 줄과 같은 경로를 씁니다.`,
    notText: '텍스트 파일이 아닙니다.',
  },
  lists: {
    events: '사건',
    choices: '선택지',
    endings: '결말',
    meters: '지표',
    objectives: '학습 목표',
    characters: '인물',
    references: '참고 자료',
    doors: '문',
    labels: '턴 이름',
    clauses: '조항',
    options: '안',
    responses: '응답',
    schedule: '예정된 결과',
    debriefQuestions: '디브리핑 질문',
    outcomes: '결과',
  },
  fields: {
    title: '제목',
    summary: '요약',
    disclaimer: '고지문',
    text: '본문',
    prompt: '토론 질문',
    note: '설명',
    feedback: '피드백',
    expert: '전문가 의견',
    lockedReason: '잠긴 이유',
    label: '이름',
    description: '설명',
    why: '이유',
    name: '이름',
    role: '역할',
    lesson: '학습 포인트',
    negotiation: '협상',
    otherwise: '그 밖의 경우',
    calendar: '달력',
  },
  fromCardHeading: '카드에서 시험 플레이',
  fromCardLabel: '카드',
  fromCardHint:
    '경로가 이르는 상태로 그 카드에서 시작합니다. 이 초안의 마지막 시험 플레이가 그 카드를 지났다면 그 경로를, 아니면 시뮬레이션한 게임을 씁니다.',
  fromCard: '이 카드에서 시험 플레이',
  fromCardNone: '기록된 시험 플레이도, 시뮬레이션한 게임도 이 카드에 이르지 않습니다.',
  pathRecorded: (decisions: number, turn: number) =>
    `마지막 시험 플레이를 재생했습니다. 결정 ${decisions}개를 거쳐 ${turn}턴까지.`,
  pathSimulated: (style: string, seed: number, decisions: number, turn: number) =>
    `시뮬레이션한 게임을 재생했습니다(플레이 방식 ${style}, 시드 ${seed}). 결정 ${decisions}개를 거쳐 ${turn}턴까지.`,
};
