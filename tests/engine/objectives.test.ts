import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  buildDebrief,
  type CompiledScenario,
  compile,
  type DebriefDecision,
  judgeObjectives,
  type ObjectiveEvidence,
  type ObjectiveJudgement,
  playRun,
  policyByName,
  type RunState,
  Scenario,
  type ScenarioInput,
  start,
  statusOf,
  step,
} from '../../src/engine';
import { scenarioInputArb } from './arbitraries';
import { driver, testScenario, testScenarioInput } from './test-scenario';

/**
 * The objective judgement over generated scenarios and random runs: the rule itself, that only the
 * player's decisions count (never a card seen), and that a scenario without `against` tags never
 * misses. The expected evidence is rebuilt here from the debrief's author ids, not from the log.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_205);
const params = { seed: SEED, numRuns: 120 };

const build = (input: ScenarioInput): CompiledScenario => compile(Scenario.parse(input));
const random = policyByName('random');

/** Every run from the start to the end of one random play, one per step. */
function runsOf(scenario: CompiledScenario, seed: number): RunState[] {
  const { run: last } = playRun(scenario, seed, random);
  let run = start(scenario, seed);
  const runs = [run];
  for (const action of actionsOf(last)) {
    run = step(scenario, run, action);
    runs.push(run);
  }
  return runs;
}

/** The options a decision took, by author ids: its choice, or the option of each clause of its terms. */
function takenOptions(scenario: CompiledScenario, decision: DebriefDecision) {
  const event = scenario.source.events.find((e) => e.id === decision.event);
  if (decision.kind === 'choice') {
    const choice = event?.choices?.find((c) => c.id === decision.choice);
    return choice ? [{ clause: null, option: choice }] : [];
  }
  return (event?.negotiation?.clauses ?? []).flatMap((clause) => {
    const option = clause.options.find((o) => o.id === decision.terms?.[clause.id]);
    return option ? [{ clause: clause.id, option }] : [];
  });
}

function expectedEvidence(scenario: CompiledScenario, run: RunState, objective: string): ObjectiveEvidence[] {
  return buildDebrief(scenario, run).decisions.flatMap((decision) =>
    takenOptions(scenario, decision).flatMap(({ clause, option }) => {
      const base = { decision: decision.number, turn: decision.turn, event: decision.event, clause };
      const tags = option.objectives ?? { shows: [], against: [] };
      return [
        ...(tags.shows.includes(objective) ? [{ ...base, option: option.id, tag: 'shows' as const }] : []),
        ...(tags.against.includes(objective)
          ? [{ ...base, option: option.id, tag: 'against' as const }]
          : []),
      ];
    }),
  );
}

const counts = (judgements: readonly ObjectiveJudgement[]) =>
  judgements.map((j) => [j.shows, j.against] as const);

describe('the objective rule', () => {
  it('shown when shows outnumber againsts, missed when againsts are at least as many (and some), else not met', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), (shows, against) => {
        const status = statusOf(shows, against);
        expect(status === 'shown').toBe(shows > against);
        expect(status === 'missed').toBe(against >= shows && against >= 1);
        expect(status === 'not-met').toBe(shows === 0 && against === 0);
      }),
      params,
    );
  });
});

describe('one option, one decision', () => {
  it('counts an id written twice in one list once, and an option that both shows and goes against it as a tie', () => {
    const input = testScenarioInput();
    const accept = input.events[0]?.choices?.find((c) => c.id === 'accept');
    if (accept === undefined) throw new Error('the test scenario has no "accept"');
    accept.objectives = { shows: ['classify', 'classify'], against: ['classify'] };
    const scenario = testScenario(input);
    const run = driver(scenario).choose(start(scenario, 1), 'accept');
    expect(judgeObjectives(scenario, run)).toMatchObject([
      { id: 'classify', status: 'missed', shows: 1, against: 1 },
    ]);
  });
});

describe('judging generated runs', () => {
  it('judges every declared objective once, in order, by the rule, on exactly the tagged options taken', () => {
    fc.assert(
      fc.property(scenarioInputArb, fc.integer(), (input, seed) => {
        const scenario = build(input);
        const { run } = playRun(scenario, seed, random);
        const judgements = judgeObjectives(scenario, run);
        expect(judgements.map((j) => j.id)).toEqual(scenario.source.objectives.map((o) => o.id));
        for (const j of judgements) {
          expect(j.evidence).toEqual(expectedEvidence(scenario, run, j.id));
          expect(j.shows).toBe(j.evidence.filter((e) => e.tag === 'shows').length);
          expect(j.against).toBe(j.evidence.filter((e) => e.tag === 'against').length);
          expect(j.status).toBe(statusOf(j.shows, j.against));
        }
        expect(buildDebrief(scenario, run).objectives).toEqual(judgements);
      }),
      params,
    );
  });

  it('moves only on a decision: a card shown, a consequence or a proposal changes nothing, and counts never fall', () => {
    fc.assert(
      fc.property(scenarioInputArb, fc.integer(), (input, seed) => {
        const scenario = build(input);
        const runs = runsOf(scenario, seed);
        expect(judgeObjectives(scenario, runs[0] as RunState).every((j) => j.status === 'not-met')).toBe(
          true,
        );
        for (let i = 1; i < runs.length; i++) {
          const before = runs[i - 1] as RunState;
          const after = runs[i] as RunState;
          const was = counts(judgeObjectives(scenario, before));
          const now = counts(judgeObjectives(scenario, after));
          if (after.decisions === before.decisions) expect(now).toEqual(was);
          now.forEach(([shows, against], o) => {
            expect(shows).toBeGreaterThanOrEqual(was[o]?.[0] ?? 0);
            expect(against).toBeGreaterThanOrEqual(was[o]?.[1] ?? 0);
          });
        }
      }),
      params,
    );
  });

  it('never misses an objective in a scenario without against tags: shown or not met', () => {
    fc.assert(
      fc.property(scenarioInputArb, fc.integer(), (input, seed) => {
        const showsOnly = build(withoutAgainst(input));
        const { run } = playRun(showsOnly, seed, random);
        for (const j of judgeObjectives(showsOnly, run)) {
          expect(j.against).toBe(0);
          expect(j.status).toBe(j.shows > 0 ? 'shown' : 'not-met');
        }
      }),
      params,
    );
  });
});

/** The same scenario with every `against` list removed (plain lists stay: they are shows). */
function withoutAgainst(input: ScenarioInput): ScenarioInput {
  return JSON.parse(
    JSON.stringify(input, (key, value) => {
      if (key !== 'objectives' || Array.isArray(value) || value === null || typeof value !== 'object') {
        return value;
      }
      return { shows: (value as { shows?: string[] }).shows ?? [] };
    }),
  );
}
