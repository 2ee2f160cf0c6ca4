import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compile,
  loadScenario,
  logEntries,
  playRun,
  policyByName,
  Scenario,
  type ScenarioInput,
  simulate,
} from '../../src/engine';
import { mapMessages } from '../../src/studio/i18n/map';
import { conditionText } from '../../src/studio/map/condition-text';
import { buildGraph, type EventNode, type NodeKey } from '../../src/studio/map/graph';
import { layoutGraph, neighbour } from '../../src/studio/map/layout';
import { pinFindings } from '../../src/studio/map/pinned-findings';
import { t, testScenarioInput } from '../engine/test-scenario';

/**
 * Six turns. "offer" (turn 1 only) signs (sets "signed", schedules "audit" in 2 turns) or talks (chains
 * "talks"); "later" needs turn 4 and "signed"; "warn-trust" is trust's warning, whose "resign" ends the
 * run and an ending reads; nothing reaches "orphan".
 */
const input: ScenarioInput = {
  ...testScenarioInput(),
  meters: [
    { id: 'trust', label: t('Trust'), start: 50, low: { fail: 10, warn: 25, warningEvent: 'warn-trust' } },
    { id: 'security', label: t('Security'), start: 50 },
    { id: 'legalRisk', label: t('Legal risk'), good: 'low', start: 20 },
  ],
  flags: [{ id: 'signed' }],
  events: [
    {
      id: 'offer',
      title: t('Offer'),
      text: t('Offer'),
      when: { turn: { atMost: 1 } },
      choices: [
        { id: 'sign', text: t('Sign'), set: ['signed'], schedule: [{ in: 2, event: 'audit' }] },
        { id: 'talk', text: t('Talk'), next: 'talks' },
        { id: 'decline', text: t('Decline') },
      ],
    },
    {
      id: 'talks',
      title: t('Talks'),
      text: t('Talks'),
      scheduledOnly: true,
      choices: [{ id: 'ok', text: t('OK') }],
    },
    {
      id: 'audit',
      title: t('Audit'),
      text: t('Audit'),
      scheduledOnly: true,
      choices: [{ id: 'pass', text: t('Pass') }],
    },
    {
      id: 'later',
      title: t('Later'),
      text: t('Later'),
      when: { all: [{ turn: { atLeast: 4 } }, { flag: 'signed' }] },
      choices: [{ id: 'x', text: t('X') }],
    },
    { id: 'routine', title: t('Routine'), text: t('Routine'), choices: [{ id: 'work', text: t('Work') }] },
    {
      id: 'warn-trust',
      title: t('Warning'),
      text: t('Warning'),
      scheduledOnly: true,
      choices: [{ id: 'resign', text: t('Resign'), endsRun: true }],
    },
    {
      id: 'orphan',
      title: t('Orphan'),
      text: t('Orphan'),
      scheduledOnly: true,
      choices: [{ id: 'y', text: t('Y') }],
    },
  ],
  endings: [
    { id: 'hub', title: t('Hub'), text: t('Hub'), why: t('Hub'), tone: 'best', when: { flag: 'signed' } },
    {
      id: 'quit',
      title: t('Quit'),
      text: t('Quit'),
      why: t('Quit'),
      tone: 'bad',
      when: { chose: { event: 'warn-trust', choice: 'resign' } },
    },
    { id: 'steady', title: t('Steady'), text: t('Steady'), why: t('Steady'), tone: 'mixed' },
  ],
};
const graph = buildGraph(Scenario.parse(input));
const event = (id: string) => graph.nodes.find((n) => n.key === `event:${id}`) as EventNode;

