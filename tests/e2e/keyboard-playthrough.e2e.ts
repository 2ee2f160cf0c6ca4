import { describe, expect, test } from 'vitest';
import { type GameLocale, VIEWPORTS, type Viewport } from './helpers/game';
import { type ClauseMove, negotiateFirst, openDebrief, playToEnd, startScenario } from './helpers/play';
import { KeyboardTrail, snapshot } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { messages } from './helpers/text';

// The whole sample scenario played with the keyboard alone, as the play screen's keyboard help promises:
// Enter, Tab and arrows through the menus, digits for choices, Tab and arrows through a negotiation.
// After every key that changes the screen something must have focus, and that focus must be drawn.
const browser = useBrowser();

interface Case {
  readonly locale: GameLocale;
  readonly viewport: Viewport;
  /** Step through the first-play introduction with Enter, or Tab to its Skip button. */
  readonly intro: 'step' | 'skip';
  /**
   * The proposal in the sample's negotiation. Its partner accepts the first clause's second option as
   * is; asking to own all IP (the third clause's last option) draws a counter-proposal, which is then
   * accepted: both ways through the form are played with the keyboard.
   */
  readonly clauses: readonly ClauseMove[];
  readonly counterProposals: number;
  /** Screenshots of every card on the phone; of each kind of screen on the projector (slow to capture). */
  readonly shotEvery: 'screen' | 'step';
}

const CASES: readonly Case[] = [
  {
    locale: 'ko',
    viewport: VIEWPORTS.projector,
    intro: 'step',
    clauses: ['next', 'keep', 'previous'],
    counterProposals: 1,
    shotEvery: 'screen',
  },
  {
    locale: 'en',
    viewport: VIEWPORTS.phone,
    intro: 'skip',
    clauses: ['next'],
    counterProposals: 0,
    shotEvery: 'step',
  },
];

describe('keyboard-only playthrough of the sample scenario', () => {
  for (const { locale, viewport, intro, clauses, counterProposals, shotEvery } of CASES) {
    test(`title to debrief with the keyboard alone (${locale}, ${viewport.name}, intro: ${intro})`, async () => {
      await withGame(browser, { locale, viewport }, async (page) => {
        const m = messages(locale);
        const trail = new KeyboardTrail();
        const shots = `keyboard-${locale}`;
        const options = { input: 'keyboard', trail, shots, shotEvery, clauses } as const;

        // The title's first button takes focus by itself; the arrows move within the title's buttons.
        const atTitle = await trail.check(page, 'the page loaded');
        expect(atTitle.description).toContain(m.newGame);
        await page.keyboard.press('ArrowDown');
        expect((await trail.check(page, 'ArrowDown on the title')).description).toContain(m.settings);
        await page.keyboard.press('ArrowUp');
        expect((await trail.check(page, 'ArrowUp on the title')).description).toContain(m.newGame);

        const first = await startScenario(page, { ...options, intro });
        expect(first.phase).toBe('choosing');
        const progress = await playToEnd(page, { ...options, pick: negotiateFirst });
        expect(progress.negotiations, 'choice 2 on the first card leads to a negotiation').toBe(1);
        expect(progress.counterProposals).toBe(counterProposals);

        await openDebrief(page, options);
        const listed = await page.locator('.debrief-screen ol.timeline > li.decision').count();
        const heading = (await snapshot(page)).heading;

        // Focus problems are collected over the whole run so that one run reports all of them.
        expect.soft(trail.problems, `focus along the way:\n${trail.steps.join('\n')}`).toEqual([]);
        expect(heading).toContain(m.debrief);
        expect(listed, `the debrief lists every decision (${JSON.stringify(progress)})`).toBe(
          progress.decisions,
        );
      });
      // While the institute view animates after each step, software-rendered frames at projector size
      // take 100–200 ms each and every step waits for some: a run there can take most of a minute.
    }, 150_000);
  }
});
