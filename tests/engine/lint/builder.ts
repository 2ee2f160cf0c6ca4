import type { Finding, JsonPath } from '../../../src/engine/diagnostics';
import { Scenario, type ScenarioInput } from '../../../src/engine/format/scenario';
import { lint } from '../../../src/engine/lint';

/** Korean and English text; the Korean always has Hangul so translation checks stay quiet. */
export function text(en: string): { ko: string; en: string } {
  return { ko: `한국어 ${en}`, en };
}

/**
 * A small complete scenario that lints clean: every declared id is used, every meter warns before it
 * fails, the deck has a fallback, a negotiation can agree, and the last ending is a fallback.
 */
export function cleanScenario(): ScenarioInput {
  const meter = (id: string) => ({
    id,
    label: text(id),
    start: 50,
    low: { warn: 20, fail: 5, warningEvent: 'warning' },
    high: { warn: 80, fail: 95 },
  });
  return {
    format: 1,
    id: 'clean',
    version: '1.0.0',
    title: text('Clean'),
    summary: text('A clean scenario'),
    disclaimer: text('Training only'),
    minutes: 20,
    calendar: { turns: 3, labels: [text('Spring'), text('Summer'), text('Autumn')] },
    meters: [meter('trust'), meter('security'), meter('legalRisk')],
    flags: [{ id: 'shared' }],
    characters: [{ id: 'kim', name: text('Kim'), role: text('Lead') }],
    objectives: [{ id: 'classify', title: text('Classify'), summary: text('Know what is controlled') }],
    references: [{ id: 'law', title: text('The law'), url: 'https://example.org/law' }],
    events: [
      {
        id: 'visit',
        title: text('A visit'),
        speaker: 'kim',
        text: text('Visitors arrive'),
        lesson: { objective: 'classify', note: text('Check first'), references: ['law'] },
        choices: [
          {
            id: 'share',
            text: text('Share'),
            effects: { trust: 5, security: -5 },
            set: ['shared'],
            objectives: { against: ['classify'] },
          },
          {
            id: 'hold',
            text: text('Hold'),
            effects: { trust: -5 },
            next: 'followUp',
            objectives: { shows: ['classify'] },
          },
        ],
      },
      {
        id: 'followUp',
        title: text('Follow-up'),
        text: text('They ask again'),
        scheduledOnly: true,
        choices: [
          { id: 'ok', text: text('Fine'), when: { flag: 'shared' }, lockedReason: text('Not shared yet') },
          { id: 'no', text: text('No') },
        ],
      },
      {
        id: 'deal',
        title: text('A deal'),
        text: text('Negotiate'),
        once: true,
        when: { all: [{ turn: { atLeast: 2 } }, { meter: 'trust', atLeast: 10 }] },
        negotiation: {
          partner: 'kim',
          clauses: [
            {
              id: 'data',
              label: text('Data'),
              options: [
                { id: 'all', text: text('All data'), appeal: 3 },
                { id: 'some', text: text('Some data'), appeal: -1 },
              ],
            },
          ],
          responses: [
            { when: { appeal: { atLeast: 2 } }, response: 'accept', text: text('Deal') },
            {
              when: { term: 'data', is: 'some' },
              response: 'counter',
              counter: { data: 'all' },
              text: text('More'),
            },
          ],
          otherwise: { response: 'reject', text: text('No deal') },
          onAgreement: { schedule: [{ in: 1, event: 'followUp' }] },
        },
      },
      {
        id: 'warning',
        title: text('Warning'),
        text: text('Careful'),
        scheduledOnly: true,
        choices: [{ id: 'noted', text: text('Noted') }],
      },
    ],
    endings: [
      {
        id: 'breach',
        title: text('Breach'),
        text: text('Lost'),
        why: text('Security'),
        tone: 'bad',
        when: { failed: 'security' },
      },
      {
        id: 'partner',
        title: text('Partner'),
        text: text('Agreed'),
        why: text('A deal'),
        tone: 'best',
        when: { agreed: { event: 'deal', clause: 'data', option: 'some' } },
      },
      { id: 'steady', title: text('Steady'), text: text('Fine'), why: text('Balanced'), tone: 'good' },
    ],
  };
}

/** Lints the clean scenario after `change` edits a copy of it. */
export function lintWith(change: (scenario: ScenarioInput) => void = () => {}): Finding[] {
  const input = structuredClone(cleanScenario());
  change(input);
  return lint(Scenario.parse(input));
}

/** The paths of the findings with this code, to compare with toEqual. */
export function pathsOf(findings: readonly Finding[], code: string): JsonPath[] {
  return findings.filter((finding) => finding.code === code).map((finding) => finding.path);
}

/** The only finding with this code; fails the test when there is not exactly one. */
export function onlyFinding(findings: readonly Finding[], code: string): Finding {
  const matching = findings.filter((finding) => finding.code === code);
  if (matching.length !== 1) {
    throw new Error(`expected one ${code}, found ${matching.length}: ${JSON.stringify(findings, null, 1)}`);
  }
  return matching[0] as Finding;
}

/** Makes a choice chain to an event (`then`), so tests need not each silence the linter about "then". */
export function chain(scenario: ScenarioInput, event: number, choice: number, target: string): void {
  at<Record<string, unknown>>(scenario, 'events', event, 'choices', choice).next = target;
}

/** Reaches into the input by path, for tests that edit one nested value. */
export function at<T>(value: unknown, ...path: (string | number)[]): T {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)[part];
  return node as T;
}
