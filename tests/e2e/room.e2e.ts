import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RoomClient } from '../server/room-client';
import { type ServerProcess, START_PATIENCE_MS, startServerProcess } from '../server/server-process';
import { formatViolations, scanA11y } from './helpers/axe';
import { type Browser, launchChromium } from './helpers/browser';
import { VIEWPORTS } from './helpers/game';
import { SCREENSHOT_DIR, shot } from './helpers/shot';

// Generous bounds for a busy two-core machine: these are patience, never measurements.
const WAIT_MS = 60_000;

interface RoomServer {
  readonly process: ServerProcess;
  readonly base: string;
}

let server: RoomServer;
let dataDir: string;
const browsers: Browser[] = [];

/** A free loopback port: the server is then told it, so `--public-url` can name it before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `npm run room`'s entry on 127.0.0.1, serving the built game (`dist/`), its printed address its own. */
async function startRoomServer(): Promise<RoomServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const process = await startServerProcess(path.join(dataDir, 'rooms.sqlite'), { port, publicUrl: base });
  return { process, base };
}

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

/** The participant's language, switched with the screen's own button (which offers the other one). */
async function showIn(page: Page, locale: 'ko' | 'en'): Promise<void> {
  const button = page.locator('.room-language');
  await button.waitFor({ timeout: WAIT_MS });
  if ((await button.getAttribute('lang')) === locale) await button.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: WAIT_MS });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lab-doors-room-e2e-'));
  server = await startRoomServer();
}, START_PATIENCE_MS + 10_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  server?.process.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/**
 * Plays the rest of the room to its ending as its facilitator, over the room protocol with the control
 * token the control page keeps: the control screen has no controls for negotiation cards yet, and the
 * phones have shown what they do. Nobody votes, so every vote ties and the first option is played.
 */
async function playToEnd(controlToken: string): Promise<void> {
  const remote = new RoomClient(server.base);
  try {
    await remote.connected();
    const resumed = await remote.send({ type: 'resume', token: controlToken });
    if (!resumed.ok || resumed.room === undefined) throw new Error('the control token was not resumed');
    remote.receive(resumed.room);
    remote.token = controlToken;
    remote.seq = resumed.seq ?? 0;
    for (let steps = 0; steps < 300; steps++) {
      const view = remote.view;
      const vote = remote.latest?.vote;
      if (view === null || vote === undefined) throw new Error('no view');
      if (view.phase === 'ended') return;
      const negotiation = view.negotiation;
      // The room's update comes before the answer on the same connection: `latest` is current after it.
      const answer =
        view.phase === 'outcome'
          ? await remote.signed({ type: 'continue' })
          : view.phase === 'negotiating' && negotiation !== null
            ? negotiation.counter !== null
              ? await remote.signed({ type: 'acceptCounter' })
              : negotiation.answer === null || negotiation.canProposeAgain
                ? await remote.signed({
                    type: 'propose',
                    terms: Object.fromEntries(negotiation.clauses.map((c) => [c.id, c.preset])),
                  })
                : await remote.signed({ type: 'walkAway' })
            : vote.status === 'waiting'
              ? await remote.signed({ type: 'open', decision: vote.decision })
              : vote.status === 'open'
                ? await remote.signed({ type: 'close', decision: vote.decision })
                : await remote.signed({ type: 'breakTie', decision: vote.decision, choice: vote.tied[0] });
      if (!answer.ok) throw new Error(`refused: ${answer.refusal}`);
    }
    throw new Error('the scenario did not end');
  } finally {
    remote.close();
  }
}

/**
 * The end of the workshop: the facilitator opens the after-action report, adds an improvement item,
 * checks it against the room's votes and notes, downloads it as Markdown and prints it (A4, no chrome).
 */
