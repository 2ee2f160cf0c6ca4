import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadScenario, messageIn } from '../../src/engine';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { offsetOf } from '../../src/studio/editor/caret';
import { fieldId, type Path } from '../../src/studio/forms/draft-doc';
import { studioMessages } from '../../src/studio/i18n';
import { formMessages } from '../../src/studio/i18n/forms';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, VIEWPORTS, type Viewport } from './helpers/game';
import { finishIntro, newProgress, playStep } from './helpers/play';
import { type Snapshot, tabTo, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// A new author in the studio's forms, never typing in the JSON view: from the title, a blank template,
// then two events where a choice of the first schedules the second two turns later, and an ending with a
// condition; a planted mistake (an English text left out) flagged with its fix and a jump to its form
// field; a play-test in facilitator mode that meets the delayed event; a download that `npm run
// validate` and `biome format` leave as it is. axe on the form screens; every field labelled.
const browser = useBrowser();

/** What the author writes, in both languages whatever the studio's language (a bilingual scenario). */
const STORY = {
  offer: { ko: '장비 공유 제안', en: 'An offer to share equipment' },
  offerText: {
    ko: '해외 연구소가 장비를 함께 쓰자고 합니다.',
    en: 'A lab abroad asks to share our equipment.',
  },
  audit: { ko: '감사 결과', en: 'The audit' },
  auditText: {
    ko: '두 달 뒤, 공유한 장비의 사용 기록을 감사합니다.',
    en: 'Two months on, the shared equipment is audited.',
  },
  ending: { ko: '신뢰받는 연구소', en: 'A trusted institute' },
};

const field = (page: Page, at: Path): Locator => page.locator(`[id="${fieldId(at)}"]`);

async function fillText(page: Page, at: Path, text: { ko: string; en: string }): Promise<void> {
  await field(page, [...at, 'ko']).fill(text.ko);
  await field(page, [...at, 'en']).fill(text.en);
}

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await scanA11y(page);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** Every field of the forms has a label a screen reader reads (keyboard-only authors rely on it too). */
async function expectLabelled(page: Page): Promise<void> {
  const unlabelled = await page
    .locator('.form-view')
    .evaluate((root) =>
      [...root.querySelectorAll('input, select, textarea')]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.id),
    );
  expect(unlabelled).toEqual([]);
}

/** The draft's text as the JSON view holds it (read, never typed into). */
const draftText = (page: Page) => page.locator('#studio-json').inputValue();

async function waitClean(page: Page, s: ReturnType<typeof studioMessages>): Promise<void> {
  await page.locator('.findings-summary').getByText(s.clean).waitFor({ timeout: 20_000 });
}

