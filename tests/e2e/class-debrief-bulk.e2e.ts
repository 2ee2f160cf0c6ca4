import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildResult, resultJson } from '../../src/classroom/result-build';
import { type CompiledScenario, compile, loadScenario, type RunState, start, step } from '../../src/engine';
import { isAvailable } from '../../src/engine/run/choices';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, openGame, VIEWPORTS, type Viewport } from './helpers/game';
import { expectNoProblems } from './helpers/problems';
import { useBrowser } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

/**
 * A whole year group at once: 1,000 result files handed to the class debrief in one go. They must all
 * load, each counted once, and the screen must stay usable. The figures (load time, time per key press
 * in the code box with 1,000 loaded) are printed for the README and the issue; nothing here asserts a
 * time, so a busy machine cannot fail it.
 */
const browser = useBrowser();
const RUNS = 1000;
const LAPTOP: Viewport = { name: 'laptop-800', width: 1280, height: 800 };

/** A small deterministic generator (the engine's own is not for tests to reach into). */
function picker(seed: number) {
  let state = seed * 2654435761 + 1;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** A run of `scenario` to its end, every choice and clause option picked at random from `seed`. */
function playRandomly(scenario: CompiledScenario, seed: number): RunState {
  const pick = picker(seed);
  let run = start(scenario, seed);
  for (let n = 0; run.phase.kind !== 'ended'; n++) {
    if (n > 500) throw new Error('the run did not end');
    const phase = run.phase;
    if (phase.kind === 'choosing') {
      const ctx = { run, terms: null, appeal: 0, failed: null };
      const open = (scenario.events[phase.event]?.choices ?? []).filter((c) => isAvailable(c, ctx));
      const choice = open[pick(open.length)];
      if (choice === undefined) throw new Error('no choice');
      run = step(scenario, run, { type: 'choose', choice: choice.index });
    } else if (phase.kind === 'negotiating') {
      const clauses = scenario.events[phase.event]?.negotiation?.clauses ?? [];
      run =
        phase.counter !== null
          ? step(scenario, run, { type: 'acceptCounter' })
          : step(scenario, run, { type: 'propose', terms: clauses.map((c) => pick(c.options.length)) });
    } else run = step(scenario, run, { type: 'continue' });
  }
  return run;
}

let files: { name: string; mimeType: string; buffer: Buffer }[] = [];

beforeAll(() => {
  const text = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
  const source = loadScenario('sample-visiting-lab.json', text).scenario;
  if (source === undefined) throw new Error('the sample does not load');
  const scenario = compile(source);
  files = Array.from({ length: RUNS }, (_, i) => {
    const run = playRandomly(scenario, i + 1);
    // Names as a class writes them, Korean and English, and one with a right-to-left override in it.
    const team =
      i === 3 ? 'Team \u202eevil\u202c 4' : i % 3 === 0 ? `${Math.floor(i / 3) + 1}조` : `Team ${i + 1}`;
    const result = buildResult(scenario, run, {
      mode: 'solo',
      classCode: 'VL-7F3Q',
      team,
      startedAt: Date.UTC(2026, 11, 1, 9, 0, 0),
      finishedAt: Date.UTC(2026, 11, 1, 9, 5 + (i % 20), 0),
      votes: [],
    });
    return {
      name: `result-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(resultJson(result)),
    };
  });
}, 120_000);

/**
 * Hands all the files in at once and waits until every one is read and the debrief is shown. Returns the
 * seconds it took in all, and in the page alone: from the files arriving (the input's change event) to
 * the summary line (after the transfer of the files into the browser, which a teacher's drop does not
 * have).
 */
async function handIn(page: Page): Promise<{ total: number; inPage: number }> {
  await page.evaluate(() => {
    const marks: { change?: number; done?: number } = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    const input = document.querySelector('.class-load input[type=file]');
    input?.addEventListener('change', () => {
      marks.change = performance.now();
    });
    new MutationObserver(() => {
      if (marks.done === undefined && document.querySelector('.class-view')) marks.done = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const began = Date.now();
  await page.locator('.class-load input[type=file]').setInputFiles(files);
  await page.locator('.class-view').waitFor({ timeout: 600_000 });
  const total = (Date.now() - began) / 1000;
  const marks = await page.evaluate(
    () => (window as unknown as { __marks: { change: number; done: number } }).__marks,
  );
  return { total, inPage: (marks.done - marks.change) / 1000 };
}

/** The time from a key going down in the code box to the frame after it is shown, per key, in ms. */
async function keyPressMs(page: Page, keys: number, listen = true): Promise<number[]> {
  await page.locator('#class-codes').focus();
  await page.evaluate((listen) => {
    const box = document.querySelector('#class-codes') as HTMLTextAreaElement;
    const times: number[] = [];
    (window as unknown as { __keyTimes: number[] }).__keyTimes = times;
    if (!listen) return;
    box.addEventListener('keydown', () => {
      const down = performance.now();
      requestAnimationFrame(() =>
        setTimeout(
          () => (window as unknown as { __keyTimes: number[] }).__keyTimes.push(performance.now() - down),
          0,
        ),
      );
    });
  }, listen);
  for (let i = 0; i < keys; i++) await page.keyboard.press('x');
  await page.waitForFunction(
    (n) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length >= n,
    keys,
  );
  return page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe('a thousand results in the class debrief', () => {
  for (const locale of ['en', 'ko'] as const satisfies readonly GameLocale[]) {
    test(`load at once, each counted once, and the screen stays usable (${locale})`, async () => {
      const m = messages(locale);
      const page = await browser().context.newPage();
      try {
        const game = await openGame(page, { locale, viewport: LAPTOP });
        await page.getByRole('button', { name: m.classDebrief, exact: true }).click();
        await page.locator('.class-debrief-screen').waitFor();
        // Key presses on the empty screen first: the same measure with nothing loaded, for a ratio.
        const empty = await keyPressMs(page, 20);
        await page.locator('#class-codes').fill('');
        const seconds = await handIn(page);
        expect((await page.locator('.class-runs-count').textContent())?.trim()).toBe(
          RUNS.toLocaleString(locale),
        );
        // The loaded ones are folded away (nothing was refused), and all there when opened.
        expect(await page.locator('.class-inputs li').count()).toBe(0);
        const violations = await scanA11y(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        const keys = await keyPressMs(page, 20, false);
        console.log(
          `class debrief (${locale}): ${RUNS} result files read and shown in ${seconds.inPage.toFixed(1)} s in the page ` +
            `(${((seconds.inPage * 1000) / RUNS).toFixed(1)} ms each; ${seconds.total.toFixed(1)} s with the transfer into the browser); a key press in the code box with ${RUNS} loaded: ` +
            `median ${median(keys).toFixed(1)} ms, worst ${Math.max(...keys).toFixed(1)} ms to the next frame ` +
            `(${(median(keys) / median(empty)).toFixed(2)}× the median with nothing loaded, ${median(empty).toFixed(1)} ms)`,
        );
        await page.locator('.class-inputs-loaded summary').click();
        expect(await page.locator('.class-inputs li[data-ok=true]').count()).toBe(RUNS);
        // The name with a right-to-left override is isolated: the text after it reads in order.
        const item = page.locator('.class-inputs li').nth(3);
        expect(await item.locator('bdi.team').count()).toBe(1);
        await shot(page, 'class-debrief-1000-list');
        await page.locator('.class-inputs-loaded summary').click();
        await page.locator('#class-codes').fill('');
        await page.locator('.class-view').scrollIntoViewIfNeeded();
        await shot(page, 'class-debrief-1000');
        await page.locator('#class-paths-heading').evaluate((h) => h.scrollIntoView());
        await shot(page, 'class-debrief-1000-paths');
        await page.locator('#class-teams-heading').evaluate((h) => h.scrollIntoView());
        await shot(page, 'class-debrief-1000-teams');
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, 'class-debrief-1000-top');
        await page.setViewportSize({ width: VIEWPORTS.phone.width, height: VIEWPORTS.phone.height });
        await page.locator('.class-view').scrollIntoViewIfNeeded();
        await shot(page, 'class-debrief-1000-phone');
        await page.locator('#class-paths-heading').evaluate((h) => h.scrollIntoView());
        await shot(page, 'class-debrief-1000-phone-paths');
        await page.locator('#class-teams-heading').evaluate((h) => h.scrollIntoView());
        await shot(page, 'class-debrief-1000-phone-teams');
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, 'class-debrief-1000-phone-top');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
        expectNoProblems(game.problems);
      } finally {
        await page.close();
      }
    }, 900_000);
  }
});
