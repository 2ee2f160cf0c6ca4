import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { contentSecurityPolicy } from '../src/build/csp-plugin';
import { type Browser, launchChromium } from '../tests/e2e/helpers/browser';
import { startPlay } from '../tests/e2e/helpers/play';
import { servePreview } from '../tests/e2e/helpers/preview';
import { watchProblems } from '../tests/e2e/helpers/problems';
import gameConfig from '../vite.config';

/**
 * The browser bench: the built game against a bare Phaser page built the same way (same Vite build
 * options and target, same CSP), both served by Vite's preview server and loaded in headless Chromium
 * in one run, so a busy or slow machine moves both. Prints figures and ratios against the targets;
 * asserts nothing.
 */
const LOADS = 7;
const VIEWPORT = { width: 1280, height: 720 };
// The game is built with its own config, but into a directory of the bench's: replacing dist/ would
// break a game someone is playing from `npm start` (its lazy chunks' hashed names would change).
const GAME_DIR = path.resolve('test-results/bench/game');
const BARE_ROOT = path.resolve('bench/bare-phaser');
const BARE_DIR = path.resolve('test-results/bench/bare-phaser');
const PHASER_OWN = 'node_modules/phaser/dist/phaser.min.js';
const RESTARTS = 30;
const ANIMATE_MS = 3000;

const TARGET = { readyVsBare: 1.3, jsVsPhaser: 1.25, fps: 60, heapGrowth: 0.1 } as const;

interface LabDoorsBench {
  animateMeters?(durationMs: number): Promise<number>;
  restart?(): unknown;
}
type BenchWindow = Window & {
  __firstFrame?: number;
  __renderer?: string;
  __labDoorsReady?: number;
  __labDoorsBench?: LabDoorsBench;
};

type Figure = { readonly value: number } | { readonly missing: string };

export async function runBrowserBench(): Promise<number> {
  const chromium = spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
  if (chromium.status !== 0) return 1;
  console.log('\nBrowser benchmark: building the game and the bare Phaser page (vite build)…');
  const game = await buildGame();
  const bare = chunksOf(await build({ ...bareConfig(), logLevel: 'warn' }));

  const bareServer = await servePreview({ root: BARE_ROOT, outDir: BARE_DIR, configFile: false });
  const gameServer = game.chunks === null ? null : await servePreview({ outDir: GAME_DIR });
  const browser = await launchChromium();
  try {
    const loads = await measureLoads(browser, bareServer.url, gameServer?.url ?? null, game.readyHook);
    const baseline = await rafRate(browser, bareServer.url);
    const play = gameServer === null ? null : await measurePlay(browser, gameServer.url, game.readyHook);
    const version = browser.context.browser()?.version() ?? 'unknown version';
    printReport({ version, game, bare, loads, baseline, play });
  } finally {
    await browser.close();
    await bareServer.close();
    await gameServer?.close();
  }
  return 0;
}

interface GameBuild {
  readonly chunks: readonly Rolldown.OutputChunk[] | null;
  readonly error: string | null;
  readonly readyHook: boolean;
}

async function buildGame(): Promise<GameBuild> {
  try {
    const chunks = chunksOf(
      await build({
        configLoader: 'runner',
        logLevel: 'warn',
        // The bench's own mode: only this build installs the hooks the bench drives (src/main.tsx).
        mode: 'bench',
        build: { outDir: GAME_DIR, emptyOutDir: true },
      }),
    );
    return { chunks, error: null, readyHook: chunks.some((c) => c.code.includes('__labDoorsReady')) };
  } catch (error) {
    // The first lines that say something, without the terminal colours Rolldown puts in.
    const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
    const lines = text.split('\n').map((line) => line.trim());
    const message = lines
      .filter((line) => line !== '' && !line.startsWith('Build failed with'))
      .slice(0, 2)
      .join(' | ');
    console.log(`  the game did not build: ${message}`);
    return { chunks: null, error: message || 'build failed', readyHook: false };
  }
}

/** The game's own build options (target, limits) with the bare page as the input. */
function bareConfig() {
  return {
    configFile: false as const,
    root: BARE_ROOT,
    base: gameConfig.base ?? './',
    plugins: [contentSecurityPolicy()],
    build: { ...gameConfig.build, outDir: BARE_DIR, emptyOutDir: true },
  };
}

function chunksOf(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) =>
    'output' in o ? o.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk') : [],
  );
}

