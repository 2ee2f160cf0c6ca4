import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/engine/edit-distance';
import { Scenario } from '../../../src/engine/format/scenario';
import { lint } from '../../../src/engine/lint';
import { closestId } from '../../../src/engine/lint/suggest';
import { at, chain, cleanScenario, lintWith, text } from './builder';

type Obj = Record<string, unknown>;

describe('finding order', () => {
  it('follows the document: lists in order, indexes numerically, parents before children', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'endings', 0).when = { failed: 'money' };
      for (let i = 0; i < 10; i++)
        s.events.push({
          id: `filler${i}`,
          title: text('F'),
          text: text('F'),
          choices: [{ id: 'a', text: text('A') }],
        });
      at<Obj>(s, 'events', 12, 'choices', 0).effects = { money: 1 };
      at<Obj>(s, 'events', 2).maxTimes = 2;
      at<Obj>(s, 'events', 2, 'title').ko = undefined;
      s.title = { en: 'Only English' };
    });
    expect(findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['LD401', 'title'],
      // A third card that moves meters and no risk tag anywhere: LD504 on the list, before its items.
      ['LD504', 'events'],
      ['LD401', 'events.2.title'],
      ['LD309', 'events.2.maxTimes'],
      ['LD104', 'events.12.choices.0.effects.money'],
      ['LD104', 'endings.0.when.failed'],
    ]);
  });
});

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('trsut', 'trust')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest id within two edits, one for short ids', () => {
    expect(closestId('legalrisk', ['trust', 'legalRisk'])).toBe('legalRisk');
    expect(closestId('secruity', ['trust', 'security'])).toBe('security');
    expect(closestId('secrity!!', ['security'])).toBeUndefined();
    expect(closestId('none', ['some'])).toBeUndefined();
    expect(closestId('nome', ['some', 'home'])).toBe('some');
  });
});

describe('a long chain', () => {
  // No time is asserted (a busy machine would fail it): the lint must finish a 1000-event chain, whose
  // reachability walk once recursed per link, and find the one ordering problem in it.
  it('lints a scenario of 1000 chained events', () => {
    const input = cleanScenario();
    for (let i = 0; i < 996; i++) {
      input.events.push({
        id: `e${i}`,
        title: text('E'),
        text: text('E'),
        scheduledOnly: i > 0,
        when: {
          all: [
            { visits: `e${Math.max(0, i - 1)}`, atLeast: 0 },
            { meter: 'trust', atLeast: 1 },
          ],
        },
        choices: [{ id: 'next', text: text('Next'), effects: { trust: 1 } }],
      });
      chain(input, input.events.length - 1, 0, `e${i + 1}`);
    }
    const scenario = Scenario.parse(input);
    const findings = lint(scenario);
    expect(findings.filter((f) => f.code === 'LD103')).toHaveLength(1);
  });
});
