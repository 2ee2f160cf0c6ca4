import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../server/free-port';
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
  /** Its `--public-url`: the address the screens must give for joining. */
  readonly base: string;
  /** The same server by another name: a projector opened there still shows the public address. */
  readonly loopback: string;
}

let server: RoomServer;
let dataDir: string;
const browsers: Browser[] = [];

/** `npm run room`'s entry on 127.0.0.1, serving the built game (`dist/`), its printed address its own. */
async function startRoomServer(): Promise<RoomServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const process = await startServerProcess(path.join(dataDir, 'rooms.sqlite'), { port, publicUrl: base });
  return { process, base, loopback: `http://127.0.0.1:${port}` };
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
      const before = remote.latest;
      const view = remote.view;
      const vote = remote.latest?.vote;
      if (view === null || vote === undefined) throw new Error('no view');
      if (view.phase === 'ended') return;
      const negotiation = view.negotiation;
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
      if (!answer.ok && answer.refusal === 'rate-limited') {
        // The server keeps a token to five messages a second; a script is faster than a facilitator.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        continue;
      }
      if (!answer.ok) throw new Error(`refused: ${answer.refusal}`);
      // The answer and the room's update both wait for the journal's commit, in either order: act on the
      // room as this intent left it.
      await expect.poll(() => remote.latest !== before, { timeout: WAIT_MS }).toBe(true);
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
    // Opened by the loopback address, the projector still shows the server's public join address.
    await display.goto(displayLink.replace(server.base, server.loopback));
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

    // The facilitator deletes the room, after confirming; the projector and the phone say it is gone.
    expect(await control.locator('[data-expires-soon]').count()).toBe(0);
    await control.getByRole('button', { name: /Delete this room|이 방 삭제/ }).click();
    await control.getByRole('button', { name: /Keep it|삭제하지 않기/ }).click();
    await control.getByRole('button', { name: /Delete this room|이 방 삭제/ }).click();
    await expectAxeClean(control);
    await shot(control, 'room-control-delete-confirm');
    await control.getByRole('button', { name: /^(Delete the room|방 삭제)$/ }).click();
    for (const page of [control, display, phone])
      await page.locator('.room-gone').waitFor({ timeout: WAIT_MS });
    await expectAxeClean(phone);
    await shot(phone, 'room-phone-gone');
    // A reload finds no room: the phone's token is forgotten and it may join another.
    await phone.reload();
    await phone.locator('form.room-form input[name="code"]').waitFor({ timeout: WAIT_MS });
  }, 300_000);

  test('a negotiation card: the phones vote clause by clause, the facilitator proposes and concludes', async () => {
    const control = await newPage(VIEWPORTS.laptop);
    await control.goto(server.process.controlLink);
    await control.locator('select[name="scenario"]').selectOption('sample-visiting-lab');
    await control.getByRole('button', { name: /Create the room|방 만들기/ }).click();
    const code = (await control.locator('.room-code-value').textContent({ timeout: WAIT_MS })) ?? '';
    const display = await newPage(VIEWPORTS.projector);
    await display.goto(`${server.base}/display?room=${code}`);
    const phone = await newPage(VIEWPORTS.phone);
    await phone.goto(`${server.base}/join?room=${code}`);
    await phone.locator('form.room-form button[type="submit"]').click();
    await phone.locator('.room-card').waitFor({ timeout: WAIT_MS });

    // The sample's first card offers to negotiate: the room votes for it.
    await control.getByRole('button', { name: /Open the vote|투표 열기/ }).click();
    const negotiate = phone.locator('button.room-choice[data-choice="negotiate"]');
    await expect.poll(() => negotiate.isEnabled(), { timeout: WAIT_MS }).toBe(true);
    await negotiate.click();
    await expect.poll(() => negotiate.getAttribute('aria-pressed'), { timeout: WAIT_MS }).toBe('true');
    // A late joiner comes in with the vote open, at this card, and votes.
    const late = await newPage(VIEWPORTS.phone);
    await late.goto(`${server.base}/join?room=${code}`);
    await late.locator('form.room-form button[type="submit"]').click();
    const lateNegotiate = late.locator('button.room-choice[data-choice="negotiate"]');
    await expect.poll(() => lateNegotiate.isEnabled(), { timeout: WAIT_MS }).toBe(true);
    await lateNegotiate.click();
    await expect
      .poll(() => control.locator('[data-voters]').getAttribute('data-voters'), { timeout: WAIT_MS })
      .toBe('2');
    await control.getByRole('button', { name: /Close the vote|투표 닫기/ }).click();
    await control.getByRole('button', { name: /Next card|다음 카드/ }).click();

    // The agreement: every screen shows its clauses; the phone votes on each.
    await display.locator('.room-negotiation .room-clause').first().waitFor({ timeout: WAIT_MS });
    await control.getByRole('button', { name: /Open the vote|투표 열기/ }).click();
    const clauses = phone.locator('.room-negotiation fieldset.room-clause');
    await clauses.first().waitFor({ timeout: WAIT_MS });
    const clauseCount = await clauses.count();
    expect(clauseCount).toBeGreaterThanOrEqual(2);
    const picked: { clause: string; option: string }[] = [];
    for (let i = 0; i < clauseCount; i++) {
      const button = clauses.nth(i).locator('button.room-choice').last();
      await expect.poll(() => button.isEnabled(), { timeout: WAIT_MS }).toBe(true);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: WAIT_MS }).toBe('true');
      picked.push({
        clause: (await button.getAttribute('data-clause')) ?? '',
        option: (await button.getAttribute('data-choice')) ?? '',
      });
    }
    for (const locale of ['en', 'ko'] as const) {
      await showIn(phone, locale);
      await expectAxeClean(phone);
      await shot(phone, 'room-phone-negotiation');
    }
    await expect
      .poll(() => control.locator('[data-voters]').getAttribute('data-voters'), { timeout: WAIT_MS })
      .toBe('1');
    await control.getByRole('button', { name: /Close the vote|투표 닫기/ }).click();

    // The count per clause on the projector; the facilitator's terms preset to the room's vote.
    for (const { clause, option } of picked) {
      const count = display.locator(
        `.room-clause[data-clause="${clause}"] li[data-option="${option}"] .room-count`,
      );
      await expect.poll(() => count.getAttribute('data-count'), { timeout: WAIT_MS }).toBe('1');
      expect(await control.locator(`select[name="clause-${clause}"]`).inputValue()).toBe(option);
    }
    await expectAxeClean(display);
    await shot(display, 'room-display-negotiation-counted');
    // Another late joiner, after the count: the negotiation as it stands, with the room's count.
    const later = await newPage(VIEWPORTS.phone);
    await later.goto(`${server.base}/join?room=${code}`);
    await later.locator('form.room-form button[type="submit"]').click();
    const laterCount = later.locator(
      `.room-clause[data-clause="${picked[0]?.clause}"] li[data-option="${picked[0]?.option}"] .room-count`,
    );
    await expect.poll(() => laterCount.getAttribute('data-count'), { timeout: WAIT_MS }).toBe('1');
    expect(await later.locator('button.room-choice:enabled').count()).toBe(0);
    await expectAxeClean(control);
    await shot(control, 'room-control-negotiation-terms');
    await control.getByRole('button', { name: /Propose these terms|이 조건으로 제안/ }).click();

    // The partner answers: a counter (shown everywhere, then accepted) or at once an agreement or not.
    const accept = control.getByRole('button', { name: /Accept the counter-proposal|수정 제안 수락/ });
    const revealed = display.locator('.room-reveal');
    await expect
      .poll(async () => (await accept.count()) > 0 || (await revealed.count()) > 0, { timeout: WAIT_MS })
      .toBe(true);
    if ((await revealed.count()) === 0) {
      await display.locator('.room-partner-answer').waitFor({ timeout: WAIT_MS });
      await phone.locator('.room-partner-answer').waitFor({ timeout: WAIT_MS });
      await shot(display, 'room-display-negotiation-counter');
      await accept.click();
    }
    for (const page of [display, phone, control]) {
      await page.locator('.room-reveal .room-clause').first().waitFor({ timeout: WAIT_MS });
      // An agreement marks the agreed option of every clause; no deal marks none.
      const heading = (await page.locator('#room-reveal-title').textContent()) ?? '';
      const agreed = /^(Agreement|합의)$/.test(heading);
      expect(agreed || /^(No deal|합의 결렬)$/.test(heading), heading).toBe(true);
      expect(await page.locator('.room-reveal .room-played').count()).toBe(agreed ? clauseCount : 0);
    }
    await expectAxeClean(phone);
    await shot(phone, 'room-phone-negotiation-outcome');
    await shot(display, 'room-display-negotiation-outcome');
  }, 300_000);

  test('a scenario opened from a file is checked by the server: errors listed, a good one played', async () => {
    const sample = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
    const own = sample.replace('"id": "sample-visiting-lab"', '"id": "our-own-workshop"');
    const control = await newPage(VIEWPORTS.laptop);
    await control.goto(server.process.controlLink);
    const input = control.locator('input[name="scenario-file"]');
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });

    await input.setInputFiles(file('broken.json', own.replace('"minutes": ', '"minutes": "many", "x": ')));
    const finding = control.locator('.room-findings li').first();
    await finding.waitFor({ timeout: WAIT_MS });
    expect(Number(await finding.getAttribute('data-line'))).toBeGreaterThan(0);
    expect(await finding.textContent()).toMatch(/^broken\.json/);
    await expectAxeClean(control);
    await shot(control, 'room-control-upload-errors');

    await input.setInputFiles(file('shipped.json', sample));
    await control.getByText(/sample-visiting-lab/).waitFor({ timeout: WAIT_MS });

    await input.setInputFiles(file('ours.json', own));
    await expect
      .poll(() => control.locator('select[name="scenario"]').inputValue(), { timeout: WAIT_MS })
      .toBe('our-own-workshop');
    await shot(control, 'room-control-upload-accepted');
    await control.getByRole('button', { name: /Create the room|방 만들기/ }).click();
    const code = (await control.locator('.room-code-value').textContent({ timeout: WAIT_MS })) ?? '';
    const display = await newPage(VIEWPORTS.hd);
    await display.goto(`${server.base}/display?room=${code}`);
    await display.locator('.room-card').waitFor({ timeout: WAIT_MS });
  }, 300_000);

  test('the studio runs a clean draft in a live room: the control screen opens with it, checked', async () => {
    const page = await newPage(VIEWPORTS.laptop);
    // The facilitator's link first (the host token goes into this browser), then the studio, same origin.
    await page.goto(server.process.controlLink);
    await page.locator('select[name="scenario"]').waitFor({ timeout: WAIT_MS });
    await page.goto(`${server.base}/`);
    await page.locator('button.studio-entry').click({ timeout: WAIT_MS });
    await page
      .getByRole('button', { name: /New from the blank template|빈 템플릿/ })
      .click({ timeout: WAIT_MS });
    const run = page.getByRole('button', { name: /Run in a live room|라이브 방에서 진행/ });
    await expect.poll(() => run.isEnabled(), { timeout: WAIT_MS }).toBe(true);
    const opened = page.context().waitForEvent('page', { timeout: WAIT_MS });
    await run.click();
    const control = await opened;
    await expect
      .poll(() => control.locator('.room-scenario-file [role="status"]').textContent(), { timeout: WAIT_MS })
      .toMatch(/Checked|검사 완료/);
    const chosen = await control.locator('select[name="scenario"]').inputValue();
    expect(await control.locator(`select[name="scenario"] option[value="${chosen}"]`).textContent()).toMatch(
      /your file|직접 연 파일/,
    );
    await shot(control, 'room-control-studio-draft');
  }, 300_000);
});
