import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** How long redis-server may take to start on a busy machine before the test gives up. */
const START_PATIENCE_MS = 30_000;

export interface RedisServer {
  readonly url: string;
  /** Kills redis-server outright (SIGKILL, as a crash) and starts it again on its port and data. */
  crashAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

/** The redis-server scripts/ensure-redis.mjs finds (and CI installs). */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

/**
 * A redis-server of the test's own: loopback, a free port, a temp dir, every write fsynced before it is
 * answered (appendonly, appendfsync always), as the cluster's docs ask. Stopped (and its dir removed) by
 * `stop`.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-redis-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await launch(dir, port);
    } catch (error) {
      // Another process took the port between our look and redis-server's bind: look again.
      if (attempt >= 3 || !String(error).includes('Address already in use')) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
}

async function launch(dir: string, port: number): Promise<RedisServer> {
  let running = await run(dir, port);
  return {
    url: `redis://127.0.0.1:${port}`,
    crashAndRestart: async () => {
      running.child.kill('SIGKILL');
      await running.exited;
      running = await run(dir, port);
    },
    stop: async () => {
      const { child, exited } = running;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(dir: string, port: number): Promise<Running> {
  const child = spawn(
    REDIS_SERVER,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--save',
      '',
      '--daemonize',
      'no',
      '--protected-mode',
      'yes',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start:\n${out}`));
    }, START_PATIENCE_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${REDIS_SERVER} (node scripts/ensure-redis.mjs): ${error.message}`));
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited before it was ready:\n${out}`));
    });
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      resolve({ child, exited });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
}
