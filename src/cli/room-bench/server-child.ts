import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A room server the bench started: its port, its host token, and what it logged. */
export interface ServerChild {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  readonly hostToken: string;
  /** Lines the server wrote to stderr (its log), counted by the bench (refusals). */
  readonly log: () => string;
  stop(): Promise<void>;
}

/** Why a server did not start: its log, so a refused option (`--redis`) can be told from a crash. */
export class ServerStartError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message);
  }
}

/**
 * `npm run room`'s own entry as a child process (node with tsx, nothing in between, so its /proc
 * figures are the server's own), on 127.0.0.1 and a free port, without building the game.
 */
export function startServerChild(args: readonly string[], patienceMs: number): Promise<ServerChild> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--host', '127.0.0.1', '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Keep the tail only: a long run's refusals must not grow without bound.
    err = (err + chunk.toString()).slice(-200_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ServerStartError('the server did not start in time', err));
    }, patienceMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new ServerStartError(`the server exited (${code ?? signal}) before it listened`, err));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
      const host = /#host=([A-Za-z0-9_-]{22})/.exec(out);
      if (listening === null || host === null || child.pid === undefined) return;
      clearTimeout(timer);
      const port = Number(listening[1]);
      resolve({
        child,
        pid: child.pid,
        port,
        url: `http://127.0.0.1:${port}`,
        hostToken: host[1] as string,
        log: () => err,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

/** CPU seconds (user + system) and memory of a process, read from /proc (Linux; null elsewhere). */
export interface ProcessSample {
  readonly cpuSeconds: number;
  readonly rssMiB: number;
  readonly peakRssMiB: number;
}

// Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

export function sampleProcess(pid: number): ProcessSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), counted from the state field (3rd).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return {
      cpuSeconds: ticks / TICKS_PER_SECOND,
      rssMiB: kib('VmRSS') / 1024,
      peakRssMiB: kib('VmHWM') / 1024,
    };
  } catch {
    return null;
  }
}
