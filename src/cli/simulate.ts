import { formatDiagnostic, GUESSABLE_ABOVE, type TeachingReport, teachingReport } from '../engine';
import type { CompiledScenario } from '../engine/compile/types';
import { type SimulationReport, simulate } from '../engine/simulate/batch';
import { POLICY_NAMES, type PolicyName } from '../engine/simulate/policies';
import { defaultWorkers, SimulationPool } from '../simulate-node/pool';
import { intOption, isEntryPoint, parseArgs } from './args';
import { readScenario } from './read-scenario';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** About a minute on the flagship on one core; a larger balance question is several seeded batches. */
export const MAX_RUNS = 1_000_000;
/** From this many runs the command shows how far it is on stderr; smaller batches end before anyone waits. */
export const PROGRESS_FROM_RUNS = 50_000;
/** More threads than this only wait on each other: it is far beyond the cores of any machine we run on. */
export const MAX_WORKERS = 64;
/**
 * Below this many runs per policy the default is this thread alone: a worker thread takes about half a
 * second to start (it loads the engine through tsx), longer than such a batch takes on one core.
 */
export const THREADS_FROM_RUNS = 10_000;

const USAGE = `usage: npm run simulate -- <scenario.json> [--runs N (1 to ${MAX_RUNS.toLocaleString('en')})] [--seed S] [--policy ${POLICY_NAMES.join('|')}] [--workers N (default: one per core from ${THREADS_FROM_RUNS.toLocaleString('en')} runs)] [--json]`;

/**
 * The balance report: one block per policy (all of them unless --policy names one), then, for the full
 * set, how often each style that reads nothing reaches a best ending and the measured minutes, with
 * LD501/LD502 warnings (never errors: the exit code stays 0). Returns the exit
 * code: at once when the runs are played on this thread (`--workers 1`; the default for small batches,
 * and whenever `defaultWorkerCount` is 1, as when tests call it), as a promise when worker threads play
 * them. The report is the same either way.
 */
export function main(argv: readonly string[], io: Io, defaultWorkerCount = 1): number | Promise<number> {
  const args = parseArgs(argv, { valued: ['runs', 'seed', 'policy', 'workers'], flags: ['json'] });
  const runs = intOption(args, 'runs', 2000, 1, MAX_RUNS);
  const seed = intOption(args, 'seed', 1, -2147483648, 2147483647);
  const worthThreads = typeof runs === 'number' && runs >= THREADS_FROM_RUNS;
  const workers = intOption(
    args,
    'workers',
    worthThreads ? Math.min(defaultWorkerCount, MAX_WORKERS) : 1,
    1,
    MAX_WORKERS,
  );
  const policyOption = args.options.get('policy');
  const file = args.positional[0];
  const problem =
    args.problems.length > 0
      ? args.problems.join('; ')
      : file === undefined || args.positional.length > 1
        ? 'give exactly one scenario file'
        : typeof runs === 'string'
          ? runs
          : typeof seed === 'string'
            ? seed
            : typeof workers === 'string'
              ? workers
              : policyOption !== undefined && !POLICY_NAMES.includes(policyOption as PolicyName)
                ? `unknown policy "${policyOption}" (policies: ${POLICY_NAMES.join(', ')})`
                : null;
  if (
    problem !== null ||
    file === undefined ||
    typeof runs === 'string' ||
    typeof seed === 'string' ||
    typeof workers === 'string'
  ) {
    io.err(problem ?? '');
    io.err(USAGE);
    return 2;
  }
  const scenario = readScenario(file, io.err);
  if (scenario === null) return 1;
  const policies = policyOption === undefined ? POLICY_NAMES : [policyOption as PolicyName];
  const print = (reports: readonly SimulationReport[]) => {
    // The teaching checks compare every style with random play, so they come with the full set only.
    const teaching = policies.length === 1 ? null : teachingReport(file, scenario, reports, seed);
    if (args.options.has('json')) {
      io.out(JSON.stringify(teaching === null ? reports[0] : { reports, teaching }));
      return 0;
    }
    for (const report of reports) printReport(scenario, report, io);
    if (teaching !== null) printTeaching(teaching, io);
    return 0;
  };
  const batch = (policy: PolicyName) => ({
    runs,
    seed,
    policy,
    ...(runs >= PROGRESS_FROM_RUNS && { onProgress: progress(policy, io) }),
  });
  if (workers === 1) return print(policies.map((policy) => simulate(scenario, batch(policy))));
  return onWorkers(scenario, workers, policies.map(batch)).then(print);
}

