import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, launchChromium } from './browser';
import { type OpenedGame, type OpenOptions, openGame } from './game';
import { expectNoProblems } from './problems';

/**
 * One Chromium for the test file that calls this (at its top level): launched before its first test and
 * closed after its last. Returns a getter, since the browser exists only once the hook has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined)
      throw new Error('useBrowser: Chromium is not running (called outside a test?)');
    return browser;
  };
}

/**
 * Opens the game in a new page (see `openGame`), runs `body`, then fails the test if the page logged an
 * error or a request failed, and closes the page. When `body` itself fails, the page's problems are added
 * to its error, since they often explain it.
 */
export async function withGame(
  browser: () => Browser,
  options: OpenOptions,
  body: (page: Page, game: OpenedGame) => Promise<void>,
): Promise<void> {
  const page = await browser().context.newPage();
  let game: OpenedGame | undefined;
  try {
    game = await openGame(page, options);
    await body(page, game);
  } catch (error) {
    if (game !== undefined && game.problems.list.length > 0 && error instanceof Error) {
      error.message += `\n(the page also had problems:\n${game.problems.list.map((p) => `  - ${p}`).join('\n')})`;
    }
    throw error;
  } finally {
    await page.close();
  }
  expectNoProblems(game.problems);
}
