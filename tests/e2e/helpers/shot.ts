import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openedWith } from './game';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * Saves what the page shows as `test-results/screenshots/<name>.<locale>.<viewport>-<w>x<h>.png`
 * (locale and viewport from `openGame`, else the browser's language and window size) and returns the
 * file's path. These are for people to look at; no test compares pixels.
 */
export async function shot(page: Page, name: string): Promise<string> {
  const game = openedWith(page);
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  const locale = game?.locale ?? (await page.evaluate(() => navigator.language));
  const viewport = `${game?.viewport.name ?? 'window'}-${size.width}x${size.height}`;
  const file = path.join(SCREENSHOT_DIR, `${safe(name)}.${safe(locale)}.${viewport}.png`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

function safe(part: string): string {
  return part.replace(/[^\w.-]+/g, '-');
}
