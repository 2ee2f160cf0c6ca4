import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { reloadGame, VIEWPORTS } from './helpers/game';
import { shotStep, startScenario } from './helpers/play';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { readStorage, SETTINGS_KEY } from './helpers/storage';
import { messages } from './helpers/text';

// The settings dialog changes the page at once (text size, motion, contrast, the meter preview) and
// the choices are remembered across visits.
const browser = useBrowser();
const m = messages('en');

async function cardFontSize(page: Page): Promise<number> {
  return page
    .locator('.event-card .event-text')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

async function rootData(page: Page): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => ({ ...document.documentElement.dataset }));
}

/** Waits for the settings' effect on <html> (applied in an effect after the change). */
async function waitForRootData(page: Page, key: string, value: string): Promise<void> {
  await page.waitForFunction(([k, v]) => document.documentElement.dataset[k as string] === v, [key, value], {
    timeout: 5_000,
  });
}

describe('settings', () => {
  test('text size, reduced motion, high contrast and the preview apply at once and persist', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const shots = 'settings';
      await startScenario(page, { intro: 'skip' });
      await shotStep(page, shots, 'card-default');
      const normal = await cardFontSize(page);
      expect(
        await page.locator('.choices .moves .move-chip').count(),
        'the preview is on by default',
      ).toBeGreaterThan(0);
      expect(await rootData(page)).toMatchObject({ textSize: 'normal', motion: 'full', contrast: 'normal' });

      // Esc menu → Settings.
      await act(page, 'Esc', () => page.keyboard.press('Escape'));
      await act(page, m.settings, () =>
        page.getByRole('dialog', { name: m.menu }).getByRole('button', { name: m.settings }).click(),
      );
      const dialog = page.getByRole('dialog', { name: m.settings });
      await dialog.getByRole('radio', { name: m.textSizes.large, exact: true }).check();
      await waitForRootData(page, 'textSize', 'large');
      const large = await cardFontSize(page);
      await dialog.getByRole('radio', { name: m.textSizes.larger, exact: true }).check();
      await waitForRootData(page, 'textSize', 'larger');
      const larger = await cardFontSize(page);
      await dialog.getByRole('checkbox', { name: m.reducedMotion, exact: true }).check();
      await waitForRootData(page, 'motion', 'reduced');
      await dialog.getByRole('checkbox', { name: m.highContrast, exact: true }).check();
      await waitForRootData(page, 'contrast', 'high');
      await dialog.getByRole('checkbox', { name: m.preview, exact: true }).uncheck();
      await shotStep(page, shots, 'dialog');
      await act(page, m.close, () => dialog.getByRole('button', { name: m.close }).click());
      await shotStep(page, shots, 'card-changed');

      expect(large, 'Large text is bigger than Normal').toBeGreaterThan(normal);
      expect(larger, 'Larger text is bigger than Large').toBeGreaterThan(large);
      expect(await rootData(page)).toMatchObject({ textSize: 'larger', motion: 'reduced', contrast: 'high' });
      expect(await page.locator('.choices button').count()).toBeGreaterThan(0);
      expect(await page.locator('.choices .moves').count(), 'preview off hides the meter chips').toBe(0);
      const stored = JSON.parse((await readStorage(page))[SETTINGS_KEY] ?? 'null');
      expect(stored?.data).toMatchObject({
        textSize: 'larger',
        reducedMotion: true,
        highContrast: true,
        preview: false,
      });

      // A new visit: the settings are back before anything else happens.
      await reloadGame(page);
      await waitForPhase(page, 'title');
      expect(await rootData(page)).toMatchObject({ textSize: 'larger', motion: 'reduced', contrast: 'high' });
      await shotStep(page, shots, 'title-after-reload');
      await act(page, m.continueGame, () =>
        page.getByRole('button', { name: m.continueGame, exact: true }).click(),
      );
      await waitForPhase(page, ['choosing', 'negotiating']);
      await shotStep(page, shots, 'card-after-reload');
      expect(await cardFontSize(page)).toBe(larger);
      expect(await page.locator('.choices .moves').count()).toBe(0);

      // And back: the preview returns when it is turned on again.
      await act(page, 'Esc', () => page.keyboard.press('Escape'));
      await act(page, m.settings, () =>
        page.getByRole('dialog', { name: m.menu }).getByRole('button', { name: m.settings }).click(),
      );
      await dialog.getByRole('checkbox', { name: m.preview, exact: true }).check();
      await dialog.getByRole('radio', { name: m.textSizes.normal, exact: true }).check();
      await waitForRootData(page, 'textSize', 'normal');
      await act(page, m.close, () => dialog.getByRole('button', { name: m.close }).click());
      expect(await page.locator('.choices .moves .move-chip').count()).toBeGreaterThan(0);
      expect(await cardFontSize(page)).toBe(normal);
    });
  });
});
