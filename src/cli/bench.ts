import type { CompiledScenario } from '../engine/compile/types';
import { mixSeed, RandomStream } from '../engine/rng';
import { simulate } from '../engine/simulate/batch';
import { playRun } from '../engine/simulate/play';
import { policyByName } from '../engine/simulate/policies';
import { isEntryPoint, parseArgs } from './args';
import { readScenario } from './read-scenario';

/**
 * `npm run bench`: this engine bench, then the browser bench (bench/browser-bench.ts: load times, JS
 * sizes, frame rate and heap in headless Chromium). `--engine-only` or `--browser-only` runs one.
 *
 * Engine throughput on a shipped scenario, printed as figures and as a ratio against a baseline measured
 * in the same run (so a busy or slow machine moves both): the bare loop does the least a storylet game
 * can do per decision — draw an event, pick a choice, add its effects to an array — with no rules.
 */
const DEFAULT_FILE = 'scenarios/sample-visiting-lab.json';
const TARGET_RUNS_PER_SECOND = 20_000;

interface Measure {
  readonly seconds: number;
  readonly runs: number;
  readonly decisions: number;
}

function measure(seconds: number, once: (i: number) => number): Measure {
  const startedAt = performance.now();
  let runs = 0;
  let decisions = 0;
  while (performance.now() - startedAt < seconds * 1000) {
    for (let k = 0; k < 100; k++) decisions += once(runs++);
  }
  return { seconds: (performance.now() - startedAt) / 1000, runs, decisions };
}

function engineRun(scenario: CompiledScenario): (i: number) => number {
  const policy = policyByName('random');
  return (i) => playRun(scenario, mixSeed(7, i), policy).run.decisions;
}

/** The baseline: the same number of decisions per run, with none of the rules. */
function bareRun(scenario: CompiledScenario, decisionsPerRun: number): (i: number) => number {
  const events = scenario.events.filter((e) => e.choices.length > 0);
  const meters = new Float64Array(scenario.meters.length);
  return (i) => {
    const random = new RandomStream(mixSeed(7, i));
    meters.fill(50);
    for (let d = 0; d < decisionsPerRun; d++) {
      const event = events[random.below(events.length)] as (typeof events)[number];
      const outcome = (event.choices[random.below(event.choices.length)] as (typeof event.choices)[number])
        .outcome;
      for (let k = 0; k < outcome.meterIndexes.length; k++) {
        const m = outcome.meterIndexes[k] as number;
        meters[m] = Math.min(100, Math.max(0, (meters[m] as number) + (outcome.amounts[k] as number)));
      }
    }
    return decisionsPerRun;
  };
}

const BENCH_OPTIONS = { valued: ['seconds'], flags: ['browser-only', 'engine-only'] };

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv, BENCH_OPTIONS);
  if (args.problems.length > 0) {
    console.error(args.problems.join('; '));
    return 2;
  }
  const file = args.positional[0] ?? DEFAULT_FILE;
  const seconds = Number(args.options.get('seconds') ?? 3);
  const scenario = readScenario(file, console.error);
  if (scenario === null) return 1;
  const run = engineRun(scenario);
  measure(0.5, run); // warm-up: let the JIT settle before anything is timed
  const engine = measure(seconds, run);
  const perRun = Math.max(1, Math.round(engine.decisions / engine.runs));
  const bare = bareRun(scenario, perRun);
  measure(0.5, bare);
  const baseline = measure(seconds, bare);
  const runsPerSecond = engine.runs / engine.seconds;
  const decisionsPerSecond = engine.decisions / engine.seconds;
  const bareDecisionsPerSecond = baseline.decisions / baseline.seconds;
  const reportStart = performance.now();
  simulate(scenario, { runs: 100_000, seed: 1, policy: 'random' });
  const reportSeconds = (performance.now() - reportStart) / 1000;

  console.log(`Engine benchmark on ${file} (one core, Node ${process.version})`);
  console.log(`  complete runs per second:      ${Math.round(runsPerSecond).toLocaleString('en')}`);
  console.log(`  decisions per second:          ${Math.round(decisionsPerSecond).toLocaleString('en')}`);
  console.log(`  decisions per run (mean):      ${(engine.decisions / engine.runs).toFixed(1)}`);
  console.log(`  baseline bare-loop decisions/s: ${Math.round(bareDecisionsPerSecond).toLocaleString('en')}`);
  console.log(
    `  engine cost per decision:      ${(bareDecisionsPerSecond / decisionsPerSecond).toFixed(1)}× the bare loop`,
  );
  console.log(`  100,000-run balance report:    ${reportSeconds.toFixed(2)} s`);
  const met = runsPerSecond >= TARGET_RUNS_PER_SECOND;
  console.log(`  target ≥ ${TARGET_RUNS_PER_SECOND.toLocaleString('en')} runs/s: ${met ? 'met' : 'NOT met'}`);
  return 0;
}

async function both(argv: readonly string[]): Promise<number> {
  const only = parseArgs(argv, BENCH_OPTIONS).options;
  const engine = only.has('browser-only') ? 0 : main(argv);
  if (engine !== 0 || only.has('engine-only')) return engine;
  // Loaded only here: the browser bench pulls in Vite and playwright-core.
  const { runBrowserBench } = await import('../../bench/browser-bench');
  return runBrowserBench();
}

if (isEntryPoint(import.meta.url)) process.exitCode = await both(process.argv.slice(2));
