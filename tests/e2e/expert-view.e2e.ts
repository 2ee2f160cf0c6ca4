import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, VIEWPORTS } from './helpers/game';
import { finishIntro } from './helpers/play';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// The facilitator's reveal with a scenario that has expert lines: after the vote, every option of the
// decision with what it protects and what it costs, the one the room took marked in words. The shipped
// sample has no expert lines yet, so an author's copy of it with some is opened as a workshop.
const browser = useBrowser();

const expertLine = (id: string) => ({
  ko: `전문가: ${id}은(는) 무엇을 지키고 무엇을 잃는가.`,
  en: `Expert: what ${id} protects, and what it costs.`,
});

function sampleWithExperts(): { text: string; choices: { id: string; text: Record<GameLocale, string> }[] } {
  const file = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8'));
  file.id = 'sample-with-experts';
  file.title = { ko: '방문 연구실 (전문가 의견)', en: 'The Visiting Lab, with experts' };
  const opening = file.events.find((e: { id: string }) => e.id === 'visiting-lab-proposal');
  for (const choice of opening.choices) choice.expert = expertLine(choice.id);
  return { text: JSON.stringify(file, null, 2), choices: opening.choices };
}

describe('the expert view in the facilitator’s reveal', () => {
  for (const locale of ['en', 'ko'] as const) {
    test(`every option with its expert line, the room’s choice marked (${locale})`, async () => {
      await withGame(browser, { locale, viewport: VIEWPORTS.projector }, async (page) => {
        const m = messages(locale);
        const { text, choices } = sampleWithExperts();
        await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
        await waitForPhase(page, 'select');
        await page.getByLabel(m.workshop).check();
        // A clean file plays at once (so the status line may never name it); one with warnings asks first.
        await page.locator('.open-file input[type=file]').setInputFiles({
          name: 'sample-with-experts.json',
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        });
        const warned = page.locator('.open-file-status').getByRole('button', { name: m.play });
        await Promise.race([
          waitForPhase(page, ['intro', 'choosing'], 15_000),
          warned.waitFor({ timeout: 15_000 }),
        ]);
        if ((await warned.count()) > 0) await act(page, m.play, () => warned.click());
        await finishIntro(page, { intro: 'skip' });
        expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('facilitator');

        // The room votes for choice 3, "decline".
        await page.locator('.vote-list input[data-vote="1"]').fill('1');
        await page.locator('.vote-list input[data-vote="3"]').fill('4');
        await act(page, m.playMajority, () => page.getByRole('button', { name: m.playMajority }).click());
        await waitForPhase(page, 'outcome');

        const expert = page.locator('.learning-note .expert-view');
        await expert.waitFor();
        expect(await expert.locator('h4').textContent()).toBe(m.expertView);
        const options = expert.locator('.expert-option');
        expect(await options.count()).toBe(choices.length);
        for (const [i, choice] of choices.entries()) {
          const option = options.nth(i);
          expect(await option.locator('.expert-option-text').textContent()).toContain(choice.text[locale]);
          expect(await option.locator('.expert-line').textContent()).toBe(expertLine(choice.id)[locale]);
          const taken = (await option.locator('strong').count()) > 0;
          expect(taken, `"${choice.id}" marked as taken`).toBe(choice.id === 'decline');
        }
        expect(await expert.locator('.chosen-choice strong').textContent()).toContain(m.expertTaken);
        await shot(page, `expert-view-${locale}`);
        const violations = await scanA11y(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      });
    });
  }
});
