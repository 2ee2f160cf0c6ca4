import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, messageIn } from '../../../src/engine/diagnostics/messages';
import type { Condition } from '../../../src/engine/format/conditions';
import { Scenario } from '../../../src/engine/format/scenario';
import { lint } from '../../../src/engine/lint';

/**
 * Random scenarios of valid shape whose ids all come from one small pool, so that references hit and
 * miss, ids collide, events chain to themselves and conditions name the wrong kinds of things.
 */
const id = fc.constantFrom('trust', 'security', 'legalRisk', 'a', 'b', 'c');
const localText = fc.record(
  {
    ko: fc.constantFrom('한국어', 'Same text that is long enough', '2026'),
    en: fc.constantFrom('English', 'Same text that is long enough'),
  },
  { requiredKeys: [] },
);
const bound = fc.integer({ min: -5, max: 105 });
const bounds = { atLeast: bound, atMost: bound };
const range = fc.record(bounds, { requiredKeys: [] });

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ meter: id, ...bounds }, { requiredKeys: ['meter'] }),
    fc.record({ flag: id }),
    fc.record({ turn: range }),
    fc.record({ visits: id, ...bounds }, { requiredKeys: ['visits'] }),
    fc.record({ turnsSince: id, ...bounds }, { requiredKeys: ['turnsSince'] }),
    fc.record({ chose: fc.record({ event: id, choice: id }) }),
    fc.record({ agreed: fc.record({ event: id, clause: id, option: id }) }),
    fc.record(
      { failed: id, side: fc.constantFrom('low' as const, 'high' as const) },
      { requiredKeys: ['failed'] },
    ),
    fc.record({ term: id, is: id }),
    fc.record({ appeal: range }),
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const effects = fc.dictionary(id, fc.integer({ min: -20, max: 20 }), { maxKeys: 3 });
const ids = fc.array(id, { maxLength: 2 });
const scheduled = fc.oneof(
  fc.record(
    { in: fc.integer({ min: 1, max: 5 }), event: id, when: condition },
    { requiredKeys: ['in', 'event'] },
  ),
  fc.record(
    { in: fc.integer({ min: 1, max: 5 }), effects, set: ids, clear: ids, note: localText, when: condition },
    { requiredKeys: ['in', 'effects', 'note'] },
  ),
);
const consequences = {
  effects,
  set: ids,
  clear: ids,
  schedule: fc.array(scheduled, { maxLength: 2 }),
  feedback: localText,
  objectives: ids,
  references: ids,
};
const choice = fc.record(
  {
    id,
    text: localText,
    when: condition,
    lockedReason: localText,
    ...consequences,
    next: id,
    endsRun: fc.boolean(),
  },
  { requiredKeys: ['id', 'text'] },
);
const clause = fc.record({
  id,
  label: localText,
  options: fc.array(
    fc.record(
      { id, text: localText, appeal: fc.integer({ min: -10, max: 10 }), ...consequences },
      {
        requiredKeys: ['id', 'text', 'appeal'],
      },
    ),
    { minLength: 2, maxLength: 3 },
  ),
});
const respond = fc.constantFrom('accept' as const, 'counter' as const, 'reject' as const);
const negotiation = fc.record(
  {
    partner: id,
    clauses: fc.array(clause, { minLength: 1, maxLength: 2 }),
    responses: fc.array(
      fc.record(
        {
          when: condition,
          response: respond,
          counter: fc.dictionary(id, id, { maxKeys: 2 }),
          text: localText,
        },
        {
          requiredKeys: ['when', 'response', 'text'],
        },
      ),
      { maxLength: 3 },
    ),
    otherwise: fc.record({
      response: fc.constantFrom('accept' as const, 'reject' as const),
      text: localText,
    }),
    onAgreement: fc.record(consequences, { requiredKeys: [] }),
  },
  { requiredKeys: ['clauses', 'responses', 'otherwise'] },
);
const event = fc.record(
  {
    id,
    title: localText,
    text: localText,
    speaker: id,
    lesson: fc.record({ objective: id, note: localText, references: ids }, { requiredKeys: ['note'] }),
    when: condition,
    cooldown: fc.integer({ min: 0, max: 3 }),
    once: fc.boolean(),
    maxTimes: fc.integer({ min: 1, max: 3 }),
    scheduledOnly: fc.boolean(),
    choices: fc.array(choice, { minLength: 1, maxLength: 3 }),
    negotiation,
  },
  { requiredKeys: ['id', 'title', 'text'] },
);
const threshold = fc.record({ fail: bound, warn: bound, warningEvent: id }, { requiredKeys: [] });
const meter = fc.record(
  {
    id,
    label: localText,
    min: fc.integer({ min: -5, max: 50 }),
    max: fc.integer({ min: 0, max: 105 }),
    start: bound,
    low: threshold,
    high: threshold,
  },
  { requiredKeys: ['id', 'label', 'start'] },
);
const ending = fc.record(
  {
    id,
    title: localText,
    text: localText,
    why: localText,
    tone: fc.constantFrom('best' as const, 'good' as const, 'bad' as const),
    when: condition,
  },
  { requiredKeys: ['id', 'title', 'text', 'why', 'tone'] },
);
const turns = fc.integer({ min: 1, max: 4 });
const scenario = fc.record({
  format: fc.constant(1 as const),
  id: fc.constant('random'),
  version: fc.constant('1.0.0'),
  title: localText,
  summary: localText,
  disclaimer: localText,
  minutes: fc.constant(10),
  calendar: fc.record({ turns, labels: fc.array(localText, { minLength: 1, maxLength: 4 }) }),
  meters: fc.array(meter, { minLength: 3, maxLength: 4 }),
  flags: fc.array(fc.record({ id }), { maxLength: 3 }),
  characters: fc.array(fc.record({ id, name: localText, role: localText }), { maxLength: 2 }),
  objectives: fc.array(fc.record({ id, title: localText, summary: localText }), { maxLength: 2 }),
  references: fc.array(fc.record({ id, title: localText }), { maxLength: 2 }),
  doors: fc.array(fc.record({ id, kind: fc.constant('lab' as const), label: localText, open: condition }), {
    maxLength: 2,
  }),
  events: fc.array(event, { minLength: 1, maxLength: 5 }),
  endings: fc.array(ending, { minLength: 1, maxLength: 3 }),
});

describe('lint on random scenarios', () => {
  it('never throws, and reports only known codes with their severity and a message in each language', () => {
    let parsed = 0;
    fc.assert(
      fc.property(scenario, (input) => {
        const result = Scenario.safeParse(input);
        if (!result.success) return;
        parsed++;
        for (const finding of lint(result.data)) {
          expect(DIAGNOSTIC_CODES[finding.code].severity).toBe(finding.severity);
          expect(messageIn(finding, 'en')).toBe(finding.message);
          expect(messageIn(finding, 'ko')).toMatch(/[가-힣]/);
        }
      }),
      { numRuns: 400 },
    );
    // The generator is meant to produce valid shapes; if it stops doing so, this test proves nothing.
    expect(parsed).toBeGreaterThan(300);
  });
});
