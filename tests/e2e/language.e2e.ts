import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type GameLocale, VIEWPORTS } from './helpers/game';
import { playDecisions, shotStep, startScenario } from './helpers/play';
import { act, type Snapshot, snapshot, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { readSavedRun } from './helpers/storage';
import { eventTitled, messages, readScenario } from './helpers/text';

// The language can change in the middle of a run (from the Esc menu): every text on the card, the
// scenario's own included, switches to the other language of the scenario file; the run does not move.
const browser = useBrowser();
const scenario = readScenario();

/** The play screen's calendar line for `turn`, as the game writes it in `locale`. */
function calendarLine(locale: GameLocale, turn: number): string {
  const label = scenario.calendar.labels[turn - 1]?.[locale];
  return `${label} · ${messages(locale).turnOf(turn, scenario.calendar.turns)}`;
}

function turnShown(locale: GameLocale, card: Snapshot): number {
  for (let turn = 1; turn <= scenario.calendar.turns; turn++) {
    if (calendarLine(locale, turn) === card.calendar) return turn;
  }
  throw new Error(`"${card.calendar}" is no turn of the ${locale} calendar`);
}

/** Esc opens the menu; its language buttons switch; Esc closes it again. Returns the card after. */
async function switchLanguage(
  page: Page,
  from: GameLocale,
  to: GameLocale,
  shots: string,
): Promise<Snapshot> {
  const opened = await act(page, 'Esc', () => page.keyboard.press('Escape'));
  expect(opened.dialog, 'Esc opens the menu dialog').not.toBe('');
  const menu = page.getByRole('dialog', { name: messages(from).menu });
  await shotStep(page, shots, `menu-${from}`);
  await act(page, `language ${to}`, () =>
    menu.getByRole('button', { name: messages(to).languageName }).click(),
  );
  // The open menu is now in the other language too.
  const translated = page.getByRole('dialog', { name: messages(to).menu });
  expect(await translated.getByRole('button', { name: messages(to).resume }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(to);
  await shotStep(page, shots, `menu-${to}`);
  await act(page, 'Esc closes the menu', () => page.keyboard.press('Escape'));
  const card = await waitForPhase(page, ['choosing', 'negotiating']);
  expect(card.dialog, 'the menu closed').toBe('');
  return card;
}

describe('switching language in the middle of a run', () => {
  test('the card switches to the scenario file’s other language; the run stays where it was', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const shots = 'language';
      await startScenario(page, { intro: 'skip', shots });
      await playDecisions(page, 2, { shots });
      const english = await waitForPhase(page, ['choosing', 'negotiating']);
      const event = eventTitled(scenario, 'en', english.heading);
      const turn = turnShown('en', english);
      const save = await readSavedRun(page);
      const choiceTexts = (locale: GameLocale) => (event.choices ?? []).map((c) => c.text[locale]);
      const shownChoices = () => page.locator('.choices .choice-text').allTextContents();
      expect(choiceTexts('en')).toEqual(expect.arrayContaining(await shownChoices()));

      const korean = await switchLanguage(page, 'en', 'ko', shots);
      await shotStep(page, shots, 'card-ko');
      expect(korean.heading, 'the card title, from the scenario file').toBe(event.title.ko);
      expect(korean.calendar).toBe(calendarLine('ko', turn));
      expect(korean.phase).toBe(english.phase);
      expect(korean.enabled).toEqual(english.enabled);
      const koChoices = await shownChoices();
      expect(koChoices.length).toBeGreaterThan(0);
      expect(choiceTexts('ko')).toEqual(expect.arrayContaining(koChoices));
      expect(await page.locator('.keyboard-help').textContent()).toBe(messages('ko').keyboardHelp);
      expect(await readSavedRun(page), 'the run (seed, decisions) is unchanged').toEqual(save);

      const back = await switchLanguage(page, 'ko', 'en', shots);
      await shotStep(page, shots, 'card-en-again');
      expect(back.heading).toBe(english.heading);
      expect(back.calendar).toBe(english.calendar);
      expect(back).toEqual(english);
      expect(await readSavedRun(page)).toEqual(save);
      expect((await snapshot(page)).phase).toBe(english.phase);
    });
  });
});
