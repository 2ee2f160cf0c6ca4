import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism as availableCores } from 'node:os';
import type { CompiledScenario } from '../engine/compile/types';
import { simulate } from '../engine/simulate/batch';
import { defaultWorkers, SimulationPool } from '../simulate-node/pool';
import { playHeat } from '../studio/heat/heat-job';
import { isEntryPoint, parseArgs } from './args';
import { measureEngine, median } from './engine-bench';
import { readScenario } from './read-scenario';
import { measureStudioEdits } from './studio-bench';

/**
 * `npm run bench`: this engine bench, then the browser bench (bench/browser-bench.ts: load times, JS
 * sizes, frame rate and heap in headless Chromium). `--engine-only` or `--browser-only` runs one.
 *
 * Every shipped scenario (or the files given) is measured against the bare loop in the same run; the
 * bar is set on that ratio for the flagship, never on seconds, which depend on the machine.
 */
const FLAGSHIP = 'scenarios/after-the-summit.json';
const MAX_COST_PER_DECISION = 15;
const MIN_TWO_WORKER_SPEED_UP = 1.7;

function shippedScenarios(): string[] {
  return readdirSync('scenarios')
    .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
    .map((name) => `scenarios/${name}`)
    .sort();
}

const BENCH_OPTIONS = {
  valued: ['seconds', 'report-runs'],
  flags: ['browser-only', 'engine-only'],
};

const int = (n: number) => Math.round(n).toLocaleString('en');

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, BENCH_OPTIONS);
  if (args.problems.length > 0) {
    console.error(args.problems.join('; '));
    return 2;
  }
  const files = args.positional.length > 0 ? args.positional : shippedScenarios();
  const slice = Number(args.options.get('seconds') ?? 0.6);
  const reportRuns = Number(args.options.get('report-runs') ?? 100_000);
  const compiled: [string, CompiledScenario][] = [];
  for (const file of files) {
    const scenario = readScenario(file, console.error);
    if (scenario === null) return 1;
    compiled.push([file, scenario]);
  }
  console.log(
    `Engine benchmark (Node ${process.version}); per scenario on one core, the simulator's runs (no story log) against the bare loop, median of 5 interleaved slices`,
  );
  console.log('  scenario                                  runs/s   decisions/s  per run  bare dec/s   cost');
  let flagshipCost: number | null = null;
  for (const [file, scenario] of compiled) {
    const f = measureEngine(scenario, slice);
    if (file === FLAGSHIP) flagshipCost = f.costPerDecision;
    console.log(
      `  ${file.padEnd(38)} ${int(f.runsPerSecond).padStart(9)} ${int(f.decisionsPerSecond).padStart(13)} ${f.decisionsPerRun.toFixed(1).padStart(8)} ${int(f.bareDecisionsPerSecond).padStart(11)} ${f.costPerDecision.toFixed(1).padStart(6)}×`,
    );
  }
  if (flagshipCost !== null) {
    const met = flagshipCost <= MAX_COST_PER_DECISION;
    console.log(
      `  bar: flagship cost per decision ≤ ${MAX_COST_PER_DECISION}× the bare loop: ${flagshipCost.toFixed(1)}× — ${met ? 'met' : 'NOT met'}`,
    );
  }
  const flagship = compiled.find(([file]) => file === FLAGSHIP) ?? compiled[0];
  if (flagship !== undefined) studioEdits(flagship[0]);
  if (flagship !== undefined) {
    await balanceReport(flagship[1], reportRuns);
    studioHeat(flagship[0], flagship[1]);
    await workerSpeedUp(flagship[1], Math.max(1000, Math.round(reportRuns / 5)));
  }
  return 0;
}

/** The balance report an author waits for: on one thread, then on worker threads (their start included). */
async function balanceReport(scenario: CompiledScenario, runs: number): Promise<void> {
  const label = `  ${int(runs)}-run balance report on ${scenario.source.id}:`;
  let startedAt = performance.now();
  simulate(scenario, { runs, seed: 1, policy: 'random' });
  console.log(`${label} ${seconds(startedAt)} s on one thread`);
  const workers = defaultWorkers();
  startedAt = performance.now();
  const pool = new SimulationPool(scenario, workers);
  try {
    await pool.simulate({ runs, seed: 1, policy: 'random' });
  } finally {
    await pool.close();
  }
  console.log(`${label} ${seconds(startedAt)} s on ${workers} worker thread(s), their start included`);
}

