/**
 * The blank template a new draft starts from: a small scenario that validates clean, in both languages,
 * with starter text an author replaces (what each field is for, not filler). It is written out as text,
 * formatted as `biome format` leaves it, so a download of an untouched template is already formatted.
 */
export const BLANK_TEMPLATE = `{
  "$schema": "./scenario.schema.json",
  "format": 1,
  "id": "my-first-scenario",
  "version": "1.0.0",
  "title": { "ko": "나의 첫 시나리오", "en": "My first scenario" },
  "summary": {
    "ko": "이 시나리오에서 연구소가 마주하는 상황을 한두 문장으로 적으세요.",
    "en": "Say in a sentence or two what the institute faces in this scenario."
  },
  "disclaimer": {
    "ko": "가상의 기관과 인물이 나오는 교육용 자료이며 법률 자문이 아닙니다.",
    "en": "Training material with fictional institutes and people; it is not legal advice."
  },
  "minutes": 5,
  "calendar": {
    "turns": 2,
    "labels": [{ "ko": "1주차", "en": "Week 1" }, { "ko": "2주차", "en": "Week 2" }]
  },
  "meters": [
    { "id": "trust", "label": { "ko": "협력 신뢰", "en": "Partner trust" }, "start": 50 },
    { "id": "security", "label": { "ko": "보안", "en": "Security" }, "start": 50 },
    { "id": "legalRisk", "label": { "ko": "법적 위험", "en": "Legal risk" }, "good": "low", "start": 20 }
  ],
  "objectives": [
    {
      "id": "first-objective",
      "title": { "ko": "첫 번째 학습 목표", "en": "Your first learning objective" },
      "summary": {
        "ko": "플레이어가 이 시나리오에서 익혀야 할 판단을 적으세요.",
        "en": "Write the judgement a player should learn from this scenario."
      }
    }
  ],
  "events": [
    {
      "id": "first-decision",
      "title": { "ko": "첫 번째 결정", "en": "Your first decision" },
      "text": {
        "ko": "플레이어가 읽을 상황을 적으세요. 누가 무엇을 요청하고, 왜 지금 결정해야 하나요?",
        "en": "Describe the situation the player reads. Who asks for what, and why must it be decided now?"
      },
      "lesson": {
        "objective": "first-objective",
        "note": {
          "ko": "이 결정에서 배울 점을 디브리핑에 보일 한 문장으로 적으세요.",
          "en": "Write, in one sentence for the debrief, what this decision teaches."
        }
      },
      "choices": [
        {
          "id": "share",
          "text": { "ko": "요청대로 공유한다", "en": "Share as asked" },
          "effects": { "trust": 10, "security": -5, "legalRisk": 5 },
          "objectives": { "against": ["first-objective"] }
        },
        {
          "id": "check-first",
          "text": { "ko": "무엇이 보호 대상인지 먼저 확인한다", "en": "Check first what is protected" },
          "effects": { "trust": -5, "security": 5 },
          "objectives": ["first-objective"]
        }
      ]
    }
  ],
  "endings": [
    {
      "id": "good-ending",
      "title": { "ko": "좋은 결말", "en": "A good ending" },
      "text": {
        "ko": "이 결말에서 연구소에 일어나는 일을 적으세요.",
        "en": "Describe what happens to the institute in this ending."
      },
      "why": { "ko": "이 결말에 이른 이유를 적으세요.", "en": "Say why the player reached this ending." },
      "tone": "best",
      "when": { "meter": "security", "atLeast": 50 }
    },
    {
      "id": "other-ending",
      "title": { "ko": "다른 결말", "en": "Another ending" },
      "text": {
        "ko": "조건에 맞는 결말이 없을 때 보이는 결말입니다.",
        "en": "The ending shown when no other ending's condition holds."
      },
      "why": { "ko": "이 결말에 이른 이유를 적으세요.", "en": "Say why the player reached this ending." },
      "tone": "mixed"
    }
  ]
}
`;
