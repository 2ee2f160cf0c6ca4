import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { studioMessages } from '../../src/studio/i18n';
import { mapMessages } from '../../src/studio/i18n/map';
import { templateFromShipped } from '../../src/studio/shipped-template';
import { type Browser, launchChromium } from './helpers/browser';
import { NOT_JSON, openScenarioFile, sampleWithTypo } from './helpers/open-file';
import { playToEnd, startScenario } from './helpers/play';
import { expectNoProblems, watchProblems } from './helpers/problems';
import { snapshot, waitForPhase } from './helpers/screens';
import { showJsonView } from './helpers/studio';
import { messages, SAMPLE_ID, uiLocale } from './helpers/text';

/** The offline single file, built here (`npm run build:offline`): the e2e suite builds only `dist/`. */
const FILE = path.resolve('dist-offline/lab-doors.html');

let browser: Browser;
beforeAll(async () => {
  const built = spawnSync('node', ['scripts/build-offline.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build:offline failed:\n${built.stdout}\n${built.stderr}`);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('the offline file (dist-offline/lab-doors.html)', () => {
  test('is one file with a CSP that allows inline script but not eval, and no external reference', () => {
    const html = readFileSync(FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'none'");
    expect(html).not.toMatch(/<script[^>]* src=/);
    expect(html).not.toMatch(/<link[^>]* href="(?!data:)/);
  });

  test('plays the sample scenario from file:// to its ending, with no request leaving the file', async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      const requests: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
      });
      const url = pathToFileURL(FILE).href;
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await startScenario(page, { scenario: SAMPLE_ID, intro: 'skip' });
      await page.locator('canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
      const progress = await playToEnd(page);
      expect((await snapshot(page)).phase).toBe('ended');
      expect(progress.decisions).toBeGreaterThan(0);
      // The Korean font is inside the file, and used.
      const hangul = await page.evaluate(() => document.fonts.check('16px "Pretendard Variable"', '연구실'));
      expect(hangul).toBe(true);
      expect(requests).toEqual([url]);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('opens a scenario file: checked on the page (no worker from file://), then played', async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(pathToFileURL(FILE).href, { waitUntil: 'load' });
      await waitForPhase(page, 'title');
      const m = messages(await uiLocale(page));
      await page.getByRole('button', { name: m.newGame, exact: true }).click();
      await waitForPhase(page, 'select');
      await openScenarioFile(page, 'broken.json', NOT_JSON);
      await page.locator('.open-file-status .diagnostics li').filter({ hasText: 'LD002' }).first().waitFor();
      await openScenarioFile(page, 'typo.json', sampleWithTypo());
      await page.locator('.open-file-status .diagnostics li').filter({ hasText: 'LD104' }).first().waitFor();
      await page.locator('.open-file input[type=file]').setInputFiles({
        name: 'mine.json',
        mimeType: 'application/json',
        // Under an id of its own: one under a shipped scenario's id is refused.
        buffer: Buffer.from(
          readFileSync('scenarios/sample-visiting-lab.json', 'utf8').replace(
            '"id": "sample-visiting-lab"',
            '"id": "my-own-lab"',
          ),
        ),
      });
      const warned = page.locator('.open-file-status').getByRole('button', { name: m.play });
      // The first test's run is saved in this file's storage when it ran: starting asks to replace it.
      const replace = page.getByRole('dialog').getByRole('button', { name: m.replaceRun });
      for (const _step of ['warnings', 'replace']) {
        await Promise.race([
          waitForPhase(page, ['intro', 'choosing'], 15_000),
          warned.or(replace).first().waitFor({ timeout: 15_000 }),
        ]);
        if ((await replace.count()) > 0) await replace.click();
        else if ((await warned.count()) > 0) await warned.click();
      }
      expect(['intro', 'choosing']).toContain((await waitForPhase(page, ['intro', 'choosing'])).phase);
      expect(workers).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test("a studio template is the shipped file's own text, unpacked in the page, with only its id changed", async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      await page.goto(pathToFileURL(FILE).href, { waitUntil: 'load' });
      await waitForPhase(page, 'title');
      const s = studioMessages(await uiLocale(page));
      await page.locator('button.studio-entry').click();
      await page.locator('#studio-shipped').selectOption(SAMPLE_ID);
      await page.getByRole('button', { name: s.useTemplate }).click();
      await showJsonView(page);
      const editor = page.locator('#studio-json');
      const file = readFileSync(`scenarios/${SAMPLE_ID}.json`, 'utf8');
      expect(await editor.inputValue()).toBe(templateFromShipped(file, SAMPLE_ID));
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('the studio map runs the heat on the page (no worker from file://)', {
    timeout: 300_000,
  }, async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(pathToFileURL(FILE).href, { waitUntil: 'load' });
      await waitForPhase(page, 'title');
      const locale = await uiLocale(page);
      const s = studioMessages(locale);
      const m = mapMessages(locale);
      await page.locator('button.studio-entry').click();
      await page.locator('#studio-shipped').selectOption(SAMPLE_ID);
      await page.getByRole('button', { name: s.useTemplate }).click();
      await page.locator('.findings-summary').getByText(s.clean).waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: m.tabMap }).click();
      await page.locator('.studio-heat-controls select').first().selectOption('1000');
      await page.getByRole('button', { name: m.runHeat }).click();
      await page.locator('.heat-selection').waitFor({ timeout: 240_000 });
      expect(await page.locator('.heat-status').textContent()).toMatch(/\d/);
      expect(await page.locator('.map-node.heat-most, .map-node.heat-often').count()).toBeGreaterThan(0);
      expect(workers).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});
