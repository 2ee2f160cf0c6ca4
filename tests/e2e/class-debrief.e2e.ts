import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeClassCode } from '../../src/classroom/class-code';
import { tallyObjectives } from '../../src/classroom/objective-tallies';
import type { RunResult } from '../../src/classroom/result-schema';
import { OBJECTIVE_STATUSES } from '../../src/engine';
import { loadSample } from '../engine/present/player';
import { formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, type OpenedGame, openGame, VIEWPORTS, type Viewport } from './helpers/game';
import { finishIntro, firstEnabled, negotiateFirst, type Pick, playToEnd } from './helpers/play';
import { expectNoProblems } from './helpers/problems';
import { waitForPhase } from './helpers/screens';
import { useBrowser } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

/**
 * Three learners enter one class code and play the sample with different choices, then hand in their results (two files, one
 * code); the teacher loads them in the class debrief with one broken file, one tampered result and one
 * truncated code. The three load, the three bad ones are listed with their reasons, and what the screen
 * shows (runs, ending shares, a choice share) equals what the results themselves say.
 */
const browser = useBrowser();

interface Handed {
  readonly json: string;
  readonly code: string;
}

const lastEnabled: Pick = ({ enabled }) => enabled.at(-1) ?? 1;
const LEARNERS: readonly Pick[] = [firstEnabled, negotiateFirst, lastEnabled];

/** The class code the teacher hands out: the sample's letters and a seed. */
const CLASS_CODE = makeClassCode('VL', 4242);

/**
 * A learner enters the class code and a team name, plays the sample to its end with `pick`, then takes
 * the result file and the result code.
 */
async function learnerResult(page: Page, pick: Pick, team: string): Promise<Handed> {
  const m = messages('en');
  await openGame(page, { locale: 'en', viewport: VIEWPORTS.hd });
  await page.getByRole('button', { name: m.newGame, exact: true }).click();
  await waitForPhase(page, 'select');
  await page.getByRole('textbox', { name: m.classCode, exact: true }).fill(CLASS_CODE);
  await page.getByLabel(m.classCodeTeam).fill(team);
  await page.getByRole('button', { name: m.classCodeStart, exact: true }).click();
  const now = await waitForPhase(page, ['intro', 'choosing']);
  if (now.phase === 'intro') await finishIntro(page, { intro: 'skip' });
  await playToEnd(page, { pick, maxSteps: 120 });
  const actions = page.locator('.ending .result-actions');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    actions.getByRole('button', { name: m.downloadResult }).click(),
  ]);
  const path = await download.path();
  const json = readFileSync(path, 'utf8');
  expect(download.suggestedFilename()).toMatch(/^lab-doors-sample-visiting-lab-.*\d{4}-\d\d-\d\d\.json$/);
  await actions.getByRole('button', { name: m.resultCopyCode }).click();
  const box = actions.locator('.result-code textarea');
  await box.waitFor({ state: 'visible' });
  const code = await box.inputValue();
  return { json, code };
}

let handed: Handed[] = [];

async function openClassDebrief(page: Page, locale: GameLocale, viewport: Viewport): Promise<OpenedGame> {
  const m = messages(locale);
  const game = await openGame(page, { locale, viewport });
  if (process.env.CLASS_DEBRIEF_FULL_SHOTS) {
    await page.screenshot({
      path: `${process.env.CLASS_DEBRIEF_FULL_SHOTS}/title-${locale}-${viewport.name}.png`,
    });
  }
  await page.getByRole('button', { name: m.classDebrief, exact: true }).click();
  await page.locator('.class-debrief-screen').waitFor();
  return game;
}

/** Loads the three results with the three bad inputs: files by the file chooser, codes by pasting. */
async function loadInputs(page: Page): Promise<void> {
  const [one, two, three] = handed;
  if (one === undefined || two === undefined || three === undefined) throw new Error('no results yet');
  const tampered = JSON.parse(one.json) as { decisions: { event: string; choice: string | null }[] };
  const scenario = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8')) as {
    events: { id: string; choices?: { id: string }[] }[];
  };
  const first = tampered.decisions[0];
  if (first === undefined) throw new Error('no decision');
  const choices = scenario.events.find((e) => e.id === first.event)?.choices ?? [];
  first.choice = choices.find((c) => c.id !== first.choice)?.id ?? 'x';
  const file = (name: string, text: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page
    .locator('.class-load input[type=file]')
    .setInputFiles([
      file('learner-1.json', one.json),
      file('learner-2.json', two.json),
      file('broken.json', '{"kind": "lab-doors-result", "resultVersion": 1, "scen'),
      file('tampered.json', JSON.stringify(tampered, null, 2)),
    ]);
  await page.locator('.class-inputs li').nth(3).waitFor();
  const truncated = three.code.slice(0, Math.floor(three.code.length * 0.7));
  await page.locator('#class-codes').fill(`${three.code}\n${truncated}\n`);
  await page.locator('.class-load button.add-codes').click();
  await page.locator('.class-inputs li').nth(5).waitFor();
}

