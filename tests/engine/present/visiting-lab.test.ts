import { beforeEach, describe, expect, it } from 'vitest';
import type { PresentedView } from '../../../src/engine';
import { loadSample, Player } from './player';

/**
 * The game's specification, read off the screen: a real path through the sample scenario, taken by
 * author ids as a player would, and what the presented view says at each step in both languages.
 */
const meter = (view: PresentedView, id: string) => view.meters.find((m) => m.id === id);
const door = (view: PresentedView, id: string) => view.doors.find((d) => d.id === id)?.open;

describe('The Visiting Lab', () => {
  const scenario = loadSample();
  let player: Player;
  beforeEach(() => {
    player = new Player(scenario, 7);
  });

  it('opens in March 2026 with Dean Zhao’s proposal and three numbered choices', () => {
    const view = player.view;
    expect(view.scenario.title).toEqual({ ko: '방문 연구실', en: 'The Visiting Lab' });
    expect(view.phase).toBe('choosing');
    expect(view.step).toBe(0);
    expect(view.calendar).toEqual({ turn: 1, turns: 8, label: { ko: '2026년 3월', en: 'March 2026' } });
    expect(view.card).toMatchObject({
      event: 'visiting-lab-proposal',
      title: { ko: '연구원 안의 공동연구실', en: 'A lab inside your lab' },
      speaker: { id: 'dean-zhao', name: { ko: '자오민 학장', en: 'Dean Zhao Min' } },
      arrival: 'deck',
    });
    expect(view.choices.map((c) => [c.number, c.id, c.locked])).toEqual([
      [1, 'accept-as-offered', false],
      [2, 'negotiate', false],
      [3, 'decline', false],
    ]);
    expect(view.choices[1]?.text).toEqual({
      ko: '취지는 환영하되, 공동연구실 협약부터 함께 쓰자고 제안한다.',
      en: 'Welcome the idea, and propose writing the joint lab agreement first.',
    });
    expect(view.notices).toEqual([]);
    expect(view.outcome).toBeNull();
    expect(view.sound).toBeNull();
  });

  it('shows which meters a choice moves (in the author’s order), never which way', () => {
    const accept = player.view.choices[0];
    expect(accept?.moves.map((m) => m.id)).toEqual(['trust', 'research', 'security', 'legalRisk']);
    expect(accept?.moves[0]).toEqual({ id: 'trust', label: { ko: '협력 신뢰', en: 'Partner trust' } });
    expect(JSON.stringify(accept)).not.toMatch(/-5|15|10/);
  });

  it('starts every meter at its start value, with its lines; legal risk is good when low', () => {
    expect(meter(player.view, 'trust')).toEqual({
      id: 'trust',
      label: { ko: '협력 신뢰', en: 'Partner trust' },
      description: expect.any(Object),
      value: 50,
      min: 0,
      max: 100,
      good: 'high',
      lowWarn: 25,
      highWarn: null,
      lowFail: 15,
      highFail: null,
      danger: null,
    });
    expect(meter(player.view, 'legalRisk')).toMatchObject({
      value: 20,
      good: 'low',
      highWarn: 60,
      highFail: 75,
    });
  });

  it('has the visitors’ office open and the joint lab closed before anything is signed', () => {
    expect(door(player.view, 'visitor-office')).toBe(true);
    expect(door(player.view, 'thin-film-lab')).toBe(false);
    expect(player.view.doors[0]).toEqual({
      id: 'thin-film-lab',
      kind: 'lab',
      label: { ko: '박막 공동연구실', en: 'Joint thin-film lab' },
      open: false,
    });
  });

  it('after choosing "negotiate", the outcome says what was chosen and trust shows 45, bad', () => {
    const view = player.choose('negotiate').view;
    expect(view.phase).toBe('outcome');
    expect(view.choices).toEqual([]);
    expect(view.outcome?.chosen).toEqual({
      id: 'negotiate',
      text: {
        ko: '취지는 환영하되, 공동연구실 협약부터 함께 쓰자고 제안한다.',
        en: 'Welcome the idea, and propose writing the joint lab agreement first.',
      },
    });
    expect(view.outcome?.feedback[0]?.en).toMatch(/^Dean Zhao pauses, then nods/);
    expect(view.outcome?.feedback[0]?.ko).toMatch(/^자오 학장은 잠시 말을 멈췄다가/);
    expect(view.outcome?.changes).toEqual([
      {
        meter: 'trust',
        label: { ko: '협력 신뢰', en: 'Partner trust' },
        from: 50,
        to: 45,
        delta: -5,
        good: false,
      },
    ]);
    expect(meter(view, 'trust')?.value).toBe(45);
    expect(view.announcement).toEqual({ kind: 'changes', changes: view.outcome?.changes });
    expect(view.sound).toEqual({ cue: 'worse', serial: view.lastChange.serial });
    expect(view.lastChange.changes).toEqual(view.outcome?.changes);
  });

  it('after a decision, the outcome carries the card’s lesson, its objective and references', () => {
    const lesson = player.choose('negotiate').view.outcome?.lesson;
    expect(lesson?.objective).toMatchObject({
      id: 'segment-by-contract',
      title: { ko: '협력은 계약으로 나눈다', en: 'Segment cooperation by contract' },
    });
    expect(lesson?.references.map((r) => r.id)).toEqual(['eu-research-security', 'model-agreements']);
    expect(lesson?.note.en).toBeTruthy();
    expect(lesson?.note.ko).toBeTruthy();
  });

  it('the expert view lists every option of the decision and marks the one taken', () => {
    const expert = player.choose('negotiate').view.outcome?.expert;
    // The opening card has an expert line per option: what it protects, what it costs.
    expect(expert?.any).toBe(true);
    expect(expert?.groups).toHaveLength(1);
    const options = expert?.groups[0]?.options ?? [];
    expect(options.map((o) => [o.id, o.chosen])).toEqual([
      ['accept-as-offered', false],
      ['negotiate', true],
      ['decline', false],
    ]);
    expect(options[1]?.expert?.en).toMatch(/^Settles scope, data and IP first/);
    expect(options[1]?.expert?.ko).toMatch(/^범위·데이터·지식재산을 먼저 정해/);
    for (const o of options) expect(o.expert?.en && o.expert.ko, o.id).toBeTruthy();
  });

  it('every option of every card, choices and clause options alike, has an expert line in both languages', () => {
    const missing = scenario.source.events.flatMap((event) =>
      [...(event.choices ?? []), ...(event.negotiation?.clauses.flatMap((c) => c.options) ?? [])]
        .filter((o) => !(o.expert?.ko && o.expert.en))
        .map((o) => `${event.id}/${o.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('then the joint lab agreement arrives chained, in the same month, clause by clause', () => {
    const view = player.choose('negotiate').continue().view;
    expect(view.phase).toBe('negotiating');
    expect(view.calendar.turn).toBe(1);
    expect(view.card).toMatchObject({ event: 'joint-lab-agreement', arrival: 'chained' });
    const negotiation = view.negotiation;
    expect(negotiation).toMatchObject({
      round: 1,
      maxRounds: 2,
      answer: null,
      counter: null,
      canProposeAgain: true,
    });
    expect(negotiation?.partner?.id).toBe('dean-zhao');
    expect(negotiation?.clauses.map((c) => [c.id, c.preset, c.options.length])).toEqual([
      ['scope', 'basic-science', 3],
      ['data', 'tiered', 3],
      ['ip', 'by-inventor', 3],
      ['publication', 'review-30', 3],
    ]);
    expect(negotiation?.clauses[3]?.label).toEqual({ ko: '발표 전 검토', en: 'Publication review' });
    expect(negotiation?.clauses[1]?.options[1]?.moves.map((m) => m.id)).toEqual([
      'research',
      'security',
      'alliance',
    ]);
  });

  it('asking 120 days of review brings a counter on that clause alone, in Dean Zhao’s words', () => {
    const view = player.choose('negotiate').continue().propose({
      scope: 'science-plus-characterisation',
      data: 'tiered',
      ip: 'by-inventor',
      publication: 'review-120',
    }).view;
    const negotiation = view.negotiation;
    expect(negotiation?.counter).toEqual({
      scope: 'science-plus-characterisation',
      data: 'tiered',
      ip: 'by-inventor',
      publication: 'review-30',
    });
    expect(negotiation?.clauses.map((c) => c.changedByPartner)).toEqual([false, false, false, true]);
    expect(negotiation?.clauses.map((c) => c.preset)).toEqual([
      'science-plus-characterisation',
      'tiered',
      'by-inventor',
      'review-30',
    ]);
    expect(negotiation?.answer).toMatchObject({ round: 1, answer: 'counter' });
    expect(negotiation?.answer?.text.en).toMatch(/^“My postdocs must publish to keep their posts/);
    expect(negotiation?.answer?.text.ko).toMatch(/^“저희 박사후연구원들은 논문을 내야/);
    expect(negotiation?.canProposeAgain).toBe(true);
  });

  it('accepting the counter signs the agreement: four meters move, all for the better, and the lab opens', () => {
    const view = player
      .choose('negotiate')
      .continue()
      .propose({
        scope: 'science-plus-characterisation',
        data: 'tiered',
        ip: 'by-inventor',
        publication: 'review-120',
      })
      .acceptCounter().view;
    const outcome = view.outcome;
    expect(outcome?.kind).toBe('agreement');
    expect(outcome?.chosen).toBeNull();
    expect(outcome?.partnerText).toBeNull();
    expect(outcome?.terms.find((t) => t.clause === 'publication')).toEqual({
      clause: 'publication',
      label: { ko: '발표 전 검토', en: 'Publication review' },
      option: 'review-30',
      text: {
        ko: '투고 전 30일 검토, 특허 출원 시 요청에 따라 60일 연장.',
        en: "30 days' review before submission, 60 more on request to file a patent.",
      },
    });
    expect(outcome?.changes.map((c) => [c.meter, c.from, c.to, c.good])).toEqual([
      ['trust', 45, 55, true],
      ['security', 50, 55, true],
      ['legalRisk', 20, 10, true],
      ['research', 50, 60, true],
    ]);
    expect(outcome?.expert.groups.map((g) => [g.clause?.id, g.options.find((o) => o.chosen)?.id])).toEqual([
      ['scope', 'science-plus-characterisation'],
      ['data', 'tiered'],
      ['ip', 'by-inventor'],
      ['publication', 'review-30'],
    ]);
    // Every clause option, taken or not, carries its own expert line in both languages.
    for (const group of outcome?.expert.groups ?? []) {
      expect(group.options).toHaveLength(3);
      for (const o of group.options) expect(o.expert?.en && o.expert.ko, o.id).toBeTruthy();
    }
    expect(outcome?.expert.groups[1]?.options[0]?.expert?.en).toMatch(/^Keeps raw process data on Hanbit/);
    expect(view.sound?.cue).toBe('better');
    expect(door(view, 'thin-film-lab')).toBe(true);
    expect(door(view, 'contracts-office')).toBe(true);
  });

  describe('later in the term', () => {
    const toApril = () =>
      player
        .choose('negotiate')
        .continue()
        .propose({
          scope: 'science-plus-characterisation',
          data: 'tiered',
          ip: 'by-inventor',
          publication: 'review-120',
        })
        .acceptCounter()
        .continue();

    it('April brings Dr. Seo’s control plan from the deck', () => {
      const view = toApril().view;
      expect(view.calendar.label).toEqual({ ko: '2026년 4월', en: 'April 2026' });
      expect(view.card?.event).toBe('tcp-proposal');
      expect(view.card?.title).toEqual({ ko: '선을 긋는 일', en: 'Drawing the lines' });
      expect(view.notices).toEqual([]);
    });

    it('a choice it needs a control plan for is shown locked, with the reason in both languages', () => {
      const view = toApril().choose('later').continue().view;
      expect(view.card?.event).toBe('recipe-request');
      expect(view.choices.map((c) => [c.number, c.id, c.locked])).toEqual([
        [1, 'send-file', false],
        [2, 'classify-first', false],
        [3, 'supervised-run', true],
        [4, 'joint-diagnosis', false],
      ]);
      expect(view.choices[2]?.lockedReason).toEqual({
        ko: '기술통제계획이 있어야 합니다. 누가 무엇을 어디서 언제 볼 수 있는지 정해져 있지 않습니다.',
        en: 'Needs a technology control plan: nothing yet says who may see what, where and when.',
      });
    });

    it('putting the plan off comes back two months later as a notice naming April', () => {
      const view = toApril().choose('later').continue().choose('joint-diagnosis').continue().view;
      expect(view.calendar.label.en).toBe('June 2026');
      expect(view.notices).toEqual([
        {
          kind: 'consequence',
          note: {
            ko: '야간에 방문 학생 한 명이 공정실에서 시료를 돌리다 발견됐습니다. 그러면 안 된다고 말해 준 사람이 없었습니다.',
            en: "A visiting student was found running a sample in the process bay on the night shift. Nobody had told him he couldn't.",
          },
          event: null,
          changes: [
            {
              meter: 'security',
              label: { ko: '보안', en: 'Security' },
              from: 55,
              to: 50,
              delta: -5,
              good: false,
            },
            {
              meter: 'legalRisk',
              label: { ko: '법적 위험', en: 'Legal risk' },
              from: 10,
              to: 15,
              delta: 5,
              good: false,
            },
          ],
          cause: { decision: 2, turn: 2, turnLabel: { ko: '2026년 4월', en: 'April 2026' } },
        },
      ]);
      expect(view.sound).toEqual({ cue: 'worse', serial: view.lastChange.serial });
    });

    it('playing the last offered choice each time ends the term "Doors half open", after a warning', () => {
      toApril().choose('later').continue().choose('joint-diagnosis').continue().choose('follow-agreement');
      player.continue().choose('carry-on').continue().choose('decline-invite');
      expect(player.view.sound?.cue).toBe('warning');
      expect(meter(player.view, 'alliance')).toMatchObject({ value: 25, danger: 'low' });
      player.continue();
      expect(player.view.card).toMatchObject({ event: 'warn-alliance', arrival: 'warning' });
      expect(player.view.notices).toEqual([
        {
          kind: 'warning',
          meter: { id: 'alliance', label: { ko: '동맹 입지', en: 'Alliance standing' } },
          side: 'low',
        },
      ]);
      player.choose('stand-firm').continue().choose('decline-tour').continue();
      const view = player.view;
      expect(view.phase).toBe('ended');
      expect(view.card).toBeNull();
      expect(view.ending).toMatchObject({
        id: 'half-open',
        title: { ko: '반쯤 열린 문', en: 'Doors half open' },
        tone: 'good',
        cause: { kind: 'term-complete' },
      });
      expect(view.calendar.turn).toBe(8);
    });
  });

  it('every view along the way is plain JSON, and each step has its own serial', () => {
    const views = [player.view];
    for (const act of [
      () => player.choose('decline'),
      () => player.continue(),
      () => player.choose(player.view.choices.find((c) => !c.locked)?.id ?? ''),
    ]) {
      act();
      views.push(player.view);
    }
    for (const view of views) expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
    expect(views.map((v) => v.step)).toEqual([0, 1, 2, 3]);
  });
});

describe('The Visiting Lab with expert lines', () => {
  const expert = (en: string) => ({ ko: `${en} (한국어)`, en });
  const scenario = loadSample((file) => {
    const events = file.events as { id: string; choices?: { id: string; expert?: unknown }[] }[];
    const opening = events.find((e) => e.id === 'visiting-lab-proposal');
    for (const choice of opening?.choices ?? [])
      choice.expert = expert(`What ${choice.id} protects and costs.`);
  });

  it('after the decision, every option shows its expert view beside the one taken', () => {
    const view = new Player(scenario, 7).choose('decline').view;
    expect(view.outcome?.expert.any).toBe(true);
    expect(view.outcome?.expert.groups[0]?.options).toEqual([
      {
        id: 'accept-as-offered',
        text: expect.any(Object),
        expert: expert('What accept-as-offered protects and costs.'),
        chosen: false,
      },
      {
        id: 'negotiate',
        text: expect.any(Object),
        expert: expert('What negotiate protects and costs.'),
        chosen: false,
      },
      {
        id: 'decline',
        text: expect.any(Object),
        expert: expert('What decline protects and costs.'),
        chosen: true,
      },
    ]);
  });
});
