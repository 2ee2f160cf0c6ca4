import { describe, expect, it } from 'vitest';
import { groupByScenario, mostSplit, runLabel, shares, summarize } from '../../src/classroom/aggregate';
import { resultsCsv } from '../../src/classroom/csv';
import { buildResult } from '../../src/classroom/result-build';
import { start } from '../../src/engine/run/step';
import { driver, testScenario } from '../engine/test-scenario';
import { playOut, session } from './runs';

const scenario = testScenario();
const endingIds = scenario.source.endings.map((e) => e.id);

/**
 * Three learners with one class code (seed 7). Their paths, read off the results:
 * A: offer accept, routine host ×4 (and the review it caused) → steady.
 * B: offer decline, routine snub ×3, trust-warning visit ×2 → steady.
 * C: offer accept, routine file ×5 → hub.
 */
const threeLearners = () => [
  buildResult(scenario, playOut(scenario, 7, ['accept', 'host']), session({ team: 'A' })),
  buildResult(scenario, playOut(scenario, 7, ['decline', 'snub', 'visit']), session({ team: 'B' })),
  buildResult(scenario, playOut(scenario, 7, ['accept', 'file']), session({ team: 'C' })),
];

describe('summarize', () => {
  const results = threeLearners();
  const summary = summarize(results, endingIds);

  it('the paths are the ones described', () => {
    const paths = results.map((r) => r.decisions.map((d) => `${d.event}:${d.choice}`).join(' '));
    expect(paths).toEqual([
      'offer:accept routine:host review:answer routine:host routine:host routine:host',
      'offer:decline routine:snub trust-warning:visit routine:snub trust-warning:visit routine:snub',
      'offer:accept routine:file routine:file routine:file routine:file routine:file',
    ]);
  });

  it('counts runs and ending shares, endings nobody reached included', () => {
    expect(summary.runs).toBe(3);
    expect(summary.scenario).toEqual({ id: 'engine-test', version: '1.0.0' });
    expect(summary.endings).toEqual([
      { id: 'steady', count: 2, share: 2 / 3 },
      { id: 'hub', count: 1, share: 1 / 3 },
      { id: 'courtroom', count: 0, share: 0 },
      { id: 'alone', count: 0, share: 0 },
    ]);
  });

  it('gives each decision point the share of each choice', () => {
    const offer = summary.decisions.find((d) => d.event === 'offer');
    expect(offer).toEqual({
      event: 'offer',
      total: 3,
      runs: 3,
      choices: [
        { id: 'accept', count: 2, share: 2 / 3 },
        { id: 'decline', count: 1, share: 1 / 3 },
      ],
      clauses: [],
      split: 1 / 3,
    });
    const routine = summary.decisions.find((d) => d.event === 'routine');
    expect(routine?.total).toBe(12);
    expect(routine?.runs).toBe(3);
    expect(routine?.choices).toEqual([
      { id: 'file', count: 5, share: 5 / 12 },
      { id: 'host', count: 4, share: 4 / 12 },
      { id: 'snub', count: 3, share: 3 / 12 },
    ]);
    expect(routine?.split).toBe(7 / 12);
    expect(summary.decisions.find((d) => d.event === 'trust-warning')).toMatchObject({ total: 2, runs: 1 });
  });

  it('puts the most split decisions faced by two runs or more first', () => {
    expect(summary.mostSplit.map((d) => d.event)).toEqual(['routine', 'offer']);
  });

  it('gives each run its meter path and its decisions side by side', () => {
    expect(summary.meterPaths.map((p) => p.label)).toEqual(['A', 'B', 'C']);
    const a = summary.meterPaths[0];
    expect(a?.points.length).toBe(7);
    expect(a?.points[0]).toEqual({ trust: 50, security: 50, legalRisk: 20 });
    expect(a?.points[1]).toEqual(results[0]?.decisions[0]?.after);
    expect(summary.teams.map((t) => [t.label, t.steps.length, t.ending])).toEqual([
      ['A', 6, 'steady'],
      ['B', 6, 'steady'],
      ['C', 6, 'hub'],
    ]);
  });

  it('counts negotiation outcomes as choices and agreed terms per clause', () => {
    const { choose, next, act } = driver(scenario);
    let run = next(choose(start(scenario, 11), 'segment'));
    run = act(run, { type: 'propose', terms: [1, 1] });
    const countered = playOut(scenario, 11, ['host'], act(run, { type: 'acceptCounter' }));
    const walked = playOut(scenario, 11, ['host'], act(run, { type: 'walkAway' }));
    const agreedAsked = playOut(
      scenario,
      11,
      ['host'],
      act(next(choose(start(scenario, 11), 'segment')), {
        type: 'propose',
        terms: [1, 0],
      }),
    );
    const summary = summarize(
      [countered, walked, agreedAsked].map((r) => buildResult(scenario, r, session())),
    );
    const agreement = summary.decisions.find((d) => d.event === 'agreement');
    expect(agreement?.choices).toEqual([
      { id: 'agreement', count: 2, share: 2 / 3 },
      { id: 'no-deal', count: 1, share: 1 / 3 },
    ]);
    expect(agreement?.clauses).toEqual([
      { clause: 'ip', options: [{ id: 'joint', count: 2, share: 1 }] },
      { clause: 'review', options: [{ id: 'days30', count: 2, share: 1 }] },
    ]);
  });

  it('handles no results', () => {
    expect(summarize([])).toMatchObject({ runs: 0, endings: [], decisions: [], mostSplit: [] });
    expect(mostSplit([])).toEqual([]);
    expect(shares(new Map())).toEqual([]);
  });
});