describe('results and the class debrief', () => {
  test('three learners hand in results: a file and a code each', async () => {
    const page = await browser().context.newPage();
    try {
      handed = [];
      for (const [i, pick] of LEARNERS.entries())
        handed.push(await learnerResult(page, pick, `Team ${i + 1}`));
      await shot(page, 'result-code-ending');
    } finally {
      await page.close();
    }
    for (const h of handed) {
      expect(h.code).toMatch(/^LD1-[0-9a-f]{8}-[A-Za-z0-9_-]+$/);
      const result = JSON.parse(h.json) as RunResult;
      expect(result.kind).toBe('lab-doors-result');
      expect(result.ending).not.toBeNull();
      // One class code: the same scenario and seed for everyone, so the runs compare.
      expect(result.classCode).toBe(CLASS_CODE);
      expect(result.save.seed).toBe(4242);
    }
    const firstChoices = handed.map((h) => (JSON.parse(h.json) as RunResult).decisions[0]?.choice);
    expect(new Set(firstChoices).size, `first choices ${firstChoices.join(', ')}`).toBeGreaterThan(1);
  }, 240_000);

  test('the class debrief loads the three, refuses the bad ones with reasons, and counts right', async () => {
    expect(handed.length).toBe(3);
    const m = messages('en');
    const page = await browser().context.newPage();
    try {
      const game = await openClassDebrief(page, 'en', VIEWPORTS.hd);
      await loadInputs(page);
      const items = page.locator('.class-inputs li');
      const rows = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          ok: (li as HTMLElement).dataset.ok === 'true',
          source: li.querySelector('.source')?.textContent ?? '',
          problem: li.querySelector('.reason')?.getAttribute('data-problem') ?? '',
          reason: li.querySelector('.reason')?.textContent ?? '',
        })),
      );
      expect(rows).toEqual([
        { ok: true, source: 'learner-1.json', problem: '', reason: '' },
        { ok: true, source: 'learner-2.json', problem: '', reason: '' },
        { ok: false, source: 'broken.json', problem: 'not-json', reason: m.resultNotJson },
        { ok: false, source: 'tampered.json', problem: 'tampered', reason: m.resultTampered },
        { ok: true, source: m.classDebriefCodeN(1), problem: '', reason: '' },
        { ok: false, source: m.classDebriefCodeN(2), problem: 'checksum', reason: m.resultChecksum },
      ]);

      // What the results say, computed here from the files.
      const results = handed.map((h) => JSON.parse(h.json) as RunResult);
      expect((await page.locator('.class-runs-count').textContent())?.trim()).toBe('3');
      const endingCounts = new Map<string, number>();
      for (const r of results)
        endingCounts.set(r.ending?.id ?? '', (endingCounts.get(r.ending?.id ?? '') ?? 0) + 1);
      for (const [ending, count] of endingCounts) {
        const bar = page.locator(`.share-bars li[data-ending="${ending}"]`);
        expect(await bar.locator('.count').textContent()).toBe(String(count));
        expect(await bar.locator('.percent').textContent()).toBe(`${Math.round((count / 3) * 100)}%`);
      }
      const event = results[0]?.decisions[0]?.event ?? '';
      const firstChoices = new Map<string, number>();
      for (const r of results) {
        for (const d of r.decisions.filter((x) => x.event === event)) {
          const key = d.kind === 'choice' ? (d.choice ?? '') : d.kind;
          firstChoices.set(key, (firstChoices.get(key) ?? 0) + 1);
        }
      }
      const total = [...firstChoices.values()].reduce((a, b) => a + b, 0);
      const table = page.locator(`.class-decision[data-event="${event}"]`);
      for (const [choice, count] of firstChoices) {
        const row = table.locator(`tr[data-choice="${choice}"]`);
        expect(await row.locator('.count').textContent()).toBe(String(count));
        expect((await row.locator('.percent').textContent())?.trim()).toBe(
          `${Math.round((count / total) * 100)}%`,
        );
      }
      // Team paths: a column per run, a row per decision, and the endings in the last row.
      expect(await page.locator('.class-teams thead th[scope=col]').count()).toBe(4);
      const teamHeads = (await page.locator('.class-teams thead th[scope=col]').allTextContents()).join(
        ' | ',
      );
      for (const team of ['Team 1', 'Team 2', 'Team 3']) expect(teamHeads).toContain(team);
      expect(await page.locator('.class-path-chart').count()).toBe(5);
      expect(await page.locator('.class-path-chart').first().locator('polyline').count()).toBe(3);
      // Per objective, how many runs showed, missed or never met it, as each run's own debrief judges it.
      const tallies = tallyObjectives(loadSample(), results);
      expect(await page.locator('.class-objectives tbody tr').count()).toBe(tallies.length);
      for (const tally of tallies) {
        const row = page.locator(`.class-objectives tr[data-objective="${tally.id}"]`);
        for (const status of OBJECTIVE_STATUSES) {
          expect(await row.locator(`.objective-${status}-count`).textContent()).toBe(
            m.classDebriefObjectiveRuns(tally.counts[status], 3),
          );
        }
      }
      await page.locator('.class-objectives').scrollIntoViewIfNeeded();
      await shot(page, 'class-debrief-objectives');

      // The same file again is reported, not counted twice.
      await page
        .locator('.class-load input[type=file]')
        .setInputFiles([
          { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(handed[1]?.json ?? '') },
        ]);
      const again = page.locator('.class-inputs li').nth(6);
      await again.waitFor();
      expect(await again.locator('.reason').textContent()).toBe(m.resultDuplicate);
      expect(await again.locator('.duplicate-of').textContent()).toContain('learner-2.json');
      // The first learner's run again, as a code a chat wrapped over two lines: read, and the same run.
      const code = handed[0]?.code ?? '';
      await page.locator('#class-codes').fill(`${code.slice(0, 30)}\n${code.slice(30)}`);
      await page.locator('.class-load button.add-codes').click();
      const wrapped = page.locator('.class-inputs li').nth(7);
      await wrapped.waitFor();
      expect(await wrapped.locator('.source').textContent()).toBe(m.classDebriefCodeN(3));
      expect(await wrapped.locator('.reason').textContent()).toBe(m.resultDuplicate);
      expect(await wrapped.locator('.duplicate-of').textContent()).toContain('learner-1.json');
      expect((await page.locator('.class-runs-count').textContent())?.trim()).toBe('3');

      const violations = await scanA11y(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      // The CSV export: one row per run and decision, after the header.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: m.classDebriefExportCsv }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      const decisions = results.reduce((n, r) => n + r.decisions.length, 0);
      expect(csv.startsWith('\ufeffteam,')).toBe(true);
      expect(csv.trimEnd().split('\r\n').length).toBe(decisions + 1);
      await shot(page, 'class-debrief');
      expectNoProblems(game.problems);
    } finally {
      await page.close();
    }
  }, 120_000);

  for (const [locale, viewport] of [
    ['ko', VIEWPORTS.hd],
    ['en', VIEWPORTS.phone],
    ['ko', VIEWPORTS.phone],
  ] as const) {
    test(`the class debrief fits and reads in ${locale} on ${viewport.name}`, async () => {
      expect(handed.length).toBe(3);
      const page = await browser().context.newPage();
      try {
        const game = await openClassDebrief(page, locale, viewport);
        await loadInputs(page);
        expect((await page.locator('.class-runs-count').textContent())?.trim()).toBe('3');
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .filter((el) => el.parentElement?.closest('.table-scroll') == null)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
            .slice(0, 8),
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `the page scrolls sideways: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
        await shot(page, 'class-debrief');
        expectNoProblems(game.problems);
        if (process.env.CLASS_DEBRIEF_FULL_SHOTS) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 0; y < height; y += viewport.height * 1.5, n++) {
            await page.screenshot({
              path: `${process.env.CLASS_DEBRIEF_FULL_SHOTS}/class-debrief-${locale}-${viewport.name}-${n}.png`,
              fullPage: true,
              clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height * 1.5, height - y) },
            });
          }
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({
            path: `${process.env.CLASS_DEBRIEF_FULL_SHOTS}/class-debrief-${locale}-${viewport.name}-print.png`,
          });
          await page.emulateMedia({ media: 'screen' });
        }
      } finally {
        await page.close();
      }
    }, 120_000);
  }
});
