import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../src/engine/diagnostics';
import { loadScenario } from '../../../src/engine/load';

/** One expected diagnostic: code, path as printed, `line:column`, and the text found at that place. */
type Expected = readonly [code: string, path: string, at: string, textThere: string];

const BAD: readonly { fixture: string; expected: readonly Expected[]; says?: readonly string[] }[] = [
  { fixture: 'empty.json', expected: [['LD001', '(root)', '0:0', '']], says: ['empty'] },
  { fixture: 'whitespace-only.json', expected: [['LD001', '(root)', '0:0', '']], says: ['only whitespace'] },
  {
    fixture: 'not-json.json',
    expected: [['LD002', '(root)', '1:1', 'title']],
    says: ['unexpected "title": expected a value'],
  },
  {
    fixture: 'truncated.json',
    expected: [['LD002', 'events[0]', '46:7', '']],
    says: ['unexpected end of file'],
  },
  {
    fixture: 'trailing-comma.json',
    expected: [['LD002', 'calendar.labels[1]', '17:80', ',']],
    says: ['trailing comma before "]"'],
  },
  {
    fixture: 'comments.json',
    expected: [['LD002', '(root)', '14:17', '// a short session']],
    says: ['comments are not allowed in JSON'],
  },
  {
    fixture: 'single-quotes.json',
    expected: [['LD002', '(root)', '2:3', "'format'"]],
    says: ['double quotes'],
  },
  {
    fixture: 'missing-comma.json',
    expected: [['LD002', 'calendar', '15:3', '"calendar"']],
    says: ['expected a comma or closing brace "}", found "calendar"'],
  },
  {
    fixture: 'wrong-types.json',
    expected: [
      ['LD201', 'minutes', '14:14', '"ten"'],
      ['LD201', 'meters[1].label', '21:34', '"Security"'],
      ['LD201', 'events[0].choices[1].effects.security', '56:49', '5.5'],
    ],
    says: [
      'expected a number, got a string ("ten")',
      'expected text in each language, like {"ko": "…", "en": "…"}, got a string ("Security")',
      'expected a whole number, got a number (5.5)',
    ],
  },
  {
    fixture: 'local-text-string.json',
    expected: [['LD201', 'events[0].title', '37:16', '"A lab visit"']],
  },
  {
    fixture: 'missing-keys.json',
    expected: [
      ['LD202', 'meters[1].start', '21:5', '{ "id": "security"'],
      ['LD202', 'endings[1].tone', '70:5', '{'],
    ],
    says: ['missing required key "start"', 'missing required key "tone"'],
  },
  {
    fixture: 'unknown-keys.json',
    expected: [
      ['LD203', 'titel', '15:3', '"titel"'],
      ['LD203', 'meters[0].strat', '21:62', '"strat"'],
    ],
    says: [
      'unknown key "titel" (allowed: $schema, format, id, version, title,',
      'unknown key "strat": did you mean "start"? (allowed: id, label, description, good, min, max, start, low, high)',
    ],
  },
  {
    fixture: 'out-of-range.json',
    expected: [
      ['LD204', 'minutes', '14:14', '500'],
      ['LD204', 'events[0].choices[0].effects.security', '50:49', '-5000'],
    ],
    says: ['too big: 500 (at most 240)', 'too small: -5000 (at least -1000)'],
  },
  {
    fixture: 'text-too-long.json',
    expected: [['LD205', 'events[0].text.en', '40:15', '"Visiting researchers']],
    says: ['text too long: 4100 characters (at most 4000)'],
  },
  {
    fixture: 'bad-format.json',
    expected: [
      ['LD206', 'version', '4:14', '"1.0"'],
      ['LD206', 'events[0].choices[1].id', '54:17', '"2nd choice"'],
    ],
    says: ['expected a version like 1.0.0, got a string ("1.0")', 'expected an id: a letter'],
  },
  {
    fixture: 'not-allowed.json',
    expected: [
      ['LD207', 'format', '2:13', '2'],
      ['LD207', 'endings[0].tone', '67:15', '"great"'],
    ],
    says: ['expected 1, got 2', 'expected one of "best", "good", "mixed", "bad"; got "great"'],
  },
  {
    fixture: 'condition-string.json',
    expected: [['LD208', 'endings[0].when', '68:15', '"trust >= 50"']],
    says: [
      'expected a condition: one of {all}, {any}, {not}, {meter}, {flag},',
      'got a string ("trust >= 50")',
    ],
  },
  {
    fixture: 'condition-typo.json',
    expected: [['LD208', 'endings[0].when', '68:15', '{ "metre"']],
    says: ['got {metre, atLeast} (did you mean "meter"?)'],
  },
  {
    fixture: 'condition-unknown-key.json',
    expected: [['LD203', 'endings[0].when.atleast', '68:35', '"atleast"']],
    says: ['unknown key "atleast": did you mean "atLeast"? (allowed: meter, atLeast, atMost)'],
  },
  {
    fixture: 'condition-nested.json',
    expected: [['LD201', 'endings[0].when.all[1].not.flag', '68:81', '7']],
    says: ['expected a string, got a number (7)'],
  },
  {
    fixture: 'schedule-unknown-shape.json',
    expected: [['LD208', 'events[0].choices[0].schedule[0]', '52:24', '{ "in": 2']],
    says: ['expected a scheduled consequence: one of {in, event}, {in, effects, note}, got {in, efects}'],
  },
  {
    fixture: 'schedule-branch.json',
    expected: [
      ['LD204', 'events[0].choices[0].schedule[0].in', '52:32', '0'],
      ['LD203', 'events[0].choices[0].schedule[0].note', '52:53', '"note"'],
    ],
    says: ['unknown key "note" (allowed: in, event, when)'],
  },
  {
    fixture: 'duplicate-key.json',
    expected: [['LD209', 'events[0].id', '37:7', '"id": "visit-2"']],
    says: ['duplicate key "id" (first at line 36:7)'],
  },
  {
    fixture: 'proto-keys.json',
    expected: [
      ['LD210', '__proto__', '2:3', '"__proto__"'],
      ['LD210', 'meters[0].__proto__', '21:22', '"__proto__"'],
      ['LD210', 'events[0].choices[1].effects.__proto__', '57:52', '"__proto__": 3'],
    ],
  },
];

