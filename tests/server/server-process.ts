import { type ChildProcess, spawn } from 'node:child_process';

/** How long a server process may take to start on a busy machine before the test gives up. */
export const START_PATIENCE_MS = 90_000;

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly hostToken: string;
  /** The facilitator's link as the server printed it (with `--public-url`'s address). */
  readonly controlLink: string;
  /** Everything it wrote to stderr (its log). */
  readonly log: () => string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServerProcessOptions {
  /** 0 (default): any free port. */
  readonly port?: number;
  /** What the server prints and shows as its address; default one no test opens. */
  readonly publicUrl?: string;
  /** Share rooms through this Redis (`--redis`) instead of the data file. */
  readonly redis?: string;
}

/**
 * `npm run room`'s own entry, started as a child process (node with tsx, no npm or npx in between, so
 * the signal a test sends reaches the server itself), serving on 127.0.0.1 without building the game.
 */
export function startServerProcess(
  dataFile: string,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--no-build',
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port ?? 0),
      '--data',
      dataFile,
      '--public-url',
      options.publicUrl ?? 'http://127.0.0.1:9',
      ...(options.redis === undefined ? [] : ['--redis', options.redis]),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${out}\n${err}`));
    }, START_PATIENCE_MS);
    void exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it listened:\n${err}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
      const control = /facilitator \(keep private\): (\S+#host=([A-Za-z0-9_-]{22}))/.exec(out);
      if (listening === null || control === null) return;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(listening[1]),
        hostToken: control[2] as string,
        controlLink: control[1] as string,
        log: () => err,
        exited: () => exit,
      });
    });
  });
}