/** The studio's runs per play style by default (src/studio/map/heat-panel.tsx). */
const STUDIO_HEAT_RUNS = 2000;

/**
 * The studio's "Run heat" on the flagship as its worker plays it (load and check the text, then every
 * play style in slices, then the teaching checks), on this thread; beside it, the same number of runs
 * as one random batch, so the ratio shows what slicing and the nine styles cost.
 */
function studioHeat(file: string, scenario: CompiledScenario): void {
  const text = readFileSync(file, 'utf8');
  let startedAt = performance.now();
  const job = playHeat(text, { runs: STUDIO_HEAT_RUNS, seed: 1, file });
  let step = job.next();
  while (step.done !== true) step = job.next();
  const heatMs = performance.now() - startedAt;
  const styles = step.value.kind === 'heat' ? step.value.result.reports.length : 0;
  startedAt = performance.now();
  simulate(scenario, { runs: STUDIO_HEAT_RUNS * Math.max(1, styles), seed: 1, policy: 'random' });
  const plainMs = performance.now() - startedAt;
  console.log(
    `  studio heat on ${scenario.source.id}: ${int(STUDIO_HEAT_RUNS)} runs × ${styles} play styles in ${(heatMs / 1000).toFixed(2)} s on one thread (the same number of random runs in one batch: ${(heatMs / plainMs).toFixed(2)}× that)`,
  );
}

/** The studio's edits of the flagship's text (see studio-bench.ts), as ratios to parsing it. */
function studioEdits(file: string): void {
  const text = readFileSync(file, 'utf8');
  const c = measureStudioEdits(text);
  const x = (ratio: number) => `${ratio.toFixed(2)}×`;
  console.log(
    `  studio edits on ${file} (${int(text.length / 1000)} k characters), per edit as a ratio to JSON.parse of it (${c.parseMs.toFixed(1)} ms here), median of 7 interleaved rounds:`,
  );
  console.log(
    `    keystroke in a form field ${x(c.keystroke)}, first keystroke in a field ${x(c.firstKeystroke)}, translation cell edit with the table's rows ${x(c.cellEdit)}`,
  );
  console.log(
    `    save with 100 undo steps ${x(c.save)} (the history stored as whole texts: ${x(c.wholeTextSave)}, ${(c.wholeTextSave / c.save).toFixed(0)}× more)`,
  );
}

/**
 * How much faster two worker threads play a batch than one: both pools started and warmed up first,
 * then timed batches alternate (one, two, one, two…) and the median ratio is printed, so load on the
 * machine moves both sides alike. The bar is printed, never asserted: it needs two idle cores.
 */
async function workerSpeedUp(scenario: CompiledScenario, runs: number): Promise<void> {
  const pools = [new SimulationPool(scenario, 1), new SimulationPool(scenario, 2)];
  try {
    const time = async (pool: SimulationPool, seed: number) => {
      const startedAt = performance.now();
      await pool.simulate({ runs, seed, policy: 'random' });
      return performance.now() - startedAt;
    };
    // Two batches each first, so every thread's engine is compiled by the JIT before timing.
    for (const pool of pools) for (const seed of [-1, -2]) await time(pool, seed);
    const ratios: number[] = [];
    for (let round = 1; round <= 5; round++) {
      const one = await time(pools[0] as SimulationPool, round);
      const two = await time(pools[1] as SimulationPool, round);
      ratios.push(one / two);
    }
    const speedUp = median(ratios);
    console.log(
      `  2 worker threads vs 1 (${int(runs)}-run batches, median of 5 interleaved): ${speedUp.toFixed(2)}× — bar ≥ ${MIN_TWO_WORKER_SPEED_UP}×: ${speedUp >= MIN_TWO_WORKER_SPEED_UP ? 'met' : 'NOT met'} (${availableCores()} cores here)`,
    );
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

const seconds = (startedAt: number) => ((performance.now() - startedAt) / 1000).toFixed(2);

async function both(argv: readonly string[]): Promise<number> {
  const only = parseArgs(argv, BENCH_OPTIONS).options;
  const engine = only.has('browser-only') ? 0 : await main(argv);
  if (engine !== 0 || only.has('engine-only')) return engine;
  // Loaded only here: the browser bench pulls in Vite and playwright-core.
  const { runBrowserBench } = await import('../../bench/browser-bench');
  return runBrowserBench();
}

if (isEntryPoint(import.meta.url)) process.exitCode = await both(process.argv.slice(2));
