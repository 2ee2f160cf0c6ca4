import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import { type Browser, launchChromium } from './helpers/browser';
import { type GameLocale, openGame, VIEWPORTS, type Viewport } from './helpers/game';
import { startPlay } from './helpers/play';
import { expectNoProblems } from './helpers/problems';
import { waitForPhase } from './helpers/screens';
import { shot } from './helpers/shot';
import { messages, readScenario } from './helpers/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CASES: readonly (readonly [GameLocale, Viewport])[] = [
  ['ko', VIEWPORTS.projector],
  ['en', VIEWPORTS.phone],
];

describe('the built page', () => {
  for (const [locale, viewport] of CASES) {
    test(`lists the flagship's workshop cut right after it, with its own minutes (${locale}, ${viewport.name})`, async () => {
      const page = await browser.context.newPage();
      try {
        const game = await openGame(page, { locale, viewport });
        const m = messages(locale);
        await page.getByRole('button', { name: m.newGame, exact: true }).click();
        await waitForPhase(page, 'select');
        const cards = page.locator('.scenario-card');
        const titles = await cards.locator('h2').allTextContents();
        const [flagship, cut] = ['after-the-summit', 'after-the-summit-workshop'].map(readScenario);
        const at = titles.indexOf(flagship?.title[locale] ?? '');
        expect(at, titles.join(' | ')).toBeGreaterThanOrEqual(0);
        expect(titles[at + 1]).toBe(cut?.title[locale]);
        const minutes = (
          JSON.parse(readFileSync('scenarios/after-the-summit-workshop.json', 'utf8')) as { minutes: number }
        ).minutes;
        expect(
          await cards
            .nth(at + 1)
            .locator('.minutes')
            .textContent(),
        ).toBe(m.minutes(minutes));
        await shot(page, `smoke-select-${locale}`);
        expectNoProblems(game.problems);
      } finally {
        await page.close();
      }
    });
  }

  for (const [locale, viewport] of CASES) {
    test(`loads with no errors, failed requests or serious axe violations (${locale}, ${viewport.name})`, async () => {
      const page = await browser.context.newPage();
      try {
        const game = await openGame(page, { locale, viewport });
        expect((await page.title()).trim()).not.toBe('');
        // Something was drawn: a canvas (Phaser) or visible text, not an empty document.
        const drawn = await page.evaluate(() => {
          // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what a player sees
          const text = document.body.innerText;
          return document.querySelector('canvas') !== null || text.trim().length > 0;
        });
        await shot(page, 'smoke-title');
        expectNoProblems(game.problems);
        expect(drawn, 'the page shows neither a canvas nor any text').toBe(true);
        const violations = await scanA11y(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  for (const [locale, viewport] of CASES) {
    test(`starting a game shows the first event, with the institute view (${locale}, ${viewport.name})`, async () => {
      const page = await browser.context.newPage();
      try {
        const game = await openGame(page, { locale, viewport });
        await startPlay(page);
        await page.locator('canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
        await shot(page, 'smoke-first-event');
        expectNoProblems(game.problems);
        const violations = await scanA11y(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  test('ships no benchmark hooks (the bench builds its own mode)', () => {
    const assets = path.join(process.env.LAB_DOORS_DIST || 'dist', 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const withHooks = scripts.filter((name) =>
      readFileSync(path.join(assets, name), 'utf8').includes('__labDoorsBench'),
    );
    expect(withHooks).toEqual([]);
  });
});
