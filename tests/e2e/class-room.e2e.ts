import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../server/free-port';
import { type ServerProcess, START_PATIENCE_MS, startServerProcess } from '../server/server-process';
import { formatViolations, scanA11y } from './helpers/axe';
import { type Browser, launchChromium } from './helpers/browser';
import { VIEWPORTS } from './helpers/game';
import { finishIntro, openDebrief, playDecisions, playToEnd } from './helpers/play';
import { settle, waitForPhase } from './helpers/screens';
import { shot } from './helpers/shot';

// Generous bounds for a busy two-core machine: these are patience, never measurements.
const WAIT_MS = 60_000;

let server: ServerProcess;
let dataDir: string;
let publicBase: string;
const browsers: Browser[] = [];

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const browser = await launchChromium();
  browsers.push(browser);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize(viewport);
  return page;
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await scanA11y(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** The room screen's language, switched with its own button (which offers the other one). */
async function showIn(page: Page, locale: 'ko' | 'en'): Promise<void> {
  const button = page.locator('.room-language');
  await button.waitFor({ timeout: WAIT_MS });
  if ((await button.getAttribute('lang')) === locale) await button.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: WAIT_MS });
}

/** On the run's first card, past the game's first-play introduction if it shows. */
async function onFirstCard(page: Page): Promise<void> {
  const now = await waitForPhase(page, ['intro', 'choosing', 'negotiating']);
  if (now.phase === 'intro') await finishIntro(page, { intro: 'skip' });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lab-doors-class-e2e-'));
  // Reached at 127.0.0.1 but printed (and told to screens) as localhost: the join link must be the latter.
  const port = await freePort();
  publicBase = `http://localhost:${port}`;
  server = await startServerProcess(path.join(dataDir, 'rooms.sqlite'), { port, publicUrl: publicBase });
}, START_PATIENCE_MS + 10_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  server?.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('a class room in the browser', () => {
  test('two students play solo on phones and finish; the teacher’s live class debrief shows both', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const teacher = await newPage(VIEWPORTS.laptop);
    await teacher.goto(server.controlLink.replace(/^https?:\/\/[^/]+/, base));
    await teacher.locator('button.open-class-room').click();
    await teacher.locator('select[name="scenario"]').selectOption('sample-visiting-lab');
    await teacher.locator('input[name="ask-nickname"]').check();
    await teacher.locator('form.room-form button[type="submit"]').click();
    const code = (await teacher.locator('.room-code-value').textContent({ timeout: WAIT_MS })) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    await expect(teacher.locator('.class-code-value').textContent()).resolves.toMatch(/^VL-/);
    const joinLink = (await teacher.locator('a[data-link="join"]').getAttribute('href')) ?? '';
    expect(joinLink).toBe(`${publicBase}/join?room=${code}`);
    for (const locale of ['ko', 'en'] as const) {
      await showIn(teacher, locale);
      await expectAxeClean(teacher);
    }
    await shot(teacher, 'class-room-created');

    const students: Page[] = [];
    for (const [i, nickname] of ['Ann', '민준'].entries()) {
      const phone = await newPage(VIEWPORTS.phone);
      students.push(phone);
      await phone.goto(joinLink);
      await phone.locator('form.room-form button[type="submit"]').click();
      // A class room's code: the class screen asks for the nickname the teacher wanted, and nothing else.
      await phone.locator('input[name="nickname"]').waitFor({ timeout: WAIT_MS });
      if (i === 0) {
        for (const locale of ['en', 'ko'] as const) {
          await showIn(phone, locale);
          await expectAxeClean(phone);
        }
        await shot(phone, 'class-room-join');
      }
      await phone.locator('input[name="nickname"]').fill(nickname);
      await phone.locator('form.room-form button[type="submit"]').click();
      await onFirstCard(phone);
    }
    await expect
      .poll(() => teacher.locator('.class-progress-table tbody tr').count(), { timeout: WAIT_MS })
      .toBe(2);

    // The first student plays two decisions, reloads, and comes back at the same card.
    const [ann, minjun] = students as [Page, Page];
    await playDecisions(ann, 2);
    const before = await settle(ann);
    await expect
      .poll(() => teacher.locator('tr[data-student="1"] td').nth(1).textContent(), { timeout: WAIT_MS })
      .toBe('2');
    await ann.reload();
    const after = await waitForPhase(ann, ['choosing', 'negotiating', 'outcome', 'intro']);
    expect(after.heading).toBe(before.heading);
    await expectAxeClean(ann);
    await shot(ann, 'class-room-student-play');

    await playToEnd(ann);
    await playToEnd(minjun);
    await expectAxeClean(minjun);
    // The game's own debrief, from the ending, as in a solo run.
    await openDebrief(minjun);
    await minjun.locator('.debrief-screen').waitFor({ timeout: WAIT_MS });
    await expectAxeClean(minjun);
    await shot(minjun, 'class-room-student-debrief');

    await expect
      .poll(() => teacher.locator('.class-progress-table tr[data-ended="true"]').count(), {
        timeout: WAIT_MS,
      })
      .toBe(2);
    await expect
      .poll(() => teacher.locator('.class-runs-count').textContent(), { timeout: WAIT_MS })
      .toBe('2');
    const endings = await teacher.locator('.share-bars li .count').allTextContents();
    expect(endings.map(Number).reduce((a, b) => a + b, 0)).toBe(2);
    await expect(teacher.locator('.class-progress-table').textContent()).resolves.toContain('민준');
    await expect(teacher.locator('button.export-csv').count()).resolves.toBe(1);
    await expectAxeClean(teacher);
    await teacher.locator('#class-live-heading').scrollIntoViewIfNeeded();
    await shot(teacher, 'class-room-live-debrief');
  }, 600_000);
});
