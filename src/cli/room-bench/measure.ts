import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  type ProcessSample,
  type ServerChild,
  ServerStartError,
  sampleProcess,
  startServerChild,
} from './server-child';
import { type LoadFigures, runWorkshopLoad } from './workshop-load';

const START_PATIENCE_MS = 60_000;

/** What a measurement is asked to play, and until when. */
export interface MeasureSettings {
  readonly scenario: string;
  readonly participants: number;
  readonly spreadMs: number;
  readonly deadline: number;
}

/** Servers started and not yet stopped: the bench stops them on a signal too. */
export type Stoppable = { stop(): Promise<void> };

export interface Measured {
  readonly figures: LoadFigures;
  /** One line per server process: CPU and memory. */
  readonly servers: string[];
  /** The bench's own process: its CPU and how late its event loop ran (both part of every latency). */
  readonly bench: string;
}

/**
 * Starts `processes` fresh servers (their extra arguments by index) on a temporary data directory, runs
 * the load, samples the processes, stops everything; a string says why it could not run.
 */
export async function measure(
  settings: MeasureSettings,
  extraArgs: readonly string[][],
  shape: { rooms: number; decisions: number | null },
  processes: number,
  running: Set<Stoppable>,
): Promise<Measured | string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-bench-room-'));
  const servers: ServerChild[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const data = ['--data', path.join(dir, `rooms-${i}.sqlite`)];
      const server = await startServerChild([...data, ...(extraArgs[i] ?? [])], START_PATIENCE_MS);
      servers.push(server);
      running.add(server);
    }
    const before = servers.map((s) => sampleProcess(s.pid));
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const benchCpu = process.cpuUsage();
    const startedAt = performance.now();
    const figures = await runWorkshopLoad({
      servers,
      scenario: settings.scenario,
      rooms: shape.rooms,
      participants: settings.participants,
      decisions: shape.decisions,
      spreadMs: settings.spreadMs,
      seed: 1,
      deadline: settings.deadline,
    });
    const seconds = (performance.now() - startedAt) / 1000;
    lag.disable();
    const used = process.cpuUsage(benchCpu);
    const lines = servers.map((s, i) => processLine(i, before[i] ?? null, sampleProcess(s.pid), seconds, s));
    const bench = `bench (all the participants' sockets): CPU ${(((used.user + used.system) / 1e6 / seconds) * 100).toFixed(0)}% of one core, its event loop late by p50 ${(lag.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms`;
    return { figures, servers: lines, bench };
  } catch (error) {
    if (error instanceof ServerStartError) {
      if (/unknown option '--redis'/i.test(error.log))
        return 'this server does not take --redis yet (the Redis scale-out is not on this branch)';
      return `${error.message}: ${firstLines(error.log)}`;
    }
    return String(error);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const server of servers) running.delete(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

function processLine(
  index: number,
  before: ProcessSample | null,
  after: ProcessSample | null,
  seconds: number,
  server: ServerChild,
): string {
  const refusals = (server.log().match(/refused /g) ?? []).length;
  if (before === null || after === null) return `server ${index + 1}: no /proc figures here`;
  const cpu = (after.cpuSeconds - before.cpuSeconds) / seconds;
  return `server ${index + 1}: CPU ${(cpu * 100).toFixed(0)}% of one core over ${seconds.toFixed(1)} s, memory ${after.rssMiB.toFixed(0)} MiB (peak ${after.peakRssMiB.toFixed(0)} MiB), refusals logged ${refusals}`;
}

const firstLines = (log: string) => log.trim().split('\n').slice(0, 3).join(' | ');