/** The same batches played by worker threads, one policy after the other, all threads on each. */
async function onWorkers(
  scenario: CompiledScenario,
  workers: number,
  batches: readonly Parameters<SimulationPool['simulate']>[0][],
): Promise<SimulationReport[]> {
  const pool = new SimulationPool(scenario, workers);
  try {
    const reports: SimulationReport[] = [];
    for (const batch of batches) reports.push(await pool.simulate(batch));
    return reports;
  } finally {
    await pool.close();
  }
}

/** One line on stderr per tenth of the runs: stdout stays the report alone, so --json still pipes. */
function progress(policy: PolicyName, io: Io): (done: number, total: number) => void {
  return (done, total) =>
    io.err(`simulate ${policy}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} runs`);
}

const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
const dist = (d: SimulationReport['decisions']) =>
  `median ${d.median}, p10–p90 ${d.p10}–${d.p90}, range ${d.min}–${d.max}`;

function printReport(scenario: CompiledScenario, report: SimulationReport, io: Io): void {
  io.out(
    `${report.scenario.id} ${report.scenario.version} — policy ${report.policy}: ${report.runs} runs from seed ${report.seed}`,
  );
  io.out('  endings:');
  for (const e of report.endings) io.out(`    ${pct(e.share)}  ${e.id} (${e.tone})`);
  io.out(`  decisions: ${dist(report.decisions)}`);
  io.out(`  turns: ${dist(report.turns)} of ${scenario.turns}`);
  io.out('  final meters:');
  for (const [id, d] of Object.entries(report.finalMeters)) {
    io.out(`    ${id.padEnd(12)} median ${d.median}, p10–p90 ${d.p10}–${d.p90}, range ${d.min}–${d.max}`);
  }
  for (const f of report.failures) io.out(`  failed ${f.meter} (${f.side}): ${pct(f.runs / report.runs)}`);
  const never = (label: string, items: readonly string[]) =>
    io.out(`  ${label}: ${items.length === 0 ? 'none' : items.join(', ')}`);
  never('events never drawn', report.eventsNeverDrawn);
  never(
    'choices never taken',
    report.choicesNeverTaken.map((c) => `${c.event}/${c.choice}`),
  );
  if (report.stuckRuns > 0) io.out(`  runs that did not end: ${report.stuckRuns}`);
  io.out('');
}

/** The read-nothing styles against random play and the bar, the measured minutes, then the warnings. */
function printTeaching(teaching: TeachingReport, io: Io): void {
  io.out(`best ending without reading (at most ${pct(GUESSABLE_ABOVE).trim()} each):`);
  io.out(`  ${pct(teaching.guessability.random)}  random (for comparison)`);
  for (const style of teaching.guessability.styles) {
    const flag = style.share > GUESSABLE_ABOVE ? '  <- guessable' : '';
    io.out(`  ${pct(style.share)}  ${style.policy}${flag}`);
  }
  const m = teaching.minutes;
  io.out(
    `minutes: stated ${m.stated}, measured ${m.rounded} (median random run: ${m.measured.toFixed(1)} = English words read ÷ 200 + one per decision)`,
  );
  for (const warning of teaching.warnings) io.out(formatDiagnostic(warning));
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = await main(
    process.argv.slice(2),
    { out: console.log, err: console.error },
    defaultWorkers(),
  );
}