function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}

/** The text starting at a 1-based line and column, to show the position is the one meant. */
function textAt(text: string, line: number, column: number): string {
  if (line === 0) return '';
  return (text.split(/\r\n|\n|\r/)[line - 1] ?? '').slice(column - 1);
}

describe('loadScenario on bad fixtures', () => {
  it.each(BAD)('$fixture', ({ fixture, expected, says = [] }) => {
    const text = readFixture(`bad/${fixture}`);
    const result = loadScenario(`tests/fixtures/bad/${fixture}`, text);

    const actual = result.diagnostics.map((d) => [d.code, formatJsonPath(d.path), `${d.line}:${d.column}`]);
    expect(actual).toEqual(expected.map(([code, path, at]) => [code, path, at]));
    for (const [index, d] of result.diagnostics.entries()) {
      expect(textAt(text, d.line, d.column).startsWith(expected[index]?.[3] ?? '')).toBe(true);
      expect(d.file).toBe(`tests/fixtures/bad/${fixture}`);
      expect(d.severity).toBe('error');
    }
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    for (const phrase of says) expect(messages).toContain(phrase);
    expect(result.scenario).toBeUndefined();
  });
});

describe('loadScenario on the minimal valid scenario', () => {
  it('loads with no diagnostics and fills defaults', () => {
    const result = loadScenario('tests/fixtures/minimal.json', readFixture('minimal.json'));
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.meters.map((meter) => meter.id)).toEqual(['trust', 'security', 'legalRisk']);
    expect(result.scenario?.events[0]).toMatchObject({ weight: 1, cooldown: 0, priority: 0 });
    expect(result.scenario?.flags).toEqual([]);
  });
});
