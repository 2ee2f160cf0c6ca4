import { loadavg } from 'node:os';
import { intOption, isEntryPoint, parseArgs } from './args';
import { probeJournalWrites } from './room-bench/disk-probe';
import { formatLatency, summarise } from './room-bench/latency';
import { measure, type Stoppable } from './room-bench/measure';
import { startRedis } from './room-bench/redis-child';
import { sampleProcess } from './room-bench/server-child';

/**
 * `npm run bench:room`: the live room under load, on loopback only. Starts `npm run room`'s server as a
 * child process (a temporary data file, `--no-build`, a free port), plays rooms of participants (one
 * Socket.IO connection each, not browsers) through a whole scenario and prints votes sent, counted and
 * lost, the latency from a participant's vote to the projector showing it counted, and the server's
 * CPU and memory. Then more participants per process, step by step, to where p95 passes 100 ms; then
 * two processes sharing Redis. The bench bounds its own time (`--seconds`): at the deadline it prints
 * what it has and stops. Figures are printed, never asserted; it exits 1 only when a vote was lost.
 */
const OPTIONS = {
  valued: [
    'rooms',
    'participants',
    'seconds',
    'spread-ms',
    'scenario',
    'bend-from',
    'max-steps',
    'step-votes',
  ],
  flags: ['no-bend', 'no-redis'],
};
const REDIS_PATIENCE_MS = 60_000;
const BEND_P95_MS = 100;

interface Settings {
  readonly rooms: number;
  readonly participants: number;
  readonly spreadMs: number;
  readonly scenario: string;
  readonly bendFrom: number;
  readonly maxSteps: number;
  readonly stepVotes: number;
  readonly deadline: number;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  const numbers = {
    rooms: intOption(args, 'rooms', 20, 1, 500),
    participants: intOption(args, 'participants', 40, 1, 500),
    seconds: intOption(args, 'seconds', 600, 10, 3600),
    spreadMs: intOption(args, 'spread-ms', 3000, 0, 60_000),
    bendFrom: intOption(args, 'bend-from', 2, 1, 500),
    maxSteps: intOption(args, 'max-steps', 7, 1, 12),
    stepVotes: intOption(args, 'step-votes', 2, 1, 100),
  };
  const problems = [
    ...args.problems,
    ...Object.values(numbers).filter((v): v is string => typeof v === 'string'),
  ];
  if (problems.length > 0) {
    console.error(problems.join('; '));
    return 2;
  }
  const n = numbers as { [K in keyof typeof numbers]: number };
  const scenario = args.options.get('scenario');
  const settings: Settings = {
    rooms: n.rooms,
    participants: n.participants,
    spreadMs: n.spreadMs,
    scenario: typeof scenario === 'string' ? scenario : 'sample-visiting-lab',
    bendFrom: n.bendFrom,
    maxSteps: n.maxSteps,
    stepVotes: n.stepVotes,
    deadline: performance.now() + n.seconds * 1000,
  };
  console.log(
    `Room benchmark (Node ${process.version}, loopback only, load average ${loadavg()[0]?.toFixed(1)} on this machine at the start; every participant a Socket.IO connection)`,
  );
  const disk = probeJournalWrites(200);
  console.log(
    `  one journal commit on this disk (SQLite WAL, synchronous FULL; a turn's votes share one before their answers): mean ${disk.mean.toFixed(1)} ms, p50 ${disk.p50.toFixed(1)} ms, p95 ${disk.p95.toFixed(1)} ms: one process makes at most about ${Math.round(1000 / disk.mean)} commits a second`,
  );
  let lost = 0;
  const whole = await onePhase('one process, the whole scenario', settings, [], {
    rooms: settings.rooms,
    decisions: null,
  });
  lost += whole ?? 0;
  if (!args.options.has('no-bend')) await bend(settings);
  if (!args.options.has('no-redis')) lost += await withRedis(settings);
  console.log(`  load average at the end: ${loadavg()[0]?.toFixed(1)}`);
  if (lost > 0) console.log(`FAILED: ${lost} vote(s) lost`);
  return lost > 0 ? 1 : 0;
}

/**
 * One load on `processes` fresh servers (sharing Redis when given); prints its figures; returns the
 * votes lost, or null when it could not run.
 */