// ---- loading: navigation start → first frame / title interactive --------------------------------

interface Loads {
  readonly bare: Figure & { readonly all?: readonly number[] };
  readonly game: Figure & { readonly all?: readonly number[] };
  readonly problems: readonly string[];
}

/**
 * Fresh page per load with the HTTP cache disabled, so every load fetches every file from the local
 * server as a first visit would (minus network latency). One unmeasured load each first warms the
 * server and the OS file cache; then bare and game alternate so machine noise falls on both.
 */
async function measureLoads(
  browser: Browser,
  bareUrl: string,
  gameUrl: string | null,
  readyHook: boolean,
): Promise<Loads> {
  const bare: number[] = [];
  const game: number[] = [];
  const problems: string[] = [];
  const timeGame = gameUrl !== null && readyHook;
  for (let round = 0; round <= LOADS; round++) {
    const b = await timedLoad(browser, bareUrl, '__firstFrame', problems);
    if (round > 0) bare.push(b);
    if (timeGame) {
      const g = await timedLoad(browser, gameUrl, '__labDoorsReady', problems);
      if (round > 0) game.push(g);
    }
  }
  return {
    bare: { value: median(bare), all: bare },
    game: timeGame
      ? { value: median(game), all: game }
      : {
          missing:
            gameUrl === null
              ? 'not available (the game did not build)'
              : 'not available (the game does not set window.__labDoorsReady yet)',
        },
    problems: [...new Set(problems)],
  };
}

async function timedLoad(
  browser: Browser,
  url: string,
  mark: '__firstFrame' | '__labDoorsReady',
  problems: string[],
): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const watched = watchProblems(page);
    await page.setViewportSize(VIEWPORT);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction((name) => (window as BenchWindow)[name], mark, {
      timeout: 30_000,
    });
    const value = (await handle.jsonValue()) as number;
    problems.push(...watched.list.map((p) => `${mark === '__firstFrame' ? 'bare page' : 'game'}: ${p}`));
    return value;
  } finally {
    await page.close();
  }
}

// ---- frames and heap ----------------------------------------------------------------------------

/** Animation frames per second the headless browser gives the bare Phaser page: the ceiling here. */
async function rafRate(browser: Browser, url: string): Promise<{ fps: number; renderer: string }> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    await page.waitForFunction(() => (window as BenchWindow).__firstFrame !== undefined);
    const renderer = await page.evaluate(() => (window as BenchWindow).__renderer ?? '?');
    return { fps: await framesPerSecond(page, ANIMATE_MS), renderer };
  } finally {
    await page.close();
  }
}

/** Animation frames the page gets per second over `ms`, counted with requestAnimationFrame. */
function framesPerSecond(page: Page, ms: number): Promise<number> {
  // No named inner functions in evaluated code: tsx's keepNames would wrap them in `__name`, which
  // does not exist in the page.
  return page.evaluate(async (duration) => {
    let frames = 0;
    const start = performance.now();
    let now = start;
    while (now - start < duration) {
      now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      frames += 1;
    }
    return (frames * 1000) / (now - start);
  }, ms);
}

interface Play {
  /** Frames per second on the play screen while nothing is asked to move. */
  readonly idleFps: Figure;
  readonly fps: Figure;
  /** Where the renderer's main thread spent the animation, to read a low frame rate by. */
  readonly busy: MainThread | null;
  readonly problems: readonly string[];
  readonly heap:
    | { readonly before: number; readonly after: number; readonly value: number }
    | { readonly missing: string };
}

async function measurePlay(browser: Browser, url: string, readyHook: boolean): Promise<Play> {
  const page = await browser.context.newPage();
  try {
    const watched = watchProblems(page);
    await page.setViewportSize(VIEWPORT);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
    await page.goto(url);
    if (readyHook) await page.waitForFunction(() => (window as BenchWindow).__labDoorsReady !== undefined);
    else await page.waitForLoadState('networkidle');
    // The hooks act on a run in progress: get to the first event as a player would.
    const started = await startPlay(page).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (started !== null) {
      const missing = `not available (${started})`;
      return {
        idleFps: { missing },
        fps: { missing },
        busy: null,
        problems: [...watched.list],
        heap: { missing },
      };
    }
    const idleFps: Figure = { value: await framesPerSecond(page, ANIMATE_MS) };
    const hooks = await page.evaluate(() => {
      const bench = (window as BenchWindow).__labDoorsBench;
      return {
        animate: typeof bench?.animateMeters === 'function',
        restart: typeof bench?.restart === 'function',
      };
    });
    let busy: MainThread | null = null;
    let fps: Figure = {
      missing: 'not available (the game does not expose __labDoorsBench.animateMeters yet)',
    };
    if (hooks.animate) {
      const watch = await mainThread(page);
      const value = await page.evaluate(
        (ms) => (window as BenchWindow).__labDoorsBench?.animateMeters?.(ms) ?? Number.NaN,
        ANIMATE_MS,
      );
      busy = await watch.stop();
      fps = { value };
    }
    const heap = hooks.restart
      ? await heapAfterRestarts(page)
      : { missing: 'not available (the game does not expose __labDoorsBench.restart yet)' };
    return { idleFps, fps, busy, problems: [...watched.list], heap };
  } finally {
    await page.close();
  }
}