describe('groupByScenario', () => {
  it('keeps each scenario version apart, in the order first seen', () => {
    const [a, b, c] = threeLearners();
    if (a === undefined || b === undefined || c === undefined) throw new Error('no runs');
    const newer = { ...b, scenario: { id: 'engine-test', version: '1.1.0' } };
    const groups = groupByScenario([a, newer, c]);
    expect([...groups.keys()]).toEqual(['engine-test@1.0.0', 'engine-test@1.1.0']);
    expect(groups.get('engine-test@1.0.0')).toEqual([a, c]);
    expect(groups.get('engine-test@1.1.0')).toEqual([newer]);
  });

  it('labels a run by its team, else by its number', () => {
    const [a] = threeLearners();
    if (a === undefined) throw new Error('no run');
    expect(runLabel(a, 0)).toBe('A');
    expect(runLabel({ ...a, team: '  ' }, 4)).toBe('#5');
    expect(runLabel({ ...a, team: null }, 1)).toBe('#2');
  });
});

describe('resultsCsv', () => {
  it('has one row per run and decision, a BOM, CRLF lines and the meters before and after', () => {
    const results = threeLearners();
    const csv = resultsCsv(results);
    expect(csv.startsWith('\ufeffteam,class_code,run,decision,turn,event,kind,choice,terms,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(results.reduce((n, r) => n + r.decisions.length, 0));
    expect(lines[0]).toBe(
      'team,class_code,run,decision,turn,event,kind,choice,terms,trust_before,trust_after,security_before,' +
        'security_after,legalRisk_before,legalRisk_after,votes,ending,duration_seconds',
    );
    expect(lines[1]).toBe('A,ET-7F3Q,1,1,1,offer,choice,accept,,50,60,50,50,20,50,,steady,1290');
  });

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    const [first] = threeLearners();
    if (first === undefined) throw new Error('no run');
    const tricky = { ...first, team: '1조, "매" 팀\n둘째 줄' };
    const formula = { ...first, team: '=HYPERLINK("x")' };
    const csv = resultsCsv([tricky, formula]);
    expect(csv).toContain('"1조, ""매"" 팀\n둘째 줄",ET-7F3Q,1,1,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",ET-7F3Q,2,1,`);
  });

  it('writes the votes of a facilitated run', () => {
    const [first] = threeLearners();
    if (first === undefined) throw new Error('no run');
    const voted = {
      ...first,
      votes: [{ decision: 0, counts: { accept: 3, decline: 1 }, chosen: 'accept', tieBroken: false }],
    };
    expect(resultsCsv([voted]).split('\r\n')[1]).toContain(',accept:3 decline:1,steady,');
  });
});
