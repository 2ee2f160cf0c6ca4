import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../src/engine/diagnostics';
import { loadScenario } from '../../../src/engine/load';

/** The parsed scenario, edited into deliberately wrong shapes, which no precise type allows. */
// biome-ignore lint/suspicious/noExplicitAny: the point of these edits is to break the format's types
type Json = any;

const minimal = readFileSync(new URL('../../fixtures/minimal.json', import.meta.url), 'utf8');

/** Loads the minimal scenario after `change`, and returns each diagnostic as `CODE path: message`. */
function diagnosticsAfter(change: (scenario: Json) => void): string[] {
  const scenario = JSON.parse(minimal) as Json;
  change(scenario);
  const { diagnostics } = loadScenario('x.json', JSON.stringify(scenario, null, 2));
  return diagnostics.map((d) => `${d.code} ${formatJsonPath(d.path)}: ${d.message}`);
}

describe('shape messages', () => {
  it.each<[string, (scenario: Json) => void, string]>([
    [
      'a weight of zero',
      (s) => {
        s.events[0].weight = 0;
      },
      'LD204 events[0].weight: too small: 0 (more than 0)',
    ],
    [
      'an empty list of conditions',
      (s) => {
        s.endings[0].when = { all: [] };
      },
      'LD204 endings[0].when.all: too few items: 0 (at least 1)',
    ],
    [
      'an empty text',
      (s) => {
        s.title.en = '';
      },
      'LD204 title.en: empty text (at least 1 character)',
    ],
    [
      'a plain http reference',
      (s) => {
        s.references = [{ id: 'guide', title: { ko: '안내서', en: 'Guide' }, url: 'http://example.org' }];
      },
      'LD206 references[0].url: expected an https:// web address, got a string ("http://example.org")',
    ],
    [
      'a flag note over its own limit',
      (s) => {
        s.flags = [{ id: 'visited', note: 'x'.repeat(501) }];
      },
      'LD205 flags[0].note: text too long: 501 characters (at most 500)',
    ],
    [
      'a misspelt door kind',
      (s) => {
        s.doors = [{ id: 'front', kind: 'lba', label: { ko: '문', en: 'Door' }, open: { flag: 'x' } }];
      },
      'LD207 doors[0].kind: expected one of "lab", "fab", "datacentre", "talent", "legal", "office"; got "lba" (did you mean "lab"?)',
    ],
    [
      'a list where an object is expected',
      (s) => {
        s.calendar = [];
      },
      'LD201 calendar: expected an object, got an empty list',
    ],
    [
      'a partner response without a condition',
      (s) => {
        delete s.events[0].choices;
        s.events[0].negotiation = {
          clauses: [
            {
              id: 'data',
              label: { ko: '데이터', en: 'Data' },
              options: [
                { id: 'share', text: { ko: '공유', en: 'Share' }, appeal: 3 },
                { id: 'keep', text: { ko: '보관', en: 'Keep' }, appeal: -3 },
              ],
            },
          ],
          responses: [{ response: 'accept', text: { ko: '좋습니다', en: 'Fine' } }],
          otherwise: { response: 'reject', text: { ko: '아니요', en: 'No' } },
        };
      },
      'LD202 events[0].negotiation.responses[0].when: missing required key "when"',
    ],
    [
      'a condition with keys of two kinds',
      (s) => {
        s.endings[0].when = { meter: 'trust', flag: 'x' };
      },
      'LD203 endings[0].when.flag: unknown key "flag" (allowed: meter, atLeast, atMost)',
    ],
    [
      'a condition that is a list',
      (s) => {
        s.endings[0].when = [{ flag: 'x' }];
      },
      'LD208 endings[0].when: expected a condition: one of {all}, {any}, {not}, {meter}, {flag}, {turn}, {visits}, {turnsSince}, {chose}, {agreed}, {failed}, {term, is}, {appeal}, got a list',
    ],
    [
      'a condition with only bounds',
      (s) => {
        s.endings[0].when = { atLeast: 3 };
      },
      'LD208 endings[0].when: expected a condition: one of {all}, {any}, {not}, {meter}, {flag}, {turn}, {visits}, {turnsSince}, {chose}, {agreed}, {failed}, {term, is}, {appeal}, got {atLeast}',
    ],
    [
      'a wrong value deep inside a kind of condition',
      (s) => {
        s.endings[0].when = { any: [{ chose: { event: 'visit', choice: 3 } }] };
      },
      'LD201 endings[0].when.any[0].chose.choice: expected a string, got a number (3)',
    ],
    [
      'a misspelt key that explains a missing one (only the misspelling is reported)',
      (s) => {
        s.events[0].choices[0].schedule = [{ in: 1, effects: { trust: 1 }, nte: { en: 'x' } }];
      },
      'LD203 events[0].choices[0].schedule[0].nte: unknown key "nte": did you mean "note"? (allowed: in, effects, set, clear, note, when)',
    ],
  ])('%s', (_name, change, expected) => {
    expect(diagnosticsAfter(change)).toEqual([expected]);
  });

  it('reports a list given for a text once, not again as "too few items"', () => {
    expect(
      diagnosticsAfter((s) => {
        s.title.en = [];
      }),
    ).toEqual(['LD201 title.en: expected a string, got an empty list']);
  });

  it('reports every missing key of the root object at the object', () => {
    const { diagnostics } = loadScenario('x.json', '{}');
    expect(diagnostics.every((d) => d.code === 'LD202' && d.line === 1 && d.column === 1)).toBe(true);
    expect(diagnostics.map((d) => d.path[0])).toContain('events');
  });

  it('reports a root that is not an object', () => {
    expect(
      loadScenario('x.json', '[]').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`),
    ).toEqual(['LD201 1:1 expected an object, got an empty list']);
  });
});