async function finishAndReport(
  control: Page,
  cards: readonly { choiceIds: readonly string[]; expected: ReadonlyMap<string, number> }[],
  note: string,
): Promise<void> {
  const token = await control.evaluate(() => localStorage.getItem('lab-doors.room.control'));
  if (token === null) throw new Error('the control page keeps no token');
  await playToEnd(token);
  await control.reload();
  const open = control.getByRole('button', { name: /After-action report|사후 검토 보고서/ });
  await open.first().waitFor({ timeout: WAIT_MS });
  await open.first().click();
  const report = control.locator('article.room-report');
  await report.waitFor({ timeout: WAIT_MS });

  const hostile = 'Write the visitor plan <script>window.hacked = 1</script> **now**';
  await control.locator('.room-improvement-form input[name="action"]').last().fill(hostile);
  await control.locator('.room-improvement-form input[name="owner"]').last().fill('Research security');
  await control.locator('.room-improvement-form input[name="due"]').last().fill('2027-01-15');
  await control.locator('.room-improvement-form button[type="submit"]').last().click();
  await expect
    .poll(() => report.locator('.room-report-improvements td').first().textContent(), { timeout: WAIT_MS })
    .toBe(hostile);
  expect(await control.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  expect(await report.locator('script').count()).toBe(0);

  // The room's votes on the first two cards, as the phones cast them; the ending reached; the note.
  for (const [number, card] of cards.entries()) {
    const section = report.locator(`.room-report-decision[data-decision="${number}"]`);
    for (const id of card.choiceIds) {
      const votes = await section
        .locator(`tr[data-choice="${id}"] td[data-votes]`)
        .getAttribute('data-votes');
      expect(Number(votes), `decision ${number}, ${id}`).toBe(card.expected.get(id) ?? 0);
    }
  }
  expect(
    await report.locator('.room-report-decision[data-decision="0"] .room-report-note').textContent(),
  ).toContain(note);
  expect(await report.locator('.room-report-decision').count()).toBeGreaterThanOrEqual(cards.length);
  expect(await report.locator('.room-report-meta').textContent()).not.toMatch(/not reached yet|아직 도달/);
  expect(await report.locator('.room-report-objectives li').count()).toBeGreaterThan(0);
  await expectAxeClean(control);
  await shot(control, 'room-report');

  const [download] = await Promise.all([
    control.waitForEvent('download', { timeout: WAIT_MS }),
    control.getByRole('button', { name: /Download Markdown|Markdown 내려받기/ }).click(),
  ]);
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toContain('&lt;script&gt;');
  expect(markdown).not.toContain('<script>');
  expect(markdown).toMatch(/## (Improvement items|개선 항목)/);

  // Printed: the report alone (no buttons, no forms), on A4 pages.
  await control.emulateMedia({ media: 'print' });
  expect(await report.isVisible()).toBe(true);
  expect(await control.locator('.room-improvements').isVisible()).toBe(false);
  expect(await control.locator('.room-report-panel .room-actions').isVisible()).toBe(false);
  expect(await control.locator('.room-bar-top').isVisible()).toBe(false);
  await shot(control, 'room-report-print');
  // The stylesheet's @page decides the paper: A4 is 595 × 842 points (Chromium rounds it up a little).
  const pdf = await control.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(path.join(SCREENSHOT_DIR, 'room-report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const boxes = pdf.toString('latin1').match(/\/MediaBox \[0 0 [\d.]+ [\d.]+\]/g) ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    const [width, height] = box
      .replace(/.*\[0 0 /, '')
      .replace(']', '')
      .split(' ')
      .map(Number);
    expect(Math.round(width ?? 0)).toBeGreaterThanOrEqual(595);
    expect(Math.round(width ?? 0)).toBeLessThanOrEqual(596);
    expect(Math.round(height ?? 0)).toBeGreaterThanOrEqual(842);
    expect(Math.round(height ?? 0)).toBeLessThanOrEqual(843);
  }
  await control.emulateMedia({ media: 'screen' });
}

describe('the live room in the browser', () => {
  test('control, projector and three phones play two cards; a reload keeps the vote', async () => {
    // The facilitator opens the printed link: the token goes into the browser and out of the address.
    const control = await newPage(VIEWPORTS.laptop);
    await control.goto(server.process.controlLink);
    await control.locator('select[name="scenario"]').selectOption('sample-visiting-lab');
    expect(control.url()).not.toContain('host=');
    await control.getByRole('button', { name: /Create the room|방 만들기/ }).click();
    const code = (await control.locator('.room-code-value').textContent({ timeout: WAIT_MS })) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    const displayLink = (await control.locator('a[data-link="display"]').getAttribute('href')) ?? '';
    expect(displayLink).toBe(`${server.base}/display?room=${code}`);
    await shot(control, 'room-control-created');

    // A reload comes back to the room (its control token is kept in the browser).
    await control.reload();
    await expect
      .poll(() => control.locator('.room-code-value').textContent(), { timeout: WAIT_MS })
      .toBe(code);

    const display = await newPage(VIEWPORTS.projector);
    await display.goto(displayLink);
    const joinUrl =
      (await display.locator('[data-join-url]').getAttribute('data-join-url', { timeout: WAIT_MS })) ?? '';
    expect(joinUrl).toBe(`${server.base}/join?room=${code}`);
    await expect(display.locator('.room-qr').count()).resolves.toBe(1);
    await expectAxeClean(display);
    await shot(display, 'room-display-waiting');

    // Three phones, each its own browser, join through the address the projector shows.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await newPage(VIEWPORTS.phone);
      await phone.goto(joinUrl);
      if (i === 0) {
        await showIn(phone, 'en');
        await expectAxeClean(phone);
        await showIn(phone, 'ko');
        await expectAxeClean(phone);
        await shot(phone, 'room-join-form');
      }
      await phone.locator('form.room-form button[type="submit"]').click();
      await phone.locator('.room-card').waitFor({ timeout: WAIT_MS });
      phones.push(phone);
    }
    await expect
      .poll(() => display.locator('.room-joined').textContent(), { timeout: WAIT_MS })
      .toMatch(/^3/);

    /**
     * Plays one card: the phones vote (`picks`: index of the option per phone, null for one who does not
     * vote), the room closes it. The scenario draws its cards, so a card may have only two options.
     */
    const playCard = async (picks: readonly (number | null)[], card: number, tieBreak?: number) => {
      await control.getByRole('button', { name: /Open the vote|투표 열기/ }).click();
      const choiceIds = await phones[0]
        ?.locator('button.room-choice')
        .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.choice ?? ''));
      if (choiceIds === undefined || choiceIds.length < 2) throw new Error('too few options on the card');
      for (const [i, phone] of phones.entries()) {
        const pick = picks[i];
        if (pick === null || pick === undefined) continue;
        const button = phone.locator('button.room-choice').nth(pick);
        await expect.poll(() => button.isEnabled(), { timeout: WAIT_MS }).toBe(true);
        await button.click();
        await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: WAIT_MS }).toBe('true');
      }
      if (card === 1) {
        // Participant 2 changes their vote while it is open.
        const changed = phones[1]?.locator('button.room-choice').nth(picks[0] ?? 0);
        await changed?.click();
        await expect.poll(() => changed?.getAttribute('aria-pressed'), { timeout: WAIT_MS }).toBe('true');
        // Participant 1 reloads mid-vote and is the same person with the same vote.
        const first = phones[0] as Page;
        await first.reload();
        const kept = first.locator('button.room-choice').nth(picks[0] ?? 0);
        await expect.poll(() => kept.getAttribute('aria-pressed'), { timeout: WAIT_MS }).toBe('true');
        await showIn(first, 'en');
        await expectAxeClean(first);
        await shot(first, 'room-phone-voted');
        await showIn(first, 'ko');
        await expectAxeClean(first);
        await shot(first, 'room-phone-voted');
      }
      const finalPicks = card === 1 ? [picks[0], picks[0], picks[2]] : picks;
      await expect
        .poll(() => control.locator('[data-voters]').getAttribute('data-voters'), { timeout: WAIT_MS })
        .toBe(String(finalPicks.filter((pick) => pick !== null).length));
      await shot(display, `room-display-card-${card}`);
      await shot(control, `room-control-card-${card}`);
      await control.getByRole('button', { name: /Close the vote|투표 닫기/ }).click();
      if (tieBreak !== undefined) {
        // A tie: the facilitator picks, by the number everyone sees.
        const pick = control.getByRole('button', {
          name: new RegExp(`Play option ${tieBreak + 1}|${tieBreak + 1}번으로 진행`),
        });
        await pick.waitFor({ timeout: WAIT_MS });
        await shot(control, `room-control-tied-${card}`);
        await pick.click();
      }

      const expected = new Map<string, number>();
      for (const pick of finalPicks) {
        if (pick === null) continue;
        const id = choiceIds[pick ?? 0] as string;
        expected.set(id, (expected.get(id) ?? 0) + 1);
      }
      for (const page of [display, ...phones]) {
        await page.locator('.room-distribution').waitFor({ timeout: WAIT_MS });
        for (const id of choiceIds) {
          const count = await page
            .locator(`.room-distribution li[data-choice="${id}"] .room-count`)
            .getAttribute('data-count');
          expect(Number(count), `${id} on ${page.url()}`).toBe(expected.get(id) ?? 0);
        }
      }
      if (tieBreak !== undefined)
        expect(await display.locator('.room-distribution li.room-played').getAttribute('data-choice')).toBe(
          choiceIds[tieBreak],
        );
      await expectAxeClean(display);
      await shot(display, `room-display-reveal-${card}`);
      const phone = phones[2] as Page;
      await showIn(phone, 'en');
      await expectAxeClean(phone);
      await shot(phone, `room-phone-reveal-${card}`);
      await showIn(phone, 'ko');
      await expectAxeClean(phone);
      await shot(phone, `room-phone-reveal-${card}`);
      return { choiceIds, expected };
    };

    const shootAll = async () => {
      for (const [i, page] of [control, display, ...phones].entries()) await shot(page, `room-failed-${i}`);
    };
    const card1 = await playCard([0, 1, 1], 1).catch(async (error: unknown) => {
      await shootAll();
      throw error;
    });
    // The facilitator's note on this decision and the timer: kept by the room, shown on the projector.
    await control.locator('.room-notes textarea').fill('Split on the paperwork: 논의 필요');
    await control.getByRole('button', { name: /Save notes|메모 저장/ }).click();
    await control.getByText(/Notes saved|메모를 저장/).waitFor({ timeout: WAIT_MS });
    await control.getByRole('button', { name: /^(Start|시작)$/ }).click();
    await display.locator('.room-timer').waitFor({ timeout: WAIT_MS });
    await control.getByRole('button', { name: /^(Pause|일시 정지)$/ }).click();
    await control.getByRole('button', { name: /^(Resume|계속)$/ }).waitFor({ timeout: WAIT_MS });
    await control.reload();
    await expect
      .poll(() => control.locator('.room-notes textarea').inputValue(), { timeout: WAIT_MS })
      .toBe('Split on the paperwork: 논의 필요');
    await control.getByRole('button', { name: /Next card|다음 카드/ }).click();
    for (const page of [display, ...phones]) await page.locator('.room-card').waitFor({ timeout: WAIT_MS });
    const card2 = await playCard([0, 1, null], 2, 1).catch(async (error: unknown) => {
      await shootAll();
      throw error;
    });
    await expectAxeClean(control);
    await shot(control, 'room-control-reveal-2');

    await finishAndReport(control, [card1, card2], 'Split on the paperwork: 논의 필요');
  }, 400_000);

  test('a room with teams asks for one on joining; the printed display link asks for the code', async () => {
    const control = await newPage(VIEWPORTS.hd);
    await control.goto(server.process.controlLink);
    await control.locator('select[name="scenario"]').selectOption('sample-visiting-lab');
    await control.locator('input[name="teams"]').fill('Red, Blue');
    await control.getByRole('button', { name: /Create the room|방 만들기/ }).click();
    const code = (await control.locator('.room-code-value').textContent({ timeout: WAIT_MS })) ?? '';
    await expectAxeClean(control);

    const display = await newPage(VIEWPORTS.hd);
    await display.goto(`${server.base}/display`);
    await display.locator('input[name="code"]').fill(code);
    await display.locator('form.room-form button[type="submit"]').click();
    await display.locator('.room-qr').waitFor({ timeout: WAIT_MS });
    expect(display.url()).toBe(`${server.base}/display?room=${code}`);

    const phone = await newPage(VIEWPORTS.phone);
    await phone.goto(`${server.base}/join`);
    await phone.locator('input[name="code"]').fill(code.toLowerCase());
    await phone.locator('form.room-form button[type="submit"]').click();
    const team = phone.locator('select[name="team"]');
    await team.waitFor({ timeout: WAIT_MS });
    expect(await team.locator('option').allTextContents()).toEqual(['Red', 'Blue']);
    for (const locale of ['en', 'ko'] as const) {
      await showIn(phone, locale);
      await expectAxeClean(phone);
    }
    await shot(phone, 'room-join-team');
    await team.selectOption('Blue');
    await phone.locator('form.room-form button[type="submit"]').click();
    await phone.locator('.room-card').waitFor({ timeout: WAIT_MS });
    await expect
      .poll(() => display.locator('.room-joined').textContent(), { timeout: WAIT_MS })
      .toMatch(/^1|1명/);
  }, 300_000);
});
