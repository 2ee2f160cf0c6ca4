import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, openGame, VIEWPORTS, type Viewport } from './helpers/game';
import { layoutProblems, waitForStage } from './helpers/layout';
import { finishIntro, newProgress, playStep } from './helpers/play';
import { expectNoProblems } from './helpers/problems';
import { act, type Snapshot, settle, waitForPhase } from './helpers/screens';
import { useBrowser } from './helpers/session';
import { shot } from './helpers/shot';
import { RUN_KEY, readStorage } from './helpers/storage';
import { type LocalText, messages, readScenario, SAMPLE_ID } from './helpers/text';

// Facilitator mode played through the sample scenario as a workshop would: a projector layout, the
// discussion prompt before the choices, a one-minute timer (counting down, pausing, reaching zero), team
// votes for every choice (one tie broken by the facilitator), the negotiation, the reveal with the
// learning note, to the ending; and class codes, which give learners comparable runs.
const browser = useBrowser();

interface EventText {
  readonly id: string;
  readonly title: LocalText;
  readonly prompt?: LocalText;
  readonly lesson?: { readonly note: LocalText };
}
const sample = readScenario(SAMPLE_ID) as unknown as { readonly events: readonly EventText[] };
const eventTitled = (locale: GameLocale, title: string) => {
  const event = sample.events.find((e) => e.title[locale] === title);
  if (event === undefined) throw new Error(`no sample event titled ${JSON.stringify(title)}`);
  return event;
};

/** A fresh page with a fake (but running) clock, opened as `openGame` does; problems checked after. */
async function withClockedGame(
  locale: GameLocale,
  viewport: Viewport,
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await browser().context.newPage();
  try {
    await page.clock.install();
    const game = await openGame(page, { locale, viewport });
    await body(page);
    expectNoProblems(game.problems);
  } finally {
    await page.close();
  }
}

