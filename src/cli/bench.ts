import { readdirSync } from 'node:fs';
import type { CompiledScenario } from '../engine/compile/types';
import { simulate } from '../engine/simulate/batch';
import { isEntryPoint, parseArgs } from './args';
import { measureEngine } from './engine-bench';
import { readScenario } from './read-scenario';

/**
 * `npm run bench`: this engine bench, then the browser bench (bench/browser-bench.ts: load times, JS
 * sizes, frame rate and heap in headless Chromium). `--engine-only` or `--browser-only` runs one.
 *
 * Every shipped scenario (or the files given) is measured against the bare loop in the same run; the
 * bar is set on that ratio for the flagship, never on seconds, which depend on the machine.
 */
const FLAGSHIP = 'scenarios/after-the-summit.json';
const MAX_COST_PER_DECISION = 15;

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

export function main(argv: readonly string[]): number {
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
  console.log(`Engine benchmark (one core, Node ${process.version}); median of 5 interleaved slices`);
  console.log('  scenario                                  runs/s   decisions/s  per run  bare dec/s   cost');
  let flagshipCost: number | null = null;
  for (const [file, scenario] of compiled) {
    const f = measureEngine(scenario, slice);
    if (file === FLAGSHIP) flagshipCost = f.costPerDecision;
    console.log(
      `  ${file.padEnd(38)} ${int(f.runsPerSecond).padStart(9)} ${int(f.decisionsPerSecond).padStart(13)} ${f.decisionsPerRun.toFixed(1).padStart(8)} ${int(f.bareDecisionsPerSecond).padStart(11)} ${f.costPerDecision.toFixed(1).padStart(6)}×`,
    );
  }
  const flagship = compiled.find(([file]) => file === FLAGSHIP)?.[1] ?? compiled[0]?.[1];
  if (flagship !== undefined) balanceReport(flagship, reportRuns);
  if (flagshipCost !== null) {
    const met = flagshipCost <= MAX_COST_PER_DECISION;
    console.log(
      `  bar: flagship cost per decision ≤ ${MAX_COST_PER_DECISION}× the bare loop: ${flagshipCost.toFixed(1)}× — ${met ? 'met' : 'NOT met'}`,
    );
  }
  return 0;
}

/** The balance report an author waits for, on one thread. */
function balanceReport(scenario: CompiledScenario, runs: number): void {
  const startedAt = performance.now();
  simulate(scenario, { runs, seed: 1, policy: 'random' });
  const seconds = (performance.now() - startedAt) / 1000;
  console.log(
    `  ${int(runs)}-run balance report on ${scenario.source.id}: ${seconds.toFixed(2)} s (one thread)`,
  );
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
