import { compile } from '../../src/engine/compile';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { Scenario, type ScenarioInput } from '../../src/engine/format';
import { step } from '../../src/engine/run/step';
import type { Action, RunState } from '../../src/engine/run/types';

/** Text in both locales, for tests that do not care about wording. */
export const t = (en: string) => ({ en, ko: `${en} (ko)` });

/**
 * A small scenario that touches every mechanism the run engine has: thresholds with warnings, flags,
 * chained negotiation, both kinds of scheduled consequence, averting, endsRun, locked choices.
 */
export function testScenarioInput(): ScenarioInput {
  return {
    format: 1,
    id: 'engine-test',
    version: '1.0.0',
    title: t('Engine test'),
    summary: t('A scenario for engine tests'),
    disclaimer: t('Training, not legal advice'),
    minutes: 5,
    calendar: { turns: 6, labels: [1, 2, 3, 4, 5, 6].map((n) => t(`Month ${n}`)) },
    meters: [
      {
        id: 'trust',
        label: t('Trust'),
        start: 50,
        low: { fail: 10, warn: 25, warningEvent: 'trust-warning' },
      },
      {
        id: 'security',
        label: t('Security'),
        start: 50,
        low: { fail: 10, warn: 25 },
        high: { fail: 95, warn: 85 },
      },
      { id: 'legalRisk', label: t('Legal risk'), good: 'low', start: 20, high: { fail: 90, warn: 70 } },
    ],
    flags: [{ id: 'shared' }, { id: 'filed' }],
    characters: [{ id: 'dean', name: t('Dean'), role: t('Partner') }],
    objectives: [{ id: 'classify', title: t('Classify'), summary: t('Classify first') }],
    references: [{ id: 'itpa', title: t('ITPA'), url: 'https://example.org/itpa' }],
    doors: [{ id: 'lab', kind: 'lab', label: t('Lab'), open: { flag: 'shared' } }],
    events: [
      {
        id: 'offer',
        title: t('Offer'),
        speaker: 'dean',
        text: t('Co-fund?'),
        once: true,
        priority: 1,
        lesson: { objective: 'classify', note: t('Note'), references: ['itpa'] },
        choices: [
          {
            id: 'accept',
            text: t('Accept'),
            effects: { trust: 10, legalRisk: 30 },
            set: ['shared'],
            schedule: [
              { in: 2, event: 'review', when: { not: { flag: 'filed' } } },
              { in: 1, effects: { legalRisk: 5 }, note: t('Auditors ask questions') },
            ],
            objectives: ['classify'],
          },
          { id: 'segment', text: t('Segment'), effects: { trust: -5 }, next: 'agreement' },
          { id: 'decline', text: t('Decline'), effects: { trust: -20 } },
        ],
      },
      {
        id: 'agreement',
        title: t('Agreement'),
        text: t('Build it'),
        scheduledOnly: true,
        negotiation: {
          partner: 'dean',
          maxRounds: 2,
          clauses: [
            {
              id: 'ip',
              label: t('IP'),
              options: [
                { id: 'ours', text: t('Ours'), appeal: -2, effects: { security: 5 } },
                { id: 'joint', text: t('Joint'), appeal: 1, effects: { trust: 5 } },
              ],
            },
            {
              id: 'review',
              label: t('Review'),
              options: [
                { id: 'days30', text: t('30 days'), appeal: 1 },
                { id: 'days180', text: t('180 days'), appeal: -2, effects: { legalRisk: 10 } },
              ],
            },
          ],
          responses: [
            {
              when: {
                all: [
                  { term: 'ip', is: 'ours' },
                  { meter: 'trust', atMost: 45 },
                ],
              },
              response: 'reject',
              text: t('No'),
            },
            {
              when: { term: 'review', is: 'days180' },
              response: 'counter',
              counter: { review: 'days30' },
              text: t('Shorter'),
            },
            { when: { appeal: { atMost: -3 } }, response: 'reject', text: t('No') },
          ],
          otherwise: { response: 'accept', text: t('Yes') },
          onAgreement: { effects: { trust: 5 }, set: ['filed'] },
          onNoDeal: { effects: { trust: -10 } },
        },
      },
      {
        id: 'review',
        title: t('Review'),
        text: t('A letter'),
        scheduledOnly: true,
        choices: [{ id: 'answer', text: t('Answer'), effects: { legalRisk: 10 } }],
      },
      {
        id: 'trust-warning',
        title: t('Partners drift'),
        text: t('Trust is low'),
        scheduledOnly: true,
        choices: [
          { id: 'visit', text: t('Visit'), effects: { trust: 15 } },
          { id: 'ignore', text: t('Ignore'), effects: { trust: -10 } },
          { id: 'resign', text: t('Resign'), endsRun: true },
        ],
      },
      {
        id: 'routine',
        title: t('Routine'),
        text: t('A visit request'),
        choices: [
          { id: 'host', text: t('Host'), effects: { trust: 5, security: -5 } },
          { id: 'refuse', text: t('Refuse'), effects: { trust: -15, security: 5 } },
          { id: 'snub', text: t('Snub'), effects: { trust: -30 } },
          {
            id: 'file',
            text: t('File a report'),
            when: { flag: 'shared' },
            lockedReason: t('Nothing to report yet'),
            set: ['filed'],
            effects: { legalRisk: -10 },
          },
          { id: 'quit', text: t('Resign'), when: { meter: 'trust', atMost: 20 }, endsRun: true },
        ],
      },
    ],
    endings: [
      {
        id: 'courtroom',
        title: t('Courtroom'),
        text: t('Sued'),
        why: t('Legal risk'),
        tone: 'bad',
        when: { failed: 'legalRisk' },
      },
      {
        id: 'alone',
        title: t('Alone'),
        text: t('Partners left'),
        why: t('Trust'),
        tone: 'bad',
        when: { failed: 'trust' },
      },
      {
        id: 'hub',
        title: t('Hub'),
        text: t('Trusted'),
        why: t('Balanced'),
        tone: 'best',
        when: { all: [{ meter: 'trust', atLeast: 55 }, { flag: 'filed' }] },
      },
      { id: 'steady', title: t('Steady'), text: t('Term done'), why: t('Nothing broke'), tone: 'mixed' },
    ],
  };
}

export function testScenario(input: ScenarioInput = testScenarioInput()): CompiledScenario {
  return compile(Scenario.parse(input));
}

/** Test shorthands for driving a run of `scenario` by choice id, the way the store does. */
export function driver(scenario: CompiledScenario) {
  const choose = (run: RunState, id: string): RunState => {
    if (run.phase.kind !== 'choosing') throw new Error(`not choosing: ${run.phase.kind}`);
    const index = scenario.events[run.phase.event]?.choices.findIndex((c) => c.id === id) ?? -1;
    return step(scenario, run, { type: 'choose', choice: index });
  };
  const next = (run: RunState): RunState => step(scenario, run, { type: 'continue' });
  const act = (run: RunState, action: Action): RunState => step(scenario, run, action);
  return { choose, next, act };
}
