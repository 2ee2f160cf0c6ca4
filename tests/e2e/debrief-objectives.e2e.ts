import { describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import type { GameLocale, Viewport } from './helpers/game';
import { openAndPlay, sampleWithExpertLines } from './helpers/open-file';
import { finishIntro, firstEnabled, negotiateFirst, openDebrief, playToEnd } from './helpers/play';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// The debrief after a whole run: each learning objective with its status (a word and a shape) and the
// decisions behind it, and under every decision each option with an expert's view, the one taken
// marked. An author's copy of the sample is played, its expert lines replaced by ones that name their
// option.
const browser = useBrowser();

const VIEWPORTS: readonly Viewport[] = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

describe('the debrief’s objectives and expert view', () => {
  for (const locale of ['en', 'ko'] as const satisfies readonly GameLocale[]) {
    for (const viewport of VIEWPORTS) {
      test(`each objective judged, with the decisions behind it (${locale}, ${viewport.name})`, async () => {
        await withGame(browser, { locale, viewport }, async (page) => {
          const m = messages(locale);
          await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
          await waitForPhase(page, 'select');
          const { text } = sampleWithExpertLines('sample-debrief-experts');
          await openAndPlay(page, 'sample-debrief-experts.json', text, m.play);
          await finishIntro(page, { intro: 'skip' });
          // Two roads, so the screenshots show different judgements: the first option each time (on a
          // phone), or the agreement first (on a laptop).
          await playToEnd(page, { pick: viewport.name === 'phone' ? firstEnabled : negotiateFirst });
          await openDebrief(page);

          const section = page.locator('section.objectives-judged');
          expect(await section.locator('h2').textContent()).toBe(m.objectivesHeading);
          const objectives = section.locator('li.objective');
          expect(await objectives.count()).toBe(3);
          for (let i = 0; i < 3; i++) {
            const objective = objectives.nth(i);
            const status = ((await objective.getAttribute('class')) ?? '').replace(
              /^objective objective-/,
              '',
            ) as keyof typeof m.objectiveStatus;
            // The status is a word and a shape, not a colour alone.
            expect(Object.keys(m.objectiveStatus)).toContain(status);
            expect(await objective.locator('.objective-status').textContent()).toContain(
              m.objectiveStatus[status],
            );
            expect(await objective.locator(`svg.objective-glyph-${status}`).count()).toBe(1);
            // The decisions behind it agree with the status: shows outnumber againsts, or not.
            const shows = await objective.locator('li.evidence-shows').count();
            const against = await objective.locator('li.evidence-against').count();
            expect(status).toBe(shows > against ? 'shown' : against > 0 ? 'missed' : 'not-met');
            expect(await objective.locator('.objective-counts').textContent()).toBe(
              shows + against === 0 ? m.objectiveNoDecision : m.objectiveCounts(shows, against),
            );
          }

          // Every decision weighs every option, with its expert line; exactly one taken per group.
          const decisions = page.locator('ol.timeline > li.decision');
          const count = await decisions.count();
          expect(count).toBeGreaterThan(2);
          for (let i = 0; i < count; i++) {
            const groups = decisions.nth(i).locator('.expert-group');
            const groupCount = await groups.count();
            expect(groupCount).toBeGreaterThan(0);
            for (let g = 0; g < groupCount; g++) {
              const group = groups.nth(g);
              const options = await group.locator('.expert-option').count();
              expect(options).toBeGreaterThan(1);
              expect(await group.locator('.expert-option.chosen-choice').count()).toBe(1);
              expect(await group.locator('.expert-line').count()).toBe(options);
            }
          }
          expect(await decisions.first().locator('.expert-view h4').textContent()).toBe(
            m.decisionOptionsExpert,
          );

          await section.scrollIntoViewIfNeeded();
          await shot(page, 'debrief-objectives');
          await decisions.first().scrollIntoViewIfNeeded();
          await shot(page, 'debrief-expert-view');
          const violations = await scanA11y(page);
          expect(violations, formatViolations(violations)).toEqual([]);

          // Printed, the objectives and the options stay; the buttons go.
          await page.emulateMedia({ media: 'print' });
          expect(await section.isVisible()).toBe(true);
          expect(await decisions.first().locator('.expert-view').isVisible()).toBe(true);
          expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
          await section.scrollIntoViewIfNeeded();
          await shot(page, 'debrief-objectives-print');
        });
      }, 180_000);
    }
  }
});
