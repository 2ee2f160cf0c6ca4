import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadScenario, messageIn } from '../../src/engine';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { offsetOf } from '../../src/studio/editor/caret';
import { studioMessages } from '../../src/studio/i18n';
import { templateFromShipped } from '../../src/studio/shipped-template';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, reloadGame, VIEWPORTS, type Viewport } from './helpers/game';
import { finishIntro } from './helpers/play';
import { tabTo, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { showJsonView } from './helpers/studio';
import { messages } from './helpers/text';

// The scenario studio as a new author meets it: from the title by keyboard, a new draft from the blank
// template, a planted mistake flagged with its fix and a jump to it, undo and redo, a reload that keeps
// the draft, a download the loader accepts, a play-test to the first card and back; axe on each screen.
const browser = useBrowser();

/** The template's one reference to its objective, misspelt: an LD107 with a "did you mean". */
const MISTAKE = { from: '"objective": "first-objective"', to: '"objective": "first-objectiv"' };
const MISTAKEN = BLANK_TEMPLATE.replace(MISTAKE.from, MISTAKE.to);
const FIRST_TITLE = { en: 'Your first decision', ko: '첫 번째 결정' };
const SCENARIO_TITLE = { en: 'My first scenario', ko: '나의 첫 시나리오' };

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await scanA11y(page);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

const editor = (page: Page) => page.locator('#studio-json');
const summary = (page: Page) => page.locator('.findings-summary');

/** From the title screen to the studio with the keyboard alone. */
async function openStudioByKeyboard(page: Page, locale: GameLocale): Promise<void> {
  await tabTo(page, { selector: 'button.studio-entry', text: messages(locale).scenarioStudio });
  await page.keyboard.press('Enter');
  await page.locator('.studio-screen').waitFor({ timeout: 15_000 });
}

async function author(locale: GameLocale, viewport: Viewport, workshop: boolean): Promise<void> {
  await withGame(browser, { locale, viewport }, async (page) => {
    const s = studioMessages(locale);
    const name = `studio-${viewport.name}`;
    await waitForPhase(page, 'title');
    await openStudioByKeyboard(page, locale);
    await page.getByRole('heading', { name: s.draftsHeading }).waitFor();
    await shot(page, `${name}-start`);
    await expectAxeClean(page, 'the studio start screen');

    // New from the blank template, by keyboard; it checks clean.
    await tabTo(page, { selector: 'button', text: s.newBlank });
    await page.keyboard.press('Enter');
    await showJsonView(page);
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    await summary(page).getByText(s.clean).waitFor({ timeout: 20_000 });

    // A misspelt id: flagged with its code, position, path and fix, in the player's language.
    const expected = loadScenario('my-first-scenario.json', MISTAKEN).diagnostics.find(
      (d) => d.code === 'LD107',
    );
    if (expected === undefined) throw new Error('the loader does not flag the misspelt objective');
    await editor(page).fill(MISTAKEN);
    const finding = page.locator('.finding-link').filter({ hasText: 'LD107' });
    await finding.waitFor({ timeout: 20_000 });
    const shown = (await finding.textContent()) ?? '';
    expect(shown).toContain(`${expected.line}:${expected.column}`);
    expect(shown).toContain('events[0].lesson.objective');
    expect(shown).toContain(messageIn(expected, locale));
    expect(shown).toContain('"first-objective"');
    await finding.scrollIntoViewIfNeeded();
    await shot(page, `${name}-finding`);
    await expectAxeClean(page, 'the studio editor with a finding');

    // The finding is a link to the field, reached with Tab from the text: the caret lands on the field.
    await tabTo(page, { selector: '.finding-link', text: 'LD107' });
    await page.keyboard.press('Enter');
    const caret = await editor(page).evaluate((el) => ({
      focused: document.activeElement === el,
      at: (el as HTMLTextAreaElement).selectionStart,
    }));
    expect(caret).toEqual({ focused: true, at: offsetOf(MISTAKEN, expected.line, expected.column) });
    await shot(page, `${name}-jumped`);

    // Fixed by undo (Ctrl+Z) back to the template, then redo and undo again with the buttons.
    await page.locator('.save-status').getByText(s.saved).waitFor();
    await page.keyboard.press('Control+z');
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    await page.getByRole('button', { name: s.redo }).click();
    expect(await editor(page).inputValue()).toBe(MISTAKEN);
    await page.getByRole('button', { name: s.undo }).click();
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    await summary(page).getByText(s.clean).waitFor({ timeout: 20_000 });
    await page.locator('.save-status').getByText(s.saved).waitFor();

    // A reload loses nothing: the draft is in the list and opens as it was.
    await reloadGame(page);
    await waitForPhase(page, 'title');
    await openStudioByKeyboard(page, locale);
    const listed = page.locator('.studio-draft').filter({ hasText: SCENARIO_TITLE[locale] });
    await listed.waitFor();
    await listed.scrollIntoViewIfNeeded();
    await shot(page, `${name}-drafts`);
    await expectAxeClean(page, 'the drafts list');
    await listed.getByRole('button', { name: s.reopen }).click();
    await showJsonView(page);
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    // Its history came back too: the mistake is one redo away.
    await page.getByRole('button', { name: s.redo }).click();
    expect(await editor(page).inputValue()).toBe(MISTAKEN);
    await page.getByRole('button', { name: s.undo }).click();
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    await summary(page).getByText(s.clean).waitFor({ timeout: 20_000 });

    // Download: named after the id, the exact text, and the loader finds no error in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(s.download) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-first-scenario.json');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toBe(BLANK_TEMPLATE);
    const loaded = loadScenario(download.suggestedFilename(), saved);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    // Play-test to the first card (the Korean author as a workshop), then back to the studio with the
    // draft intact. Esc opens the game's menu there, as in any play.
    if (workshop) await page.getByLabel(s.playtestFacilitator).check();
    await page.getByRole('button', { name: s.playtest }).click();
    const now = await waitForPhase(page, ['intro', 'choosing'], 20_000);
    if (now.phase === 'intro') await finishIntro(page, { intro: 'skip' });
    await page.locator('#event-title').getByText(FIRST_TITLE[locale]).waitFor();
    expect(await page.locator('.play-screen').getAttribute('data-mode')).toBe(
      workshop ? 'facilitator' : 'solo',
    );
    await shot(page, `${name}-playtest`);
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: messages(locale).menu });
    await menu.waitFor();
    await menu.getByRole('button', { name: messages(locale).resume }).click();
    await menu.waitFor({ state: 'detached' });
    await expectAxeClean(page, 'a play-test');
    await page.getByRole('button', { name: s.backToStudio }).click();
    await showJsonView(page);
    expect(await editor(page).inputValue()).toBe(BLANK_TEMPLATE);
    await shot(page, `${name}-back`);
  });
}

