import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the built game is made from: when any of it is newer than `dist/index.html`, build again. */
const SOURCES = [
  'src',
  'scenarios',
  'assets',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

function newestChange(entry: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

/** Whether `dist/` is missing or older than its sources. */
export function buildIsStale(root: string, dist: string): boolean {
  let built: number;
  try {
    built = statSync(path.join(dist, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((entry) => newestChange(path.join(root, entry)) > built);
}

/** Builds the game (Vite) when `dist/` is stale; true when it is fresh afterwards. */
export function buildIfStale(root: string, dist: string, log: (line: string) => void): boolean {
  if (!buildIsStale(root, dist)) return true;
  log('building the game (dist/ is missing or older than its sources)…');
  const run = spawnSync('npx', ['vite', 'build', '--configLoader', 'runner'], {
    cwd: root,
    stdio: 'inherit',
  });
  return run.status === 0;
}
