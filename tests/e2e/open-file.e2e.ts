import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type Diagnostic, loadScenario, MAX_FILE_CHARACTERS, messageIn } from '../../src/engine';
import { VIEWPORTS } from './helpers/game';
import { NOT_JSON, openScenarioFile, sampleWithTypo } from './helpers/open-file';
import { finishIntro, newProgress, openDebrief, playStep, shotStep } from './helpers/play';
import { act, settle, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { messages, readScenario } from './helpers/text';

// "Open a scenario file" on the scenario screen: a broken file is listed with its problems (code and
// line:column, as `npm run validate` prints them) and not played; a valid one plays, and its text is
// shown as the characters it is, never as markup.
const browser = useBrowser();

const TYPO_TEXT = sampleWithTypo();
const HTML_FIXTURE = 'tests/fixtures/e2e/html-text.json';
const html = readScenario(HTML_FIXTURE);
const htmlEvent = html.events[0];

/** What the game's own loader finds in the file: what the page must list. */
function errorsIn(file: string, text: string): Diagnostic[] {
  return loadScenario(file, text).diagnostics.filter((d) => d.severity === 'error');
}

/** 1-based line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Every element inside `selector` that markup in scenario text would have made. */
async function markupElements(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} :is(img, script, b, iframe, svg image)`)
    .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 80)));
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

describe('opening a scenario file', () => {
  test('broken files are listed with their code and line:column, and not played', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const m = messages('en');
      const shots = 'open-file';
      await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
      await waitForPhase(page, 'select');

      // Not JSON: LD002 where the parser stopped.
      const syntax = errorsIn('broken.json', NOT_JSON);
      expect(syntax.map((d) => d.code)).toContain('LD002');
      await openScenarioFile(page, 'broken.json', NOT_JSON);
      const status = page.locator('.open-file-status');
      const items = status.locator('.diagnostics li');
      await items.first().waitFor();
      const first = syntax.find((d) => d.code === 'LD002');
      expect(await status.textContent()).toContain(m.openFileProblems(syntax.length));
      expect(await items.first().textContent()).toMatch(
        new RegExp(`^${first?.line}:${first?.column}\\b.*LD002`),
      );
      expect(first?.line, 'the parser stops on the line with the bare words').toBe(4);
      await status.scrollIntoViewIfNeeded();
      await shotStep(page, shots, 'not-json');

      // A misspelt meter id: LD104 at the key, with its JSON path.
      const typo = errorsIn('typo.json', TYPO_TEXT);
      const ld104 = typo.find((d) => d.code === 'LD104');
      expect(ld104, 'the loader reports the misspelt meter').toBeDefined();
      expect(ld104?.line).toBe(positionOf(TYPO_TEXT, '"trsut"').line);
      await openScenarioFile(page, 'typo.json', TYPO_TEXT);
      const typoItem = items.filter({ hasText: 'LD104' });
      await typoItem.first().waitFor();
      const typoText = (await typoItem.first().textContent()) ?? '';
      expect(typoText).toMatch(new RegExp(`^${ld104?.line}:${ld104?.column}\\b`));
      expect(typoText).toContain('effects.trsut');
      expect(typoText).toContain('trsut');
      expect(await items.count()).toBe(typo.length);
      await status.scrollIntoViewIfNeeded();
      await shotStep(page, shots, 'typo');

      // Not a .json file at all: refused before it is read.
      await page.locator('.open-file input[type=file]').setInputFiles({
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('hello'),
      });
      await status.getByText(m.openFileNotJson).waitFor();
      expect((await settle(page)).phase, 'nothing was played').toBe('select');
    });
  });

  test('a Korean player reads the problems in Korean', async () => {
    await withGame(browser, { locale: 'ko', viewport: VIEWPORTS.phone }, async (page) => {
      const m = messages('ko');
      await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
      await waitForPhase(page, 'select');
      const ld104 = errorsIn('typo.json', TYPO_TEXT).find((d) => d.code === 'LD104');
      if (ld104 === undefined) throw new Error('the loader did not report the misspelt meter');
      await openScenarioFile(page, 'typo.json', TYPO_TEXT);
      const item = page.locator('.open-file-status .diagnostics li').filter({ hasText: 'LD104' });
      await item.first().waitFor();
      const text = (await item.first().textContent()) ?? '';
      expect(text).toContain(messageIn(ld104, 'ko'));
      expect(text).toContain('알 수 없는 미터 "trsut"');
      expect(text).not.toContain('unknown meter');
      await page.locator('.open-file-status').scrollIntoViewIfNeeded();
      await shotStep(page, 'open-file', 'typo-ko');
    });
  });

  test('a valid file plays, and markup in its text shows as text', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.laptop }, async (page) => {
      const m = messages('en');
      const shots = 'open-file-html';
      expect(errorsIn(HTML_FIXTURE, readFileSync(HTML_FIXTURE, 'utf8')), 'the fixture is valid').toEqual([]);
      await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
      await waitForPhase(page, 'select');
      await page.locator('.open-file input[type=file]').setInputFiles(HTML_FIXTURE);
      // A clean file plays at once; one with warnings lists them first, with a Play button.
      const warned = page.locator('.open-file-status').getByRole('button', { name: m.play });
      await Promise.race([
        waitForPhase(page, ['intro', 'choosing'], 15_000),
        warned.waitFor({ timeout: 15_000 }),
      ]);
      if ((await warned.count()) > 0) await act(page, m.play, () => warned.click());
      const card = await finishIntro(page, { intro: 'skip' });
      expect(card.phase).toBe('choosing');
      await shotStep(page, shots, 'card');

      expect(card.heading).toBe(htmlEvent?.title.en);
      expect(card.heading).toContain('<img src=x onerror="window.__pwned=1">');
      expect(card.heading).toContain('<b>bold</b>');
      expect(await page.locator('.event-card .event-text').textContent()).toBe(htmlEvent?.text.en);
      const choice = page.locator('.choices button[data-choice="1"] .choice-text');
      expect(await choice.textContent()).toBe(htmlEvent?.choices?.[0]?.text.en);
      expect(await page.locator('main.play-screen').getAttribute('aria-label')).toBe(html.title.en);
      expect(await markupElements(page, '.event-card')).toEqual([]);
      expect(await markupElements(page, '#overlay')).toEqual([]);

      const progress = newProgress();
      const outcome = await playStep(page, progress, { pick: () => 1 });
      expect(outcome.phase).toBe('outcome');
      await shotStep(page, shots, 'outcome');
      const feedback = (await page.locator('.outcome .feedback').allTextContents()).join('\n');
      expect(feedback).toContain('<script>window.__pwned=2</script>');
      expect(feedback).toContain('<b>bold</b>');
      expect(await markupElements(page, '#overlay')).toEqual([]);

      await playStep(page, progress);
      const ending = await waitForPhase(page, 'ended');
      expect(ending.heading).toContain('<b>bold</b>');
      await shotStep(page, shots, 'ending');
      await openDebrief(page, { shots });
      const debrief = (await page.locator('.debrief-screen').textContent()) ?? '';
      expect(debrief).toContain('Lesson <b>bold</b> <script>window.__pwned=2</script>');
      expect(debrief).toContain('Question <b>bold</b>?');
      expect(await markupElements(page, '#overlay')).toEqual([]);
      expect(await pwned(page), 'no script from the scenario ran').toBeUndefined();
    });
  });

  test('a hostile file is checked in a worker, off the page, and the worker is stopped after', async () => {
    await withGame(browser, { locale: 'ko', viewport: VIEWPORTS.hd }, async (page) => {
      const m = messages('ko');
      const workers: { url: string; closed: boolean }[] = [];
      page.on('worker', (worker) => {
        const seen = { url: worker.url(), closed: false };
        workers.push(seen);
        worker.on('close', () => {
          seen.closed = true;
        });
      });
      await act(page, m.newGame, () => page.getByRole('button', { name: m.newGame }).click());
      await waitForPhase(page, 'select');
      // The longest the page's own thread is busy from a file being chosen until its check is shown (not
      // while the test transfers the file into the browser): a figure, not a test.
      await page.evaluate(() => {
        const w = window as unknown as { __longestGap: number };
        w.__longestGap = 0;
        let last = performance.now();
        document.querySelector('.open-file input[type=file]')?.addEventListener('change', () => {
          w.__longestGap = 0;
          last = performance.now();
        });
        window.setInterval(() => {
          const now = performance.now();
          w.__longestGap = Math.max(w.__longestGap, now - last);
          last = now;
        }, 10);
      });
      for (const [name, text, code] of [
        ['any-list.json', flatAnyList(), 'LD005'],
        ['deep.json', deeplyNested(), 'LD004'],
      ] as const) {
        await openScenarioFile(page, name, text);
        await page.locator('.open-file-status .diagnostics li').filter({ hasText: code }).first().waitFor();
        const gap = await page.evaluate(() => (window as unknown as { __longestGap: number }).__longestGap);
        console.log(
          `open-file: ${name} (${(text.length / 1e6).toFixed(1)} MB) checked in a worker; the page's longest busy spell meanwhile ${gap.toFixed(0)} ms`,
        );
      }
      expect(workers.length, 'each file was checked in a worker of its own').toBe(2);
      expect(workers.every((w) => /worker/.test(w.url))).toBe(true);
      await page.waitForFunction(() => true);
      await expect.poll(() => workers.every((w) => w.closed), { timeout: 10_000 }).toBe(true);
      await page.locator('.open-file-status').scrollIntoViewIfNeeded();
      await shotStep(page, 'open-file-hostile', 'any-list');
    });
  });
});

/**
 * The sample with one condition that is a flat list of empty conditions, as many as keep the file just
 * under the loader's 2,000,000 characters (about 600,000): the worst a file it reads can be.
 */
function flatAnyList(): string {
  const text = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
  const entries = Math.floor((MAX_FILE_CHARACTERS - text.length - 100) / 3);
  const list = `{"any": [${Array.from({ length: entries }, () => '{}').join(',')}]}`;
  const hostile = text.replace(/"when"\s*:\s*\{/, `"when": ${list}, "unused": {`);
  if (hostile === text) throw new Error('the sample has no "when" to replace');
  return hostile;
}

/** The sample with one condition nested 100,000 deep. */
function deeplyNested(): string {
  const text = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
  const deep = `${'{"not": '.repeat(100_000)}{}${'}'.repeat(100_000)}`;
  const hostile = text.replace(/"when"\s*:\s*\{/, `"when": ${deep}, "unused": {`);
  if (hostile === text) throw new Error('the sample has no "when" to replace');
  return hostile;
}