async function author(locale: GameLocale, viewport: Viewport): Promise<void> {
  await withGame(browser, { locale, viewport }, async (page) => {
    const s = studioMessages(locale);
    const f = formMessages(locale);
    const m = messages(locale);
    const name = `studio-forms-${locale}-${viewport.name}`;

    // From the title to a new draft from the blank template, by keyboard; the forms come first.
    await waitForPhase(page, 'title');
    await tabTo(page, { selector: 'button.studio-entry', text: m.scenarioStudio });
    await page.keyboard.press('Enter');
    await tabTo(page, { selector: 'button', text: s.newBlank });
    await page.keyboard.press('Enter');
    await page.locator('.form-view').waitFor({ timeout: 15_000 });
    expect(await page.locator('#studio-tab-forms').getAttribute('aria-selected')).toBe('true');
    await waitClean(page, s);
    await expectAxeClean(page, 'the scenario form');
    await expectLabelled(page);

    // Four turns, so a consequence two turns after the first card still comes: a label for each.
    await field(page, ['calendar', 'turns']).fill('4');
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: f.addTurnLabel }).click();
    await shot(page, `${name}-scenario`);

    // The first new event, added with the keyboard: "Add an event" then Enter, then its fields.
    await tabTo(page, { selector: 'button.form-nav-add', text: f.add.events }, { max: 80 });
    await page.keyboard.press('Enter');
    const offer: Path = ['events', 1];
    await field(page, [...offer, 'title', 'ko']).waitFor();
    await tabTo(page, { selector: `[id="${fieldId([...offer, 'title', 'ko'])}"]` });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(STORY.offer.ko);
    await field(page, [...offer, 'title', 'en']).fill(STORY.offer.en);
    await fillText(page, [...offer, 'text'], STORY.offerText);
    // Drawn first and once: a priority above the template's card.
    await field(page, [...offer, 'priority']).fill('1');
    await field(page, [...offer, 'once']).check();

    // The second event: shown only when scheduled.
    await page.getByRole('button', { name: f.add.events }).click();
    const audit: Path = ['events', 2];
    await fillText(page, [...audit, 'title'], STORY.audit);
    await fillText(page, [...audit, 'text'], STORY.auditText);
    await field(page, [...audit, 'scheduledOnly']).check();
    await expectAxeClean(page, 'an event form');
    await expectLabelled(page);

    // Back to the first: its first choice schedules the audit two turns later and raises trust.
    await page.locator('.form-nav-item').filter({ hasText: STORY.offer[locale] }).click();
    const choice: Path = [...offer, 'choices', 0];
    await field(page, [...choice, 'effects', 'trust']).fill('10');
    await page
      .locator(`[id="${fieldId([...choice, 'schedule'])}"]`)
      .getByRole('button', { name: f.addLaterEvent })
      .click();
    await field(page, [...choice, 'schedule', 0, 'event']).selectOption('event-3');
    await field(page, [...choice, 'schedule', 0, 'in']).fill('2');
    await page
      .getByRole('heading', { name: f.laterEventTitle(2, `${STORY.audit[locale]} (event-3)`) })
      .waitFor();
    await shot(page, `${name}-event`);

    // An ending for high trust: added before the template's catch-all ending, which must stay last.
    await page.getByRole('button', { name: f.add.endings }).click();
    const ending: Path = ['endings', 1];
    await field(page, [...ending, 'title', 'ko']).fill(STORY.ending.ko);
    await field(page, [...ending, 'title', 'en']).fill('');
    await field(page, [...ending, 'tone']).selectOption('good');
    await field(page, [...ending, 'when'])
      .getByLabel(f.conditionKind)
      .selectOption('meter');
    await field(page, [...ending, 'when', 'meter']).selectOption('trust');
    await field(page, [...ending, 'when', 'atLeast']).fill('55');
    await page.getByRole('heading', { name: `${f.sections.endings}: ${STORY.ending.ko}` }).waitFor();

    // The planted mistake: the ending's English title left out. Flagged, with its fix, in this language.
    const moved = ending;
    const finding = page.locator('.finding-link').filter({ hasText: 'LD402' });
    await finding.waitFor({ timeout: 20_000 });
    const expected = loadScenario('draft.json', await draftText(page)).diagnostics.find(
      (d) => d.code === 'LD402',
    );
    if (expected === undefined) throw new Error('the loader does not flag the missing English title');
    expect(expected.path).toEqual([...moved, 'title']);
    expect(await finding.textContent()).toContain(messageIn(expected, locale));
    await shot(page, `${name}-finding`);
    await expectAxeClean(page, 'an ending form with a finding');
    await expectLabelled(page);
    // The finding goes to the form field (the missing English text), not to the JSON view.
    await page.locator('.form-nav-item').filter({ hasText: STORY.offer[locale] }).click();
    await finding.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId([...moved, 'title', 'en']));
    expect(await page.locator('#studio-tab-forms').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.type(STORY.ending.en);
    await waitClean(page, s);

    // The JSON view shows the same draft; nothing was typed there.
    const text = await draftText(page);
    const scenario = JSON.parse(text);
    expect(scenario.events[1].choices[0].schedule).toEqual([{ in: 2, event: 'event-3' }]);
    expect(scenario.endings[1]).toMatchObject({
      title: STORY.ending,
      tone: 'good',
      when: { meter: 'trust', atLeast: 55 },
    });

    // Play-test in facilitator mode: the room votes for the first option each time, and meets the audit.
    await page.getByLabel(s.playtestFacilitator).check();
    await page.getByRole('button', { name: s.playtest }).click();
    const seen = await playWorkshop(page, locale);
    expect(
      seen.some((title) => title.includes(STORY.audit[locale])),
      seen.join(' | '),
    ).toBe(true);
    await page.getByRole('button', { name: s.backToStudio }).click();
    await page.locator('.form-view').waitFor();

    // Download: the draft's exact text, which `npm run validate` and `biome format` leave as it is.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(s.download) }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'studio-forms-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toBe(text);
    const validate = spawnSync('npx', ['tsx', 'src/cli/validate.ts', file], { encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const formatted = spawnSync('npx', ['biome', 'format', '--stdin-file-path=scenarios/draft.json'], {
      input: saved,
      encoding: 'utf8',
    });
    expect(formatted.stdout).toBe(saved);
  });
}

