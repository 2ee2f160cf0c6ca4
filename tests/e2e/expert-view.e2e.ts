import { describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import { VIEWPORTS } from './helpers/game';
import { expertLine, openAndPlay, sampleWithExpertLines } from './helpers/open-file';
import { finishIntro } from './helpers/play';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// The facilitator's reveal with a scenario that has expert lines: after the vote, every option of the
// decision with what it protects and what it costs, the one the room took marked in words. An author's
// copy of the sample is opened as a workshop, its expert lines replaced by ones that name their option,
// so the test can tell each line is shown beside the right option.
const browser = useBrowser();

describe('the expert view in the facilitator’s reveal', () => {
  for (const locale of ['en', 'ko'] as const) {
    test(`every option with its expert line, the room’s choice marked (${locale})`, async () => {
      await withGame(browser, { locale, viewport: VIEWPORTS.projector }, async (page) => {
        const m = messages(locale);
        const { text, events } = sampleWithExpertLines('sample-with-experts');
        const choices = events.find((e) => e.id === 'visiting-lab-proposal')?.choices ?? [];
        await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
        await waitForPhase(page, 'select');
        await page.getByLabel(m.workshop).check();
        await openAndPlay(page, 'sample-with-experts.json', text, m.play);
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
