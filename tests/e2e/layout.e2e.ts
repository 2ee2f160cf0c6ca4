import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GameLocale, openGame, VIEWPORTS, type Viewport } from './helpers/game';
import { layoutProblems, waitForStage } from './helpers/layout';
import { openDebrief, playToEnd, reachNegotiation, shotStep, startScenario } from './helpers/play';
import { expectNoProblems } from './helpers/problems';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { plantStorage, RUN_KEY, readStorage } from './helpers/storage';
import { messages } from './helpers/text';

// The overlay at the sizes the game is played on: no sideways scrolling, every button inside the
// window, and the event card beside (or, on a phone, below) the institute view, never over it.
const browser = useBrowser();

const SIZES: readonly (readonly [Viewport, GameLocale])[] = [
  [VIEWPORTS.projector, 'ko'],
  [VIEWPORTS.hd, 'en'],
  [VIEWPORTS.laptop, 'ko'],
  [VIEWPORTS.phone, 'en'],
];

// A finished run of the sample, saved by the game itself: each size reaches the ending and debrief by
// resuming it instead of playing the whole run again (the run is replayed from its seed and actions).
let finishedRun = '';
beforeAll(async () => {
  const page = await browser().context.newPage();
  try {
    const game = await openGame(page, { locale: 'en', viewport: VIEWPORTS.phone });
    await startScenario(page, { intro: 'skip' });
    await playToEnd(page);
    finishedRun = (await readStorage(page))[RUN_KEY] ?? '';
    expectNoProblems(game.problems);
  } finally {
    await page.close();
  }
}, 60_000);
afterAll(() => {
  finishedRun = '';
});

async function check(page: Page, shots: string, screen: string, stage: boolean): Promise<string[]> {
  if (stage) await waitForStage(page);
  await shotStep(page, shots, screen);
  return (await layoutProblems(page, { stage })).map((p) => `${screen}: ${p}`);
}

describe('layout at each screen size', () => {
  for (const [viewport, locale] of SIZES) {
    test(`title, card, negotiation, ending and debrief fit ${viewport.width}×${viewport.height} (${locale})`, async () => {
      expect(finishedRun, 'the finished run to resume').not.toBe('');
      await withGame(browser, { locale, viewport }, async (page) => {
        const m = messages(locale);
        const shots = 'layout';
        const problems: string[] = [];
        await waitForPhase(page, 'title');
        problems.push(...(await check(page, shots, 'title', false)));
        await startScenario(page, { intro: 'skip' });
        problems.push(...(await check(page, shots, 'card', true)));
        await reachNegotiation(page);
        problems.push(...(await check(page, shots, 'negotiation', true)));

        await plantStorage(page, { [RUN_KEY]: finishedRun });
        await act(page, m.continueGame, () =>
          page.getByRole('button', { name: m.continueGame, exact: true }).click(),
        );
        await waitForPhase(page, 'ended');
        problems.push(...(await check(page, shots, 'ending', true)));
        await openDebrief(page);
        problems.push(...(await check(page, shots, 'debrief', false)));
        expect(problems).toEqual([]);
      });
    }, 90_000);
  }
});
