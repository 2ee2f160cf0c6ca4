import type { CompiledScenario } from '../engine/compile/types';
import { mixSeed, RandomStream } from '../engine/rng';
import { playRun } from '../engine/simulate/play';
import { policyByName } from '../engine/simulate/policies';

/**
 * Engine throughput against a baseline measured in the same run. The bare loop does the least a
 * storylet game can do per decision (draw an event, pick a choice, add its effects to an array) with
 * none of the rules. Timed slices of the engine and the bare loop alternate (A B A B …) and the median
 * of the rounds is reported, so load on the machine during the run moves both sides alike.
 */
export interface EngineFigures {
  readonly runsPerSecond: number;
  readonly decisionsPerSecond: number;
  readonly decisionsPerRun: number;
  readonly bareDecisionsPerSecond: number;
  /** Engine time per decision ÷ bare-loop time per decision: the figure the bar is set on. */
  readonly costPerDecision: number;
}

interface Slice {
  readonly seconds: number;
  readonly runs: number;
  readonly decisions: number;
}

type RunOnce = (i: number) => number;

function timeSlice(seconds: number, once: RunOnce, firstRun: number): Slice {
  const startedAt = performance.now();
  let runs = 0;
  let decisions = 0;
  while (performance.now() - startedAt < seconds * 1000) {
    for (let k = 0; k < 50; k++) decisions += once(firstRun + runs++);
  }
  return { seconds: (performance.now() - startedAt) / 1000, runs, decisions };
}

function engineRun(scenario: CompiledScenario): RunOnce {
  const policy = policyByName('random');
  return (i) => playRun(scenario, mixSeed(7, i), policy, { record: false }).run.decisions;
}

/** The same number of decisions per run as the engine's mean, with none of the rules. */
function bareRun(scenario: CompiledScenario, decisionsPerRun: number): RunOnce {
  const events = scenario.events.filter((e) => e.choices.length > 0);
  const meters = new Float64Array(scenario.meters.length);
  return (i) => {
    const random = new RandomStream(mixSeed(7, i));
    meters.fill(50);
    for (let d = 0; d < decisionsPerRun; d++) {
      const event = events[random.below(events.length)] as (typeof events)[number];
      const choice = event.choices[random.below(event.choices.length)] as (typeof event.choices)[number];
      const outcome = choice.outcome;
      for (let k = 0; k < outcome.meterIndexes.length; k++) {
        const m = outcome.meterIndexes[k] as number;
        meters[m] = Math.min(100, Math.max(0, (meters[m] as number) + (outcome.amounts[k] as number)));
      }
    }
    return decisionsPerRun;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `rounds` interleaved pairs of slices of `sliceSeconds` each, after a warm-up of both loops. */
export function measureEngine(scenario: CompiledScenario, sliceSeconds: number, rounds = 5): EngineFigures {
  const engine = engineRun(scenario);
  const warm = timeSlice(Math.max(0.3, sliceSeconds), engine, 0);
  const decisionsPerRun = warm.decisions / Math.max(1, warm.runs);
  const bare = bareRun(scenario, Math.max(1, Math.round(decisionsPerRun)));
  timeSlice(Math.max(0.3, sliceSeconds), bare, 0);
  const runRates: number[] = [];
  const decisionRates: number[] = [];
  const bareRates: number[] = [];
  const costs: number[] = [];
  let next = warm.runs;
  for (let round = 0; round < rounds; round++) {
    const a = timeSlice(sliceSeconds, engine, next);
    next += a.runs;
    const b = timeSlice(sliceSeconds, bare, 0);
    const engineRate = a.decisions / a.seconds;
    const bareRate = b.decisions / b.seconds;
    runRates.push(a.runs / a.seconds);
    decisionRates.push(engineRate);
    bareRates.push(bareRate);
    costs.push(bareRate / engineRate);
  }
  return {
    runsPerSecond: median(runRates),
    decisionsPerSecond: median(decisionRates),
    decisionsPerRun,
    bareDecisionsPerSecond: median(bareRates),
    costPerDecision: median(costs),
  };
}
