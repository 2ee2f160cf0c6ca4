import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { compile, loadScenario } from '../../src/engine';
import { studioMessages } from '../../src/studio/i18n';
import { formMessages } from '../../src/studio/i18n/forms';
import { pathToCard } from '../../src/studio/playtest/path-to-card';
import { templateFromShipped } from '../../src/studio/shipped-template';
import { parseCsv, writeCsv } from '../../src/studio/translate/csv';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, VIEWPORTS, type Viewport } from './helpers/game';
import { finishIntro, playDecisions } from './helpers/play';
import { snapshot, tabTo, waitForPhase } from './helpers/screens';
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
  await page.locator('#studio-tab-forms').waitFor();
}

/** To the table by keyboard: Tab to the selected tab (the forms), then End to the last one. */
async function openTableByKeyboard(page: Page, locale: GameLocale): Promise<void> {
  await tabTo(page, { selector: '[role=tab]', text: formMessages(locale).formsTab });
  await page.keyboard.press('End');
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

    // A cell emptied by keyboard alone is marked missing, and "missing only" shows just it.
    const label = await cell.getAttribute('aria-label');
    await page.getByLabel(s.missingOnly).focus();
    await tabTo(page, { selector: 'textarea', text: label ?? '' }, { max: 80 });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
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

/** The sample scenario as a draft's template, loaded as the studio loads it, to know its cards and paths. */
const TEMPLATE = templateFromShipped(
  readFileSync('scenarios/sample-visiting-lab.json', 'utf8'),
  'sample-visiting-lab',
);
const DRAFT = (() => {
  const loaded = loadScenario('sample-visiting-lab-copy.json', TEMPLATE);
  if (loaded.scenario === undefined) throw new Error('the template does not load');
  return { source: loaded.scenario, compiled: compile(loaded.scenario) };
})();

/** On the play screen at the card: past the introduction if the run shows one first. */
async function atCard(page: Page, title: string): Promise<void> {
  const now = await waitForPhase(page, ['intro', 'choosing', 'negotiating'], 20_000);
  if (now.phase === 'intro') await finishIntro(page, { intro: 'skip' });
  await page.locator('#event-title').getByText(title, { exact: true }).waitFor();
}

async function playFromCard(locale: GameLocale, viewport: Viewport): Promise<void> {
  await withGame(browser, { locale, viewport }, async (page) => {
    const s = studioMessages(locale);
    const name = `studio-from-card-${viewport.name}`;
    await waitForPhase(page, 'title');
    await page.getByRole('button', { name: messages(locale).scenarioStudio }).click();
    await page.locator('#studio-shipped').selectOption('sample-visiting-lab');
    await page.getByRole('button', { name: s.useTemplate }).click();
    await page.locator('.studio-from-card').waitFor({ timeout: 20_000 });
    await page.locator('.studio-from-card').scrollIntoViewIfNeeded();
    await shot(page, `${name}-picker`);
    await expectAxeClean(page, 'the JSON view with play-testing from a card');

    // A card a few decisions in, as a workshop, reached by a simulated run: the bar says which.
    const card = DRAFT.source.events.find(
      (e) => (e.choices?.length ?? 0) > 1 && (pathToCard(DRAFT.compiled, e.id, null)?.decisions ?? 0) >= 2,
    );
    const path = card && pathToCard(DRAFT.compiled, card.id, null);
    if (!card || !path || path.source.kind !== 'simulated') throw new Error('no card two decisions in');
    await page.getByLabel(s.playtestFacilitator).check();
    await page.locator('#studio-from-card').selectOption(card.id);
    await tabTo(page, { selector: 'button', text: s.fromCard });
    await page.keyboard.press('Enter');
    await atCard(page, card.title[locale] ?? '');
    const note = s.pathSimulated(path.source.policy, path.source.seed, path.decisions, path.turn);
    await page.locator('.playtest-bar').getByText(note).waitFor();
    expect(await page.locator('.play-screen').getAttribute('data-mode')).toBe('facilitator');
    await shot(page, `${name}-simulated`);
    await expectAxeClean(page, 'a workshop play-test from a card');
    // The room's votes are typed in and the majority played, as for a shipped scenario.
    const voted = card.choices?.[0]?.id ?? '';
    await page.locator(`#vote-${voted}`).fill('3');
    await page.locator('.play-majority').click();
    await waitForPhase(page, 'outcome', 20_000);
    await tabTo(page, { selector: 'button', text: s.backToStudio }, { max: 60 });
    await page.keyboard.press('Enter');
    await page.locator('#studio-tab-forms').waitFor();

    // The author's own play-test, two decisions in, then a play-test from the card it reached: replayed.
    await page.getByLabel(s.playtestFacilitator).uncheck();
    await page.getByRole('button', { name: s.playtest }).click();
    const first = await waitForPhase(page, ['intro', 'choosing', 'negotiating'], 20_000);
    if (first.phase === 'intro') await finishIntro(page, { intro: 'skip' });
    await playDecisions(page, 2);
    const reached = (await snapshot(page)).heading;
    const reachedCard = DRAFT.source.events.find((e) => e.title[locale] === reached);
    if (reachedCard === undefined) throw new Error(`no card titled ${reached}`);
    await page.getByRole('button', { name: s.backToStudio }).click();
    await page.locator('#studio-from-card').selectOption(reachedCard.id);
    await page.getByRole('button', { name: s.fromCard }).click();
    await atCard(page, reached);
    const said = (await page.locator('.playtest-path').textContent()) ?? '';
    const recorded = [0, 1, 2].flatMap((d) =>
      Array.from({ length: DRAFT.compiled.turns }, (_, t) => s.pathRecorded(d, t + 1)),
    );
    expect(recorded).toContain(said);
    expect(await page.locator('.play-screen').getAttribute('data-mode')).toBe('solo');
    await shot(page, `${name}-recorded`);
  });
}

describe('play-testing from a card', () => {
  test('English at 1280×800: a simulated path as a workshop, then the last play-test replayed', async () => {
    await playFromCard('en', WIDE);
  });

  test('Korean on a phone: the same', async () => {
    await playFromCard('ko', VIEWPORTS.phone);
  });
});