/** Shares of wall time the page's main thread spent on tasks, on script and on style and layout. */
interface MainThread {
  readonly task: number;
  readonly script: number;
  readonly layout: number;
}

async function mainThread(page: Page): Promise<{ stop(): Promise<MainThread> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      at: performance.now(),
      task: value('TaskDuration'),
      script: value('ScriptDuration'),
      layout: value('LayoutDuration') + value('RecalcStyleDuration'),
    };
  };
  const start = await read();
  return {
    stop: async () => {
      const end = await read();
      const seconds = (end.at - start.at) / 1000;
      await cdp.detach();
      return {
        task: (end.task - start.task) / seconds,
        script: (end.script - start.script) / seconds,
        layout: (end.layout - start.layout) / seconds,
      };
    },
  };
}

/**
 * JS heap in use before and after 30 restarts. One unmeasured restart first, so chunks a restart loads
 * lazily (Phaser with the institute view) and caches filled once are not counted as growth.
 */
async function heapAfterRestarts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // How many restarts did something: a restart with no run in progress returns false.
  const restart = (times: number) =>
    page.evaluate(async (n) => {
      const bench = (window as BenchWindow).__labDoorsBench;
      let done = 0;
      for (let i = 0; i < n; i++) {
        if ((await bench?.restart?.()) !== false) done += 1;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return done;
    }, times);
  await restart(1);
  const before = await usedHeap(cdp);
  const done = await restart(RESTARTS);
  const after = await usedHeap(cdp);
  if (done < RESTARTS)
    return { missing: `not available (only ${done} of ${RESTARTS} restarts did anything)` };
  return { before, after, value: (after - before) / before };
}

/** Bytes of JS heap in use after full garbage collections (twice: some objects need a second pass). */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

// ---- sizes and the report -----------------------------------------------------------------------

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

interface Sizes {
  readonly total: number;
  readonly initial: number;
  readonly phaser: number;
  readonly files: number;
  /** The lazy chunks other than Phaser's, largest first: where the rest of the total comes from. */
  readonly others: readonly { readonly name: string; readonly size: number }[];
}

