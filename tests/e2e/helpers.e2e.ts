import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanA11y } from './helpers/axe';
import { type Browser, launchChromium } from './helpers/browser';
import { openGame, VIEWPORTS } from './helpers/game';
import { expectNoProblems } from './helpers/problems';

// The helpers are what make the other browser tests honest: these check that each one really catches
// what it is meant to catch, on the built page under its real Content Security Policy.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('browser test helpers', () => {
  test('problems: console errors, uncaught exceptions and HTTP errors all fail the test', async () => {
    const page = await browser.context.newPage();
    try {
      const game = await openGame(page, { locale: 'en', viewport: VIEWPORTS.hd, waitFor: 'load' });
      await page.evaluate(async () => {
        console.error('planted console error');
        setTimeout(() => {
          throw new Error('planted exception');
        });
        await fetch('planted-missing-file.js');
      });
      await page.waitForTimeout(100);
      const found = game.problems.list.join('\n');
      expect(found).toContain('planted console error');
      expect(found).toContain('planted exception');
      expect(found).toMatch(/HTTP 404: GET .*planted-missing-file\.js/);
      expect(() => expectNoProblems(game.problems)).toThrow(/problem/);
    } finally {
      await page.close();
    }
  });

  test('locale: the page sees the browser language openGame asked for', async () => {
    const page = await browser.context.newPage();
    try {
      await openGame(page, { locale: 'ko', viewport: VIEWPORTS.laptop, waitFor: 'load' });
      expect(await page.evaluate(() => navigator.language)).toBe('ko-KR');
      await openGame(page, { locale: 'en', viewport: VIEWPORTS.laptop, waitFor: 'load' });
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    } finally {
      await page.close();
    }
  });

  test('axe: runs under the page CSP and reports a planted critical violation', async () => {
    const page = await browser.context.newPage();
    try {
      await openGame(page, { locale: 'en', viewport: VIEWPORTS.hd, waitFor: 'load' });
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'planted-unnamed-button';
        document.body.append(button);
      });
      const violations = await scanA11y(page);
      const planted = violations.find((v) => v.id === 'button-name');
      expect(planted?.impact).toBe('critical');
      expect(planted?.targets).toContain('#planted-unnamed-button');
    } finally {
      await page.close();
    }
  });
});
