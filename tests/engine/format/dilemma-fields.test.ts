import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../src/engine/format/scenario';
import { loadScenario } from '../../../src/engine/load';
import { cleanScenario } from '../lint/builder';

type Obj = Record<string, unknown>;
const event = (s: Obj, i: number) => (s.events as Obj[])[i] as Obj;
const choice = (s: Obj, e: number, c: number) => (event(s, e).choices as Obj[])[c] as Obj;

/** The three additions agreed with the dilemmas issue: objective tags, expert lines, risk sources. */
describe('objective tags', () => {
  it('reads a plain list as "shows", so nothing after loading sees two shapes', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).objectives = ['classify'];
    const parsed = Scenario.parse(input);
    expect(parsed.events[0]?.choices?.[0]?.objectives).toEqual({ shows: ['classify'], against: [] });
  });

  it('takes both lists, either one optional', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).objectives = { against: ['classify'] };
    choice(input, 0, 1).objectives = { shows: ['classify'], against: [] };
    const parsed = Scenario.parse(input);
    expect(parsed.events[0]?.choices?.[0]?.objectives).toEqual({ shows: [], against: ['classify'] });
    expect(parsed.events[0]?.choices?.[1]?.objectives).toEqual({ shows: ['classify'], against: [] });
  });

  it('a normalised file parses to itself (the build hands the game parsed files)', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).objectives = ['classify'];
    const once = Scenario.parse(input);
    expect(Scenario.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('places an unknown id of a plain list on the item itself', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).objectives = ['classify', 'nope'];
    const text = JSON.stringify(input, null, 2);
    const finding = loadScenario('x.json', text).diagnostics.find((d) => d.code === 'LD107');
    const line = text.split('\n')[(finding?.line ?? 0) - 1] ?? '';
    expect(line.slice((finding?.column ?? 1) - 1)).toMatch(/^"nope"/);
  });

  it('explains a malformed value by the form it was meant as', () => {
    const findings = (objectives: unknown) => {
      const input = cleanScenario() as unknown as Obj;
      choice(input, 0, 0).objectives = objectives;
      return loadScenario('x.json', JSON.stringify(input)).diagnostics.map(
        (d) => `${d.code} ${d.path.slice(-3).join('.')} ${d.message}`,
      );
    };
    expect(findings('classify')).toEqual([
      'LD208 choices.0.objectives expected learning objectives: one of […], {shows, against}, got a string ("classify")',
    ]);
    expect(findings({ shows: [1] })).toEqual([
      'LD201 objectives.shows.0 expected a string, got a number (1)',
    ]);
    expect(findings({ show: ['classify'] })[0]).toMatch(
      /^LD203 .* unknown key "show": did you mean "shows"\?/,
    );
  });

  it('refuses an unknown key in the object form', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).objectives = { shows: ['classify'], shown: [] };
    expect(Scenario.safeParse(input).success).toBe(false);
  });
});

describe('expert lines and risk sources', () => {
  it('accepts an expert view on choices and clause options, checked for both languages', () => {
    const input = cleanScenario() as unknown as Obj;
    choice(input, 0, 0).expert = { en: 'Protects the lab; costs a month.' };
    const text = JSON.stringify(input);
    const { scenario, diagnostics } = loadScenario('x.json', text);
    expect(scenario?.events[0]?.choices?.[0]?.expert).toEqual({ en: 'Protects the lab; costs a month.' });
    expect(diagnostics.map((d) => d.path.join('.'))).toContain('events.0.choices.0.expert');
  });

  it('names where an event’s risk comes from, with an optional ISO country code', () => {
    const input = cleanScenario() as unknown as Obj;
    event(input, 0).risk = { source: 'consultant', country: 'kr' };
    expect(Scenario.parse(input).events[0]?.risk).toEqual({ source: 'consultant', country: 'kr' });
    for (const bad of [
      { source: 'spy' },
      { source: 'insider', country: 'KR' },
      { source: 'insider', country: 'kor' },
    ]) {
      event(input, 0).risk = bad;
      expect(Scenario.safeParse(input).success).toBe(false);
    }
  });
});