/** Total of the build's assets/*.js, the entry with everything it imports statically, and the Phaser chunk. */
function gameSizes(chunks: readonly Rolldown.OutputChunk[]): Sizes {
  const assets = path.join(GAME_DIR, 'assets');
  const files = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  const total = files.reduce((sum, f) => sum + gzipped(readFileSync(path.join(assets, f))), 0);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  const sizeOf = (names: Iterable<string>) => {
    let sum = 0;
    for (const n of names) sum += gzipped(byName.get(n)?.code ?? '');
    return sum;
  };
  const phaser = chunks.filter((c) => c.moduleIds.some((id) => id.includes('/node_modules/phaser/')));
  const others = chunks
    .filter((c) => !initial.has(c.fileName) && !phaser.includes(c))
    .map((c) => ({ name: c.name, size: gzipped(c.code) }))
    .sort((a, b) => b.size - a.size);
  return {
    total,
    initial: sizeOf(initial),
    phaser: sizeOf(phaser.map((c) => c.fileName)),
    files: files.length,
    others,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function printReport(report: {
  version: string;
  game: GameBuild;
  bare: readonly Rolldown.OutputChunk[];
  loads: Loads;
  baseline: { fps: number; renderer: string };
  play: Play | null;
}): void {
  const { loads, game, play } = report;
  const row = (label: string, text: string) => console.log(`  ${label.padEnd(44)} ${text}`);
  console.log(
    `\nBrowser benchmark (headless Chromium ${report.version}, ${VIEWPORT.width}×${VIEWPORT.height}, ` +
      `median of ${LOADS} loads, HTTP cache off)`,
  );
  if ('value' in loads.bare) {
    const all = loads.bare.all?.map(Math.round).join(', ');
    row('bare Phaser: navigation → first frame', `${ms(loads.bare.value)}  (${all})`);
  }
  if ('value' in loads.game && 'value' in loads.bare) {
    const ratio = loads.game.value / loads.bare.value;
    const all = loads.game.all?.map(Math.round).join(', ');
    row('game: navigation → title interactive', `${ms(loads.game.value)}  (${all})`);
    row(
      '  vs bare first frame',
      `${ratio.toFixed(2)}×  target ≤ ${TARGET.readyVsBare}×: ${verdict(ratio <= TARGET.readyVsBare)}`,
    );
  } else if ('missing' in loads.game) row('game: navigation → title interactive', loads.game.missing);

  const own = gzipped(readFileSync(PHASER_OWN));
  const bareJs = report.bare.reduce((sum, c) => sum + gzipped(c.code), 0);
  console.log('  JavaScript, gzip level 9:');
  if (game.chunks !== null) {
    const sizes = gameSizes(game.chunks);
    const ratio = sizes.total / own;
    row(`  game, all of assets/*.js (${sizes.files} files)`, kB(sizes.total));
    row('  game, initial (entry + static imports)', kB(sizes.initial));
    row('  game, Phaser chunk', kB(sizes.phaser));
    const others = sizes.others.reduce((sum, c) => sum + c.size, 0);
    row(`  game, other lazy chunks (${sizes.others.length})`, kB(others));
    for (const c of sizes.others.slice(0, 6)) row(`    ${c.name}`, kB(c.size));
    row("  Phaser's own (phaser.min.js)", kB(own));
    row('  bare Phaser page, all JS', kB(bareJs));
    row(
      "  game total vs Phaser's own",
      `${ratio.toFixed(2)}×  target ≤ ${TARGET.jsVsPhaser}×: ${verdict(ratio <= TARGET.jsVsPhaser)}`,
    );
    row("  game Phaser chunk vs Phaser's own", `${(sizes.phaser / own).toFixed(2)}×`);
  } else {
    row("  Phaser's own (phaser.min.js)", kB(own));
    row('  bare Phaser page, all JS', kB(bareJs));
    row('  game', `not available (the game did not build: ${game.error})`);
  }

  const { fps, renderer } = report.baseline;
  const capped = `headless Chromium gives the bare Phaser page (${renderer}) ${fps.toFixed(1)} frames/s`;
  if (play !== null && 'value' in play.fps) {
    row(
      'fps while meters animate',
      `${play.fps.value.toFixed(1)}  target ≥ ${TARGET.fps}: ${verdict(play.fps.value >= TARGET.fps - 0.5)}`,
    );
  } else
    row(
      'fps while meters animate',
      play !== null && 'missing' in play.fps ? play.fps.missing : 'not available',
    );
  if (play?.busy) {
    const pct = (share: number) => `${Math.round(share * 100)}%`;
    const { task, script, layout } = play.busy;
    row('  main thread meanwhile', `busy ${pct(task)}: script ${pct(script)}, style+layout ${pct(layout)}`);
  }
  if (play !== null && 'value' in play.idleFps) {
    row('  fps on the play screen, idle', play.idleFps.value.toFixed(1));
  }
  row('  (ceiling here)', `${capped}; headless frame timing is not a display's`);
  if (play !== null && 'before' in play.heap) {
    const { before, after, value } = play.heap;
    row(
      `heap after ${RESTARTS} restarts (after 1 warm-up)`,
      `${kB(before)} → ${kB(after)}  (${(value * 100).toFixed(1)}%)`,
    );
    row('  growth', `target < ${TARGET.heapGrowth * 100}%: ${verdict(value < TARGET.heapGrowth)}`);
  } else
    row(
      `heap after ${RESTARTS} restarts`,
      play !== null && 'missing' in play.heap ? play.heap.missing : 'not available',
    );
  const problems = [...loads.problems, ...(play?.problems ?? []).map((p) => `game, playing: ${p}`)];
  if (problems.length > 0) {
    console.log('  problems the pages reported (figures may not mean much):');
    for (const p of problems.slice(0, 10)) console.log(`    - ${p}`);
  }
}
