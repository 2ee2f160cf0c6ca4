import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openedWith } from './game';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * Saves what the page shows as `test-results/screenshots/<name>.<locale>.<viewport>-<w>x<h>.png`
 * (locale: the page's `<html lang>`, else `openGame`'s, else the browser's; viewport from `openGame`,
 * else the window size) and returns the file's path. These are for people to look at; no test compares
 * pixels.
 */
export async function shot(page: Page, name: string): Promise<string> {
  const game = openedWith(page);
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  // The language the page shows now (it can be switched in play), else the one it was opened with.
  const shown = await page.evaluate(() => document.documentElement.lang).catch(() => '');
  const locale =
    shown === 'ko' || shown === 'en'
      ? shown
      : (game?.locale ?? (await page.evaluate(() => navigator.language)));
  const viewport = `${game?.viewport.name ?? 'window'}-${size.width}x${size.height}`;
  const file = path.join(SCREENSHOT_DIR, `${safe(name)}.${safe(locale)}.${viewport}.png`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

function safe(part: string): string {
  return part.replace(/[^\w.-]+/g, '-');
}