async function onePhase(
  title: string,
  settings: Settings,
  extraArgs: readonly string[][],
  shape: { rooms: number; decisions: number | null },
  processes = 1,
): Promise<number | null> {
  const result = await measure(settings, extraArgs, shape, processes, running);
  if (typeof result === 'string') {
    console.log(`  ${title}: skipped: ${result}`);
    return null;
  }
  const { figures, servers, bench } = result;
  const lost = figures.votesSentClosed - figures.votesCounted;
  console.log(`  ${title} (${settings.scenario}, ${shape.rooms} rooms × ${settings.participants}):`);
  console.log(
    `    participants ${figures.participants}, rooms ended ${figures.roomsEnded}/${shape.rooms}, votes opened ${figures.votesOpened}`,
  );
  console.log(
    `    votes sent ${figures.votesSent} (${figures.votesSentClosed} in votes closed), accepted ${figures.votesAccepted}, counted ${figures.votesCounted}, lost ${lost}`,
  );
  console.log(`    vote → projector shows it counted: ${formatLatency(summarise(figures.latencies))}`);
  const unmeasured = figures.votesAccepted - figures.latencies.length;
  if (unmeasured > 0)
    console.log(
      `    (${unmeasured} accepted vote(s) without a latency: their answer carried no count to match)`,
    );
  for (const line of servers) console.log(`    ${line}`);
  console.log(`    ${bench}`);
  if (figures.stopped !== null) console.log(`    stopped early: ${figures.stopped}`);
  return lost;
}

/**
 * One fresh process, twice the rooms (of the same size) each step, a few votes each: the largest load
 * whose p95 stays under 100 ms is what one process holds, on this machine, with the bench's own
 * process sharing its cores.
 */
async function bend(settings: Settings): Promise<void> {
  console.log(
    `  where one process bends (rooms of ${settings.participants}, ${settings.stepVotes} votes each, the rooms doubled each step):`,
  );
  let held: number | null = null;
  let bent = false;
  for (let s = 0; s < settings.maxSteps; s++) {
    if (performance.now() > settings.deadline) {
      console.log('    the deadline passed: stopping here');
      break;
    }
    const rooms = settings.bendFrom * 2 ** s;
    const participants = rooms * settings.participants;
    const result = await measure(settings, [], { rooms, decisions: settings.stepVotes }, 1, running);
    if (typeof result === 'string') {
      console.log(`    ${participants} participants: ${result}`);
      break;
    }
    const latency = summarise(result.figures.latencies);
    const lost = result.figures.votesSentClosed - result.figures.votesCounted;
    console.log(
      `    ${String(participants).padStart(6)} participants: ${formatLatency(latency)}; lost ${lost}`,
    );
    console.log(`           ${result.servers[0] ?? ''}`);
    console.log(`           ${result.bench}`);
    if (result.figures.stopped !== null) {
      console.log(`           stopped early: ${result.figures.stopped}`);
      break;
    }
    if (!(latency.p95 < BEND_P95_MS)) {
      bent = true;
      break;
    }
    held = participants;
  }
  const limit = `p95 under ${BEND_P95_MS} ms`;
  console.log(
    held === null
      ? `    one process did not keep ${limit} even at ${settings.bendFrom * settings.participants} participants here`
      : `    one process held ${held} participants with ${limit}${bent ? `; it bent at ${held * 2}` : ' (no step past it was completed)'}`,
  );
}

/** The whole scenario on two processes sharing a local redis-server; participants spread over both. */
async function withRedis(settings: Settings): Promise<number> {
  const title = 'two processes sharing Redis, the whole scenario';
  const redis = await startRedis(REDIS_PATIENCE_MS).catch((error: unknown) => String(error));
  if (redis === null || typeof redis === 'string') {
    console.log(
      `  ${title}: skipped: ${redis ?? 'redis-server is not installed (apt-get install redis-server)'}`,
    );
    return 0;
  }
  running.add(redis);
  try {
    const args = ['--redis', redis.url];
    const before = sampleProcess(redis.pid);
    const lost = await onePhase(title, settings, [args, args], { rooms: settings.rooms, decisions: null }, 2);
    const after = sampleProcess(redis.pid);
    if (lost !== null && before !== null && after !== null)
      console.log(
        `    redis-server: CPU ${(after.cpuSeconds - before.cpuSeconds).toFixed(1)} s in all, memory ${after.rssMiB.toFixed(0)} MiB`,
      );
    return lost ?? 0;
  } finally {
    await redis.stop();
    running.delete(redis);
  }
}

/** Servers running now: stopped on Ctrl+C or SIGTERM too, so the bench never leaves one behind. */
const running = new Set<Stoppable>();

function stopOnSignal(signal: NodeJS.Signals): void {
  process.once(signal, () => {
    console.log(`${signal}: stopping the servers`);
    void Promise.all([...running].map((server) => server.stop())).finally(() => process.exit(130));
  });
}

if (isEntryPoint(import.meta.url)) {
  stopOnSignal('SIGINT');
  stopOnSignal('SIGTERM');
  process.exitCode = await main(process.argv.slice(2));
}
