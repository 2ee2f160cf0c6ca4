import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine';
import { studioMessages } from '../../src/studio/i18n';
import { parseCsv, writeCsv } from '../../src/studio/translate/csv';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, VIEWPORTS, type Viewport } from './helpers/game';
import { finishIntro, playDecisions } from './helpers/play';
import { tabTo, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// The studio's translation table as an author and a translator use it: the table beside the JSON view,
// a cell edited, the CSV exported, changed as a spreadsheet would, imported back and applied; a source
// changed since the export flagged, a damaged file refused; then a play-test from a chosen card, by a
// simulated path and by the author's own last play-test, as a workshop. axe and keyboard on each screen.
const browser = useBrowser();

const WIDE: Viewport = { name: 'wide', width: 1280, height: 800 };
const NARROW: Viewport = { name: 'narrow', width: 600, height: 800 };
const CHOICE = '/events/0/choices/0/text';

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await scanA11y(page);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The studio's editor on a new draft from the blank template. */
async function newDraft(page: Page, locale: GameLocale): Promise<void> {
  const s = studioMessages(locale);
  await waitForPhase(page, 'title');
  await page.getByRole('button', { name: messages(locale).scenarioStudio }).click();
  await page.getByRole('button', { name: s.newBlank }).click();
  await page.locator('#studio-json').waitFor();
}

/** To the table by keyboard: Tab to the selected tab, then the arrow key to the next one. */
async function openTableByKeyboard(page: Page, locale: GameLocale): Promise<void> {
  const s = studioMessages(locale);
  await tabTo(page, { selector: '[role=tab]', text: s.jsonView });
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('studio-tab-translate');
  await page.locator('.translate-table table').waitFor();
}

async function exportCsv(page: Page, locale: GameLocale): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: studioMessages(locale).exportCsv }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-first-scenario.translation.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8');
}

/** The CSV with one cell changed, as a translator's spreadsheet would save it. */
function changed(csv: string, pointer: string, column: 'ko' | 'en', value: string): string {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error('the export does not parse');
  const [header = [], ...records] = parsed.records;
  const record = records.find((r) => r[0] === pointer);
  if (record === undefined) throw new Error(`no row ${pointer}`);
  record[header.indexOf(column)] = value;
  return writeCsv([header, ...records]);
}

async function importCsv(page: Page, csv: string): Promise<void> {
  await page
    .locator('.translate-transfer input[type=file]')
    .setInputFiles({ name: 'translated.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

/** The draft's JSON as the JSON view holds it. */
async function draftJson(page: Page): Promise<{ events: { choices: { text: Record<string, string> }[] }[] }> {
  return JSON.parse(await page.locator('#studio-json').inputValue());
}

async function translate(locale: GameLocale, viewport: Viewport): Promise<void> {
  await withGame(browser, { locale, viewport }, async (page) => {
    const s = studioMessages(locale);
    const name = `studio-translate-${viewport.name}`;
    await newDraft(page, locale);
    await openTableByKeyboard(page, locale);
    const rows = page.locator('.translate-table tbody tr');
    const total = await rows.count();
    await page.getByText(s.translateCount(total, 0)).waitFor();
    await shot(page, `${name}-table`);
    await expectAxeClean(page, 'the translation table');

    // The exported CSV: a translator changes a choice's English (to a formula-like text) and it is applied.
    const csv = await exportCsv(page, locale);
    const translated = '=Share it, "as asked"';
    expect(changed(csv, CHOICE, 'en', translated)).toContain(`"'=Share it, ""as asked"""`);
    await importCsv(page, changed(csv, CHOICE, 'en', translated));
    await page.locator('.translate-report').getByText(s.importApplied(1)).waitFor();
    expect((await draftJson(page)).events[0]?.choices[0]?.text.en).toBe(translated);
    const cell = page.getByLabel(
      s.cellLabel(
        `${s.lists.events} “first-decision” › ${s.lists.choices} “share” › ${s.fields.text}`,
        s.languageName.en,
      ),
    );
    expect(await cell.inputValue()).toBe(translated);

    // The Korean source changed in the table after the next export: that translation is flagged, not applied.
    const second = await exportCsv(page, locale);
    const source = page.getByLabel(
      s.cellLabel(
        `${s.lists.events} “first-decision” › ${s.lists.choices} “share” › ${s.fields.text}`,
        s.languageName.ko,
      ),
    );
    await source.fill('모두 공유한다');
    await source.press('Tab');
    await page.locator('.save-status').getByText(s.saved).waitFor();
    await importCsv(page, changed(second, CHOICE, 'en', 'Share everything'));
    await page
      .locator('.translate-skipped li[data-reason="source-changed"]')
      .getByText(s.skipReason['source-changed'])
      .waitFor();
    expect((await draftJson(page)).events[0]?.choices[0]?.text).toEqual({
      ko: '모두 공유한다',
      en: translated,
    });

    // A damaged file changes nothing and says why.
    const before = await page.locator('#studio-json').inputValue();
    await importCsv(page, `${second}"/open,`);
    await page.locator('.translate-report').getByText(s.importFailed).waitFor();
    expect(await page.locator('#studio-json').inputValue()).toBe(before);

    // An emptied cell is marked missing, and "missing only" shows just it.
    await cell.fill('');
    await cell.press('Tab');
    await page.getByText(s.translateCount(total, 1)).waitFor();
    await page.getByLabel(s.missingOnly).check();
    expect(await rows.count()).toBe(1);
    await rows.first().getByText(s.missingMark).waitFor();
    await shot(page, `${name}-missing`);
    await expectAxeClean(page, 'the table filtered, with an import report');
  });
}

describe('the translation table', () => {
  test('English at 1280×800: edit, export, import, a changed source flagged, a damaged file refused', async () => {
    await translate('en', WIDE);
  });

  test('Korean in a narrow window: the same', async () => {
    await translate('ko', NARROW);
  });
});