describe('the scenario studio', () => {
  test('an English author on a laptop: new, mistake, fix, reload, download, play-test', async () => {
    await author('en', VIEWPORTS.laptop, false);
  });

  test('a Korean author on a phone: the same, play-testing as a workshop', async () => {
    await author('ko', VIEWPORTS.phone, true);
  });

  test('an opened file comes back byte-identical, and a shipped id is called out', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const s = studioMessages('en');
      // CRLF line ends and an odd indent: a re-serialised text would lose both.
      const original = readFileSync('scenarios/sample-visiting-lab.json', 'utf8')
        .replace(/\n/g, '\r\n')
        .replace(/^ {2}"format"/m, '      "format"');
      await page.getByRole('button', { name: messages('en').scenarioStudio }).click();
      await page
        .locator('.studio-open-file input[type=file]')
        .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(original) });
      await showJsonView(page);
      await page.getByText(s.shippedIdClash('sample-visiting-lab')).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(s.download) }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('sample-visiting-lab.json');
      expect(readFileSync(await download.path())).toEqual(Buffer.from(original));
    });
  });

  test("a shipped scenario as a template downloads as the shipped file's text, only its id changed", async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const s = studioMessages('en');
      await page.getByRole('button', { name: messages('en').scenarioStudio }).click();
      await page.locator('#studio-shipped').selectOption('dual-use-light');
      await page.getByRole('button', { name: s.useTemplate }).click();
      await showJsonView(page);
      const expected = templateFromShipped(
        readFileSync('scenarios/dual-use-light.json', 'utf8'),
        'dual-use-light',
      );
      expect(await editor(page).inputValue()).toBe(expected);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(s.download) }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(expected);
    });
  });

  test('deleting a draft asks first', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const s = studioMessages('en');
      await page.getByRole('button', { name: messages('en').scenarioStudio }).click();
      await page.getByRole('button', { name: s.newBlank }).click();
      await page.locator('.save-status').getByText(s.saved).waitFor();
      await page.getByRole('button', { name: s.drafts }).click();
      const draft = page.locator('.studio-draft').filter({ hasText: SCENARIO_TITLE.en });
      await draft.getByRole('button', { name: s.delete }).click();
      await draft.getByText(s.confirmDelete(SCENARIO_TITLE.en)).waitFor();
      await draft.getByRole('button', { name: s.confirmDeleteNo }).click();
      expect(await draft.count()).toBe(1);
      await draft.getByRole('button', { name: s.delete }).click();
      await draft.getByRole('button', { name: s.confirmDeleteYes }).click();
      await draft.waitFor({ state: 'detached' });
      await page.getByText(s.noDrafts).waitFor();
    });
  });

  test('the same draft open in two tabs is warned about in both', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const s = studioMessages('en');
      await page.getByRole('button', { name: messages('en').scenarioStudio }).click();
      await page.getByRole('button', { name: s.newBlank }).click();
      await page.locator('.save-status').getByText(s.saved).waitFor();
      const other = await page.context().newPage();
      try {
        await other.goto(page.url(), { waitUntil: 'load' });
        // The second tab's language is whatever the first one saved: find things by their place.
        await other.locator('button.studio-entry').click();
        await other.locator('.studio-draft button.primary').first().click();
        await other.locator('.studio-warning[role=alert]').waitFor();
        await page.getByText(s.openElsewhere).waitFor();
      } finally {
        await other.close();
      }
    });
  });
});
