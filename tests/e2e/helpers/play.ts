import type { Page } from 'playwright-core';

/**
 * From the title screen to the first event's choices, the way a player gets there: each step clicks
 * the screen's primary button (New game, the first scenario, the introduction's Next and Start) and
 * waits for the page to change, until the choices show and no primary button is left. Relies on the
 * overlay's `button.primary` and `.choices button`; throws, saying where it stopped, when it gets stuck.
 */
export async function startPlay(page: Page, maxSteps = 12): Promise<void> {
  const primary = page.locator('button.primary:visible');
  const choices = page.locator('.choices button:visible');
  const either = page.locator('button.primary:visible, .choices button:visible').first();
  for (let step = 0; step < maxSteps; step++) {
    // The next screen may still be loading (a scenario chunk; Phaser for the institute view).
    await either.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    if ((await primary.count()) === 0) {
      if ((await choices.count()) > 0) return;
      break;
    }
    const before = await page.evaluate(() => document.body.textContent);
    await primary.first().click();
    await page.waitForFunction((text) => document.body.textContent !== text, before, { timeout: 10_000 });
  }
  const where = await page.evaluate(
    () => document.querySelector('h1, h2')?.textContent?.trim() ?? '(no heading)',
  );
  throw new Error(`startPlay: no event choices within ${maxSteps} clicks; stopped at "${where}"`);
}