/** Plays a facilitator-mode run to its end, the majority for the first open option; returns the titles seen. */
async function playWorkshop(page: Page, locale: GameLocale): Promise<string[]> {
  const m = messages(locale);
  const seen: string[] = [];
  const progress = newProgress();
  let now: Snapshot = await waitForPhase(page, ['intro', 'choosing'], 20_000);
  if (now.phase === 'intro') {
    await finishIntro(page, { intro: 'skip' });
    now = await waitForPhase(page, ['choosing']);
  }
  expect(await page.locator('.play-screen').getAttribute('data-mode')).toBe('facilitator');
  for (let step = 0; now.phase !== 'ended'; step++) {
    if (step > 40) throw new Error(`the play-test did not end: ${JSON.stringify(now)}`);
    if (now.phase === 'choosing') {
      seen.push((await page.locator('#event-title').textContent()) ?? '');
      await page.locator('.vote-list input[data-vote="1"]').fill('3');
      await page.getByRole('button', { name: m.playMajority }).click();
      now = await waitForPhase(page, ['outcome', 'ended']);
    } else {
      now = await playStep(page, progress, { m }, now);
    }
  }
  return seen;
}

describe('the studio forms', () => {
  test('an English author on a projector builds a scenario by forms alone', {
    timeout: 240_000,
  }, async () => {
    await author('en', { name: 'projector-size', width: 1280, height: 800 });
  });

  test('a Korean author on a laptop does the same', { timeout: 240_000 }, async () => {
    await author('ko', VIEWPORTS.laptop);
  });

  test('findings go to their form field, or to the JSON view for a key the forms do not show', {
    timeout: 120_000,
  }, async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      // A meter renamed in the forms: the ending that reads it is flagged, with the checker's
      // "did you mean", and its finding goes to the ending's condition, marked there.
      await page.getByRole('button', { name: messages('en').scenarioStudio }).click();
      await page.getByRole('button', { name: studioMessages('en').newBlank }).click();
      await page
        .locator('.findings-summary')
        .getByText(studioMessages('en').clean)
        .waitFor({ timeout: 20_000 });
      await page.locator('.form-nav-item').filter({ hasText: 'Security' }).click();
      await field(page, ['meters', 1, 'id']).fill('securty');
      const finding = page.locator('.finding-link').filter({ hasText: 'endings[0].when.meter' });
      await finding.waitFor({ timeout: 20_000 });
      expect(await finding.textContent()).toContain('"securty"');
      await finding.click();
      const select = field(page, ['endings', 0, 'when', 'meter']);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        fieldId(['endings', 0, 'when', 'meter']),
      );
      expect(await select.getAttribute('aria-invalid')).toBe('true');
      await expectAxeClean(page, 'an ending whose condition names an undeclared meter');
      // Fixed where it was made: the meter's old id back.
      await page.locator('.form-nav-item').filter({ hasText: 'Security' }).click();
      await field(page, ['meters', 1, 'id']).fill('security');
      await page
        .locator('.findings-summary')
        .getByText(studioMessages('en').clean)
        .waitFor({ timeout: 20_000 });

      // A file with an unknown key in an event (a shape error: the checker stops there): opened, it shows
      // in the forms, and its finding goes to the JSON view, the caret on the key.
      const text = BLANK_TEMPLATE.replace(
        '"id": "first-decision",',
        '"id": "first-decision",\n      "tags": ["x"],',
      );
      await page.getByRole('button', { name: studioMessages('en').drafts }).click();
      await page
        .locator('.studio-open-file input[type=file]')
        .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.locator('.form-view').waitFor();
      const unknown = loadScenario('mine.json', text).diagnostics.find((d) => d.path.at(-1) === 'tags');
      if (unknown === undefined) throw new Error('the loader does not flag the unknown key');
      await page.locator('.finding-link').filter({ hasText: unknown.code }).click();
      // The forms look for a field first (a render later), then hand over to the JSON view.
      await page.waitForFunction(() => document.activeElement?.id === 'studio-json');
      expect(await page.locator('#studio-tab-json').getAttribute('aria-selected')).toBe('true');
      const caret = await page.locator('#studio-json').evaluate((el) => ({
        focused: document.activeElement === el,
        at: (el as HTMLTextAreaElement).selectionStart,
      }));
      expect(caret).toEqual({ focused: true, at: offsetOf(text, unknown.line, unknown.column) });
    });
  });
});
