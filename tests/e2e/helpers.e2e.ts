import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanA11y } from './helpers/axe';
import { type Browser, launchChromium } from './helpers/browser';
import { openGame, VIEWPORTS } from './helpers/game';
import { layoutProblems } from './helpers/layout';
import { expectNoProblems } from './helpers/problems';
import { KeyboardTrail } from './helpers/screens';

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

  test('layout: a sideways scroll, a button outside the window and a card over the stage are caught', async () => {
    const page = await browser.context.newPage();
    try {
      await openGame(page, { locale: 'en', viewport: VIEWPORTS.hd });
      expect(await layoutProblems(page)).toEqual([]);
      await page.evaluate(() => {
        const wide = document.createElement('button');
        wide.textContent = 'planted wide button';
        wide.style.cssText = 'position: absolute; left: 1200px; width: 300px';
        document.body.append(wide);
        const stage = document.getElementById('stage') as HTMLElement;
        stage.style.cssText = 'display: block; position: fixed; left: 0; top: 0; width: 500px; height: 500px';
        const card = document.createElement('article');
        card.className = 'event-card';
        card.style.cssText = 'position: fixed; left: 400px; top: 100px; width: 300px; height: 100px';
        document.body.append(card);
      });
      const found = (await layoutProblems(page, { stage: true })).join('\n');
      expect(found).toMatch(/horizontal scroll/);
      expect(found).toMatch(/planted wide button.*reaches outside the window/);
      expect(found).toMatch(/overlaps the institute view div \(0,0 500×500\) by 100×100px/);
    } finally {
      await page.close();
    }
  });

  test('keyboard trail: focus on <body> and a focused element without an outline are caught', async () => {
    const page = await browser.context.newPage();
    try {
      await openGame(page, { locale: 'en', viewport: VIEWPORTS.hd });
      const trail = new KeyboardTrail();
      await page.keyboard.press('Tab');
      await trail.check(page, 'Tab');
      expect(trail.problems).toEqual([]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await trail.check(page, 'blur');
      await page.evaluate(() => {
        const bare = document.createElement('button');
        bare.textContent = 'planted bare button';
        bare.style.outline = 'none';
        document.body.append(bare);
      });
      await page.keyboard.press('Shift+Tab');
      await page.locator('text=planted bare button').focus();
      await trail.check(page, 'focus the bare button');
      expect(trail.problems).toHaveLength(2);
      expect(trail.problems[0]).toMatch(/after blur .*focus is on <body>/);
      expect(trail.problems[1]).toMatch(/planted bare button.* has focus but no outline/);
    } finally {
      await page.close();
    }
  });
});