describe('the graph of a scenario', () => {
  it('gives each event the turns it can be shown in, through schedules and chains', () => {
    const ranges = Object.fromEntries(
      graph.nodes.flatMap((n) => (n.kind === 'event' ? [[n.id, n.range]] : [])),
    );
    expect(ranges).toEqual({
      offer: { first: 1, last: 1 },
      talks: { first: 1, last: 1 },
      audit: { first: 3, last: 3 },
      later: { first: 4, last: 6 },
      routine: { first: 1, last: 6 },
      'warn-trust': { first: 1, last: 6 },
      orphan: null,
    });
    expect(event('warn-trust')).toMatchObject({ warning: true, endsRun: true });
    expect(event('offer')).toMatchObject({ warning: false, endsRun: false, path: ['events', 0] });
  });

  it('draws schedules, chains, flags set → read, warnings and conditions, once each', () => {
    expect(graph.edges).toEqual([
      { kind: 'schedule', from: 'event:offer', to: 'event:audit', turns: 2, via: 'sign' },
      { kind: 'chain', from: 'event:offer', to: 'event:talks', via: 'talk' },
      { kind: 'warning', from: 'meter:trust', to: 'event:warn-trust', side: 'low' },
      { kind: 'flag', from: 'event:offer', to: 'event:later', flag: 'signed', via: 'sign' },
      { kind: 'flag', from: 'event:offer', to: 'ending:hub', flag: 'signed', via: 'sign' },
      { kind: 'condition', from: 'event:warn-trust', to: 'ending:quit', what: 'resign' },
    ]);
  });

  it('lays events out in columns by earliest turn, between the warnings and the endings', () => {
    const layout = layoutGraph(graph);
    expect(layout.columns.map((c) => [c.kind, c.turn, c.keys])).toEqual([
      ['warnings', 0, ['meter:trust']],
      ['turn', 1, ['event:offer', 'event:talks', 'event:routine', 'event:warn-trust']],
      ['turn', 3, ['event:audit']],
      ['turn', 4, ['event:later']],
      ['unreached', 0, ['event:orphan']],
      ['endings', 0, ['ending:hub', 'ending:quit', 'ending:steady']],
    ]);
    const xs = layout.columns.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const placed of layout.placed.values()) {
      expect(placed.x).toBeLessThan(layout.width);
      expect(placed.y).toBeLessThan(layout.height);
    }
  });

  it('moves by arrow keys within a column and to the nearest row of the next one', () => {
    const layout = layoutGraph(graph);
    const go = (from: NodeKey, ...moves: Parameters<typeof neighbour>[2][]) =>
      moves.reduce((key, move) => neighbour(layout, key, move), from);
    expect(go('event:offer', 'down')).toBe('event:talks');
    expect(go('event:offer', 'up')).toBe('event:offer');
    expect(go('event:offer', 'left')).toBe('meter:trust');
    expect(go('event:talks', 'right')).toBe('event:audit');
    expect(go('event:offer', 'last')).toBe('event:warn-trust');
    expect(go('event:warn-trust', 'first')).toBe('event:offer');
    expect(go('event:later', 'right', 'right', 'down', 'right')).toBe('ending:quit');
  });

  it('pins findings on the node their path falls under, the rest elsewhere', () => {
    const findings = [
      { path: ['events', 2, 'choices', 0, 'text'], severity: 'warning' as const },
      { path: ['events', 2], severity: 'error' as const },
      { path: ['endings', 1, 'when'], severity: 'warning' as const },
      { path: ['calendar', 'labels'], severity: 'error' as const },
    ];
    const { byNode, elsewhere } = pinFindings(graph, findings);
    expect(byNode.get('event:audit')).toEqual({
      findings: [findings[1], findings[0]],
      errors: 1,
      warnings: 1,
    });
    expect(byNode.get('ending:quit')?.warnings).toBe(1);
    expect(elsewhere).toEqual([findings[3]]);
  });
});

describe('the graph of every shipped scenario', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
  for (const file of files) {
    it(`${file}: every edge joins two nodes, and every event a simulation draws has a range`, () => {
      const { scenario } = loadScenario(file, readFileSync(`scenarios/${file}`, 'utf8'));
      if (scenario === undefined) throw new Error(`${file} does not load`);
      const shipped = buildGraph(scenario);
      const keys = new Set(shipped.nodes.map((n) => n.key));
      for (const edge of shipped.edges) {
        expect(keys.has(edge.from) && keys.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
      }
      const layout = layoutGraph(shipped);
      expect(layout.placed.size).toBe(shipped.nodes.length);
      const compiled = compile(scenario);
      const report = simulate(compiled, { runs: 200, seed: 4, policy: 'random' });
      for (const drawn of report.events.filter((e) => e.runs > 0)) {
        const node = shipped.nodes.find((n) => n.key === `event:${drawn.id}`) as EventNode;
        expect(node.range, drawn.id).not.toBeNull();
      }
    });

    it(`${file}: every card a run shows is shown within the turns the map gives it`, () => {
      const { scenario } = loadScenario(file, readFileSync(`scenarios/${file}`, 'utf8'));
      if (scenario === undefined) throw new Error(`${file} does not load`);
      const ranges = new Map(
        buildGraph(scenario).nodes.flatMap((n) => (n.kind === 'event' ? [[n.id, n.range]] : [])),
      );
      const compiled = compile(scenario);
      for (const policy of ['random', 'first', 'cautious-balanced'] as const) {
        for (let seed = 1; seed <= 40; seed++) {
          const { run } = playRun(compiled, seed, policyByName(policy), { record: true });
          for (const entry of logEntries(run)) {
            if (entry.kind !== 'shown') continue;
            const id = compiled.events[entry.event]?.id ?? '';
            const range = ranges.get(id);
            const where = `${id} on turn ${entry.turn} (${policy}, seed ${seed})`;
            expect(range, where).toBeTruthy();
            expect(entry.turn, where).toBeGreaterThanOrEqual(range?.first ?? 0);
            expect(entry.turn, where).toBeLessThanOrEqual(range?.last ?? 0);
          }
        }
      }
    });
  }
});

describe('an ending condition in words', () => {
  it('reads as the author wrote it, brackets where "and" meets "or"', () => {
    const when = {
      all: [
        { any: [{ flag: 'a' }, { flag: 'b' }] },
        { meter: 'trust', atLeast: 40 },
        { not: { chose: { event: 'offer', choice: 'sign' } } },
        { meter: 'legalRisk', atLeast: 10, atMost: 45 },
      ],
    };
    expect(conditionText(when, mapMessages('en').when)).toBe(
      '(flag a or flag b) and trust ≥ 40 and not (chose sign in offer) and legalRisk 10–45',
    );
    expect(conditionText({ failed: 'security', side: 'low' }, mapMessages('ko').when)).toBe(
      'security 실패(낮음)',
    );
    expect(conditionText(undefined, mapMessages('en').when)).toBe(mapMessages('en').when.otherwise);
  });
});
