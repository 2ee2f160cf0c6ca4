import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatViolations, scanA11y } from './helpers/axe';
import { reloadGame, VIEWPORTS } from './helpers/game';
import { playDecisions, shotStep, startScenario } from './helpers/play';
import { act, focusInfo, settle, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { plantStorage, RUN_KEY, readSavedRun, readStorage, savedRunIn } from './helpers/storage';
import { messages, readScenario, SAMPLE_ID } from './helpers/text';

// A run is saved after every step and survives a reload; a save the game cannot read is kept aside
// (never thrown away, never written over) and the player is told, and can start again.
const browser = useBrowser();

describe('saving and resuming a run', () => {
  test('after a reload, Continue brings back the same card on the same turn', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.laptop }, async (page) => {
      const m = messages('en');
      const shots = 'resume';
      await startScenario(page, { intro: 'skip', shots });
      const progress = await playDecisions(page, 3, { shots });
      const before = await waitForPhase(page, ['choosing', 'negotiating']);
      const saved = await readSavedRun(page);
      await shotStep(page, shots, 'before-reload');
      expect(progress.decisions).toBe(3);
      expect(saved?.actions.length, 'the save holds the actions taken').toBeGreaterThanOrEqual(6);

      await reloadGame(page);
      await waitForPhase(page, 'title');
      const continueButton = page.getByRole('button', { name: m.continueGame, exact: true });
      expect(await continueButton.count()).toBe(1);
      expect((await focusInfo(page)).description, 'Continue is the title’s first button').toContain(
        m.continueGame,
      );
      await shotStep(page, shots, 'title-with-continue');

      await act(page, m.continueGame, () => continueButton.click());
      const after = await waitForPhase(page, ['choosing', 'negotiating']);
      await shotStep(page, shots, 'after-resume');
      expect(after.heading, 'the same card').toBe(before.heading);
      expect(after.calendar, 'the same turn').toBe(before.calendar);
      expect(after.phase).toBe(before.phase);
      expect(after.enabled).toEqual(before.enabled);
      expect(await readSavedRun(page), 'resuming does not change the save').toEqual(saved);
    });
  });

  test('starting another scenario or opening a file asks before the saved run is replaced (keyboard, ko)', async () => {
    await withGame(browser, { locale: 'ko', viewport: VIEWPORTS.laptop }, async (page) => {
      const m = messages('ko');
      const shots = 'resume-replace';
      await startScenario(page, { intro: 'skip' });
      await playDecisions(page, 2);
      const saved = await readSavedRun(page);
      const turn = Number(
        (await page.locator('.play-screen').textContent())?.match(/(\d+)턴 중 (\d+)턴/)?.[2],
      );
      expect(turn, 'the play screen shows its turn').toBeGreaterThan(0);

      await reloadGame(page);
      await waitForPhase(page, 'title');
      await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame, exact: true }).click());
      await waitForPhase(page, 'select');
      const other = readScenario('dual-use-light').title.ko;
      const play = page
        .locator('.scenario-card')
        .filter({ has: page.getByRole('heading', { name: other, exact: true }) })
        .getByRole('button', { name: m.play });
      const dialog = page.getByRole('dialog', { name: m.replaceRunHeading });

      // Asked, with the saved run named; the safe answer has the focus, and Enter on it keeps the run.
      await play.click();
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(m.replaceRunText(readScenario().title.ko, turn));
      expect((await focusInfo(page)).description).toContain(m.keepRun);
      await shotStep(page, shots, 'asked');
      const violations = await scanA11y(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      expect((await settle(page)).phase).toBe('select');
      expect(await readSavedRun(page), 'kept').toEqual(saved);

      // Esc keeps it too, and stays on the scenario screen.
      await play.click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await settle(page)).phase).toBe('select');

      // A file under a shipped scenario's id is refused with the reason, and the save is untouched.
      const sample = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
      const fileInput = page.locator('.open-file input[type=file]');
      const choose = (name: string, text: string) =>
        fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
      await choose('mine.json', sample);
      await page.locator('.open-file-status').getByText(m.openFileShippedId(SAMPLE_ID)).waitFor();
      expect(await dialog.count()).toBe(0);
      expect(await readSavedRun(page)).toEqual(saved);

      // A file of its own id asks as well, and Replace plays it.
      const own = sample.replace(`"id": "${SAMPLE_ID}"`, '"id": "my-own-lab"');
      await choose('my-own-lab.json', own);
      await dialog.waitFor();
      await act(page, m.replaceRun, () => dialog.getByRole('button', { name: m.replaceRun }).click());
      await waitForPhase(page, ['intro', 'choosing', 'negotiating']);
      expect((await readSavedRun(page))?.scenario.id, 'the new run is saved').toBe('my-own-lab');
    });
  });

  test('a corrupted save is kept aside, the title says so, and a new game starts', async () => {
    await withGame(browser, { locale: 'ko', viewport: VIEWPORTS.hd }, async (page) => {
      const m = messages('ko');
      const shots = 'resume-corrupt';
      await plantStorage(page, { [RUN_KEY]: '{oops' });
      await waitForPhase(page, 'title');

      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible', timeout: 5_000 });
      const notice = (await alert.textContent()) ?? '';
      // The message up to where the reason goes in, e.g. "저장된 게임을 읽을 수 없습니다(".
      const lead = m.saveKeptAside('\u0000').split('\u0000')[0] ?? '';
      expect(notice).toContain(lead);
      expect(notice).toContain('JSON');
      expect(await page.getByRole('button', { name: m.continueGame, exact: true }).count()).toBe(0);
      await shotStep(page, shots, 'title-notice');

      const kept = Object.entries(await readStorage(page)).filter(([key]) =>
        key.startsWith(`${RUN_KEY}.corrupt.`),
      );
      expect(kept, 'the unreadable save is kept under lab-doors.run.corrupt.<time>').toHaveLength(1);
      expect(kept[0]?.[0]).toMatch(/^lab-doors\.run\.corrupt\.\d+$/);
      expect(kept[0]?.[1]).toBe('{oops');
      expect((await readStorage(page))[RUN_KEY]).toBeUndefined();

      const first = await startScenario(page, { intro: 'skip', shots });
      expect(first.phase).toBe('choosing');
      const storage = await readStorage(page);
      expect(savedRunIn(storage[RUN_KEY] ?? '{}')?.scenario.id, 'the new run is saved').toBe(SAMPLE_ID);
      expect(storage[kept[0]?.[0] ?? ''], 'the kept-aside copy is still there').toBe('{oops');
    });
  });

  test('a corrupted save with no room left to keep it aside is said so, and offered as a download', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const m = messages('en');
      const corrupt = `{oops ${'x'.repeat(200_000)}`;
      // The save, then junk until the origin's storage has room for a few kilobytes at most: enough for
      // the game's start-up probe and small writes, not for a copy of the save.
      await page.evaluate((raw) => {
        localStorage.setItem('lab-doors.run', raw);
        let n = 0;
        for (let size = 1 << 20; size >= 4096; size = Math.floor(size / 4)) {
          try {
            for (;;) localStorage.setItem(`junk.${n++}`, 'j'.repeat(size));
          } catch {
            // Full at this size: go on with smaller pieces.
          }
        }
      }, corrupt);
      await reloadGame(page);
      await waitForPhase(page, 'title');
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible', timeout: 5_000 });
      const lead = m.saveNotKept('\u0000').split('\u0000')[0] ?? '';
      expect((await alert.textContent()) ?? '').toContain(lead);
      expect((await alert.textContent()) ?? '').not.toContain(m.saveKeptAside('\u0000').split('\u0000')[1]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shotStep(page, 'resume-not-kept', 'title-notice');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        alert.getByRole('button', { name: m.downloadUnreadable }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);
      expect(download.suggestedFilename()).toBe('lab-doors-unreadable-save.json');
      await page.evaluate(() => localStorage.clear());
    });
  });
});
