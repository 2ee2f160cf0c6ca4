import type { Page } from 'playwright-core';

/**
 * Opens a draft's advanced JSON view (the forms are its first tab) and waits for its text area. The tab
 * is found by its place, so this works in either language.
 */
export async function showJsonView(page: Page, timeout = 15_000): Promise<void> {
  const tab = page.locator('#studio-tab-json');
  await tab.waitFor({ timeout });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.locator('#studio-json').waitFor({ timeout });
}