const clock = async (page: Page) => (await page.locator('.decision-timer .timer-clock').textContent()) ?? '';
const seconds = (text: string) => {
  const match = /(\d+):(\d+)/.exec(text);
  if (match === null) throw new Error(`the timer shows "${text}", not mm:ss`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** The numbers (1–9) of the vote inputs that can take votes. */
async function openVotes(page: Page): Promise<number[]> {
  return page
    .locator('.vote-list input.vote-count:not([disabled])')
    .evaluateAll((inputs) => inputs.map((i) => Number(i.getAttribute('data-vote'))));
}

async function enterVotes(page: Page, votes: Readonly<Record<number, number>>): Promise<void> {
  for (const [n, count] of Object.entries(votes)) {
    await page.locator(`.vote-list input[data-vote="${n}"]`).fill(String(count));
  }
}

const CASES: readonly { locale: GameLocale; viewport: Viewport }[] = [
  { locale: 'en', viewport: VIEWPORTS.projector },
  { locale: 'ko', viewport: VIEWPORTS.hd },
];

describe('facilitator mode', () => {
  for (const { locale, viewport } of CASES) {
    test(`a workshop with votes and a timer, to the ending (${locale}, ${viewport.name})`, async () => {
      await withClockedGame(locale, viewport, async (page) => {
        const m = messages(locale);
        await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
        await page.getByLabel(m.workshop).check();
        await page.getByLabel(m.timerPerDecision).selectOption('1');
        await page.getByLabel(m.workshopGroup).fill('Room 204');
        await shot(page, 'facilitator-select');
        const card = page.locator('.scenario-card').filter({ hasText: readScenario().title[locale] });
        await act(page, m.startWorkshop, () => card.getByRole('button', { name: m.startWorkshop }).click());
        let now = await waitForPhase(page, ['intro', 'choosing']);
        if (now.phase === 'intro') now = await finishIntro(page, { intro: 'skip' });
        await waitForStage(page);
        expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('facilitator');
        expect(await page.locator('.play-screen button.choice').count(), 'no direct choice buttons').toBe(0);

        // The prompt comes before the votes, and is the event's own.
        const first = eventTitled(locale, now.heading);
        expect(first.prompt).toBeDefined();
        const prompt = page.locator('.discussion-prompt');
        expect(await prompt.textContent()).toContain(first.prompt?.[locale]);
        const order = await page.evaluate(() => {
          const p = document.querySelector('.discussion-prompt');
          const v = document.querySelector('.vote-panel');
          return p && v ? p.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
        });
        expect(order, 'the prompt is shown before the votes').toBeGreaterThan(0);

        // The timer counts down from one minute, pauses, resumes, and at zero says so without choosing.
        const start = seconds(await clock(page));
        expect(start).toBeGreaterThanOrEqual(58);
        expect(start).toBeLessThanOrEqual(60);
        await page.clock.runFor(3_000);
        await page.waitForFunction((s) => {
          const text = document.querySelector('.timer-clock')?.textContent ?? '';
          const match = /(\d+):(\d+)/.exec(text);
          return match !== null && Number(match[1]) * 60 + Number(match[2]) < s;
        }, start);
        await page.locator('.decision-timer').getByRole('button', { name: m.timerPause }).click();
        const paused = seconds(await clock(page));
        expect(paused).toBeLessThan(start);
        await page.clock.runFor(3_000);
        expect(seconds(await clock(page)), 'a paused timer stands still').toBe(paused);
        await shot(page, 'facilitator-choosing');
        expect(await layoutProblems(page, { stage: true })).toEqual([]);
        await page.locator('.decision-timer').getByRole('button', { name: m.timerResume }).click();
        await page.clock.runFor(61_000);
        await page.locator('.decision-timer.timer-done').waitFor({ timeout: 5_000 });
        expect(await clock(page)).toContain('00:00');
        expect(await page.locator('.decision-timer [aria-live]').textContent()).toBe(m.timerDone);
        expect((await settle(page)).phase, 'the timer does not choose by itself').toBe('choosing');
        await page.locator('.decision-timer').getByRole('button', { name: m.timerReset }).click();
        expect(seconds(await clock(page))).toBeGreaterThanOrEqual(59);

        // A digit key goes to that choice's vote count, not to the choice itself.
        await page.locator('#event-title').focus();
        await page.keyboard.press('2');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-vote'))).toBe('2');
        expect((await settle(page)).phase).toBe('choosing');
        const onCard = await scanA11y(page);
        expect(onCard, formatViolations(onCard)).toEqual([]);

        // Playing the majority with no votes entered is refused, plainly.
        await page.getByRole('button', { name: m.playMajority }).click();
        expect(await page.getByRole('alert').filter({ hasText: m.noVotes }).count()).toBe(1);

        // Votes for every choice decision; the first one a tie between 1 and 2, broken for 2 (the
        // sample's road to its negotiation).
        const progress = newProgress();
        const expected: { tieBroken: boolean }[] = [];
        const lessons = new Set<string>();
        let negotiated = false;
        for (let step = 0; now.phase !== 'ended'; step++) {
          if (step > 60) throw new Error(`the workshop did not end: ${JSON.stringify(now)}`);
          if (now.phase === 'choosing') {
            const open = await openVotes(page);
            expect(open.length).toBeGreaterThan(0);
            const tie = expected.length === 0 && open.includes(1) && open.includes(2);
            const pick = tie ? 2 : (open[0] as number);
            const votes: Record<number, number> = {};
            for (const n of open) votes[n] = tie ? (n <= 2 ? 3 : 1) : n === pick ? 4 : 1;
            await enterVotes(page, votes);
            await page.getByRole('button', { name: m.playMajority }).click();
            if (tie) {
              const tieBreak = page.locator('.vote-tie button.tie-break');
              await tieBreak.first().waitFor();
              expect(await tieBreak.count()).toBe(2);
              if (viewport === VIEWPORTS.projector) await shot(page, 'facilitator-tie');
              now = await act(page, `tie broken for ${pick}`, () =>
                page.getByRole('button', { name: m.playThis(pick) }).click(),
              );
            } else {
              now = await waitForPhase(page, ['outcome', 'ended']);
            }
            expected.push({ tieBroken: tie });
            progress.decisions += 1;
          } else if (now.phase === 'outcome') {
            // The reveal: what was decided, the vote and the decision's learning note.
            const event = eventTitled(locale, now.heading);
            const note = event.lesson?.note[locale];
            if (note !== undefined) {
              expect(await page.locator('.learning-note').textContent()).toContain(note);
              lessons.add(event.id);
            }
            if (
              now.phase === 'outcome' &&
              (await page.locator('.vote-result').count()) > 0 &&
              lessons.size === 1
            ) {
              await shot(page, 'facilitator-reveal');
              const onReveal = await scanA11y(page);
              expect(onReveal, formatViolations(onReveal)).toEqual([]);
            }
            now = await playStep(page, progress, { m }, now);
          } else if (now.phase === 'negotiating') {
            negotiated = true;
            if (viewport === VIEWPORTS.projector) await shot(page, 'facilitator-negotiation');
            now = await playStep(page, progress, { m }, now);
          } else {
            throw new Error(`unexpected screen ${JSON.stringify(now)}`);
          }
          now = now.phase === 'other' ? ((await settle(page)) as Snapshot) : now;
        }
        expect(negotiated, 'the negotiation was played').toBe(true);
        expect(lessons.size, 'learning notes were shown').toBeGreaterThan(1);
        await shot(page, 'facilitator-ending');

        // The votes were kept with the run.
        const saved = JSON.parse((await readStorage(page))[RUN_KEY] ?? '{}') as {
          data?: {
            session?: {
              mode: string;
              team: string | null;
              finishedAt: number | null;
              votes: {
                decision: number;
                counts: Record<string, number>;
                chosen: string;
                tieBroken: boolean;
              }[];
            };
          };
        };
        const session = saved.data?.session;
        expect(session?.mode).toBe('facilitator');
        expect(session?.team).toBe('Room 204');
        expect(session?.finishedAt).not.toBeNull();
        expect(session?.votes.length).toBe(expected.length);
        expect(session?.votes.map((v) => v.tieBroken)).toEqual(expected.map((e) => e.tieBroken));
        expect(session?.votes[0]?.chosen).toBe('negotiate');
        expect(Object.values(session?.votes[0]?.counts ?? {})).toContain(3);
      });
    }, 240_000);
  }
});

describe('class codes', () => {
  for (const { locale, viewport } of [
    { locale: 'en', viewport: VIEWPORTS.phone },
    { locale: 'ko', viewport: VIEWPORTS.phone },
  ] as const) {
    test(`two learners with one class code play comparable runs; a typo is caught (${locale})`, async () => {
      const m = messages(locale);
      const teacher = await browser().context.newPage();
      const learner = await browser().context.newPage();
      try {
        const games = [
          await openGame(teacher, { locale, viewport }),
          await openGame(learner, { locale, viewport }),
        ];
        for (const page of [teacher, learner]) {
          await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
        }
        // The teacher makes a code for the sample scenario.
        const card = teacher.locator('.scenario-card').filter({ hasText: readScenario().title[locale] });
        await card.getByRole('button', { name: m.makeClassCode }).click();
        const code = ((await card.locator('.made-code-value').textContent()) ?? '').trim();
        expect(code).toMatch(/^VL-[0-9A-HJKMNP-TV-Z]{4}$/);
        await card.locator('.made-code').scrollIntoViewIfNeeded();
        await shot(teacher, 'class-code-made');
        const onSelect = await scanA11y(teacher);
        expect(onSelect, formatViolations(onSelect)).toEqual([]);

        // A typo in the learner's code is said plainly, and nothing starts.
        const last = code.at(-1) as string;
        const typo = `${code.slice(0, -1)}${last === 'X' ? 'Y' : 'X'}`;
        await learner.getByRole('textbox', { name: m.classCode, exact: true }).fill(typo);
        await learner.getByRole('button', { name: m.classCodeStart, exact: true }).click();
        const alert = learner.getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent()).toBe(m.classCodeProblem({ kind: 'check' }));
        expect((await settle(learner)).phase).toBe('select');
        await learner.getByRole('textbox', { name: m.classCode, exact: true }).fill('VL-7F3');
        await learner.getByRole('button', { name: m.classCodeStart, exact: true }).click();
        expect(await alert.textContent()).toBe(m.classCodeProblem({ kind: 'too-short', text: 'VL-7F3' }));
        await shot(learner, 'class-code-typo');

        // Both type the code (the learner in lower case with spaces), and get the same cards.
        const headings: string[][] = [];
        for (const [page, typed, team] of [
          [teacher, code, ''],
          [learner, ` ${code.toLowerCase().replace('-', ' ')} `, 'Team Blue'],
        ] as const) {
          await page.getByRole('textbox', { name: m.classCode, exact: true }).fill(typed);
          await page.getByLabel(m.classCodeTeam).fill(team);
          if (page === learner) await shot(page, 'class-code-entry');
          if (page === teacher) {
            await act(page, m.classCodeStart, () =>
              page.getByRole('button', { name: m.classCodeStart, exact: true }).click(),
            );
          } else {
            // Both pages share this browser's storage, so the teacher's run is the saved one: replace it.
            await page.getByRole('button', { name: m.classCodeStart, exact: true }).click();
            const replace = page.getByRole('dialog').getByRole('button', { name: m.replaceRun });
            await act(page, m.replaceRun, () => replace.click());
          }
          let now = await waitForPhase(page, ['intro', 'choosing']);
          if (now.phase === 'intro') now = await finishIntro(page, { intro: 'skip' });
          const seen = [now.heading];
          // The same choice on both, then the next card.
          now = await act(page, 'choice 1', () => page.locator('.choices button[data-choice="1"]').click());
          now = await act(page, m.continueButton, () => page.locator('.outcome button.continue').click());
          seen.push(now.heading, now.calendar);
          headings.push(seen);
          const saved = JSON.parse((await readStorage(page))[RUN_KEY] ?? '{}') as {
            data?: { session?: { classCode: string | null; team: string | null; mode: string } };
          };
          expect(saved.data?.session).toMatchObject({
            mode: 'solo',
            classCode: code,
            team: team === '' ? null : team,
          });
        }
        expect(headings[1]).toEqual(headings[0]);
        for (const game of games) expectNoProblems(game.problems);
      } finally {
        await teacher.close();
        await learner.close();
      }
    }, 120_000);
  }
});
