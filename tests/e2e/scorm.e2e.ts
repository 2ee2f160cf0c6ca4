import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launchChromium } from './helpers/browser';
import { playDecisions, playToEnd, startScenario } from './helpers/play';
import { expectNoProblems, watchProblems } from './helpers/problems';
import { type Snapshot, settle, snapshot, waitForPhase } from './helpers/screens';
import { SAMPLE_ID } from './helpers/text';

/**
 * The SCORM 1.2 package (`npm run build:scorm`, built here: the e2e suite builds only `dist/`) in a
 * test LMS: tests/fixtures/lms/parent.html puts scorm-again's Scorm12API in the parent window as
 * window.API and launches the unzipped package in an iframe, all from one origin as in a real LMS.
 */
const ZIP = 'dist-scorm/lab-doors-scorm12.zip';
const SUSPEND_DATA_LIMIT = 4096;

interface LmsData {
  readonly cmi: {
    readonly core: Record<string, string> & { readonly score: Record<string, string> };
    readonly suspend_data: string;
    readonly interactions: Record<
      string,
      { id: string; type: string; objectives: unknown; student_response: string }
    >;
    readonly objectives?: Record<string, { id: string; status: string }>;
  };
  readonly initialized: boolean;
  readonly terminated: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

let root: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const built = spawnSync('npx', ['tsx', 'scripts/build-scorm.ts'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build:scorm failed:\n${built.stdout}\n${built.stderr}`);
  root = mkdtempSync(path.join(tmpdir(), 'lab-doors-lms-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    const file = path.join(root, 'course', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  mkdirSync(path.join(root, 'lms'));
  copyFileSync('tests/fixtures/lms/parent.html', path.join(root, 'lms', 'parent.html'));
  copyFileSync('tests/fixtures/lms/lms.js', path.join(root, 'lms', 'lms.js'));
  copyFileSync('node_modules/scorm-again/dist/scorm12.js', path.join(root, 'lms', 'scorm12.js'));
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(
      root,
      path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''),
    );
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The course's frame, once its page has loaded; the play helpers drive it like a page. */
async function courseFrame(page: Page): Promise<Page> {
  const frame = page.frames().find((f) => f.url().endsWith('/course/index.html')) as Frame | undefined;
  if (frame === undefined) throw new Error('the course frame did not load');
  await frame.waitForLoadState('load');
  // The helpers use only what Frame shares with Page (locators, evaluate, waitForFunction).
  return frame as unknown as Page;
}

const lmsData = (page: Page) => page.evaluate(() => (window as unknown as { lmsData(): LmsData }).lmsData());

function sampleObjectiveIds(): string[] {
  const file = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8')) as {
    objectives: { id: string }[];
  };
  return file.objectives.map((o) => o.id);
}

function sampleRubric(): { endings: Record<string, number>; passingScore: number } {
  return JSON.parse(readFileSync(`scenarios/${SAMPLE_ID}.json`, 'utf8')).rubric;
}

describe('the SCORM 1.2 package in an LMS (scorm-again as the API)', () => {
  test('has a manifest naming one SCO and every file', () => {
    const files = Object.keys(unzipSync(readFileSync(ZIP)));
    const manifest = new TextDecoder().decode(unzipSync(readFileSync(ZIP))['imsmanifest.xml']);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    for (const file of files.filter((f) => f !== 'imsmanifest.xml'))
      expect(manifest).toContain(`href="${file}"`);
    expect(
      files.filter((f) => f.includes('studio')),
      'the scenario studio stays out of the package',
    ).toEqual([]);
    const index = new TextDecoder()
      .decode(unzipSync(readFileSync(ZIP))['index.html'])
      .replaceAll('&#39;', "'");
    expect(index).toMatch(/script-src 'self'/);
    expect(index).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test('reports decisions, status, suspend data and score; a new session resumes from the suspend data', async () => {
    const page = await browser.context.newPage();
    try {
      // Console errors, failed requests and CSP violations in the course frame count too.
      const problems = watchProblems(page);
      await page.goto(`${base}/lms/parent.html`);
      await page.evaluate(() =>
        (window as unknown as { launchCourse(s: unknown): Promise<void> }).launchCourse(null),
      );
      let course = await courseFrame(page);
      await startScenario(course, { scenario: SAMPLE_ID, intro: 'skip' });
      await playDecisions(course, 3);
      const card: Snapshot = await settle(course);
      expect(['choosing', 'negotiating']).toContain(card.phase);

      const during = await lmsData(page);
      expect(during.initialized).toBe(true);
      expect(during.cmi.core.lesson_status).toBe('incomplete');
      expect(during.cmi.core.exit).toBe('suspend');
      expect(during.cmi.core.lesson_location).toMatch(new RegExp(`^${SAMPLE_ID}/3/`));
      const interactions = Object.values(during.cmi.interactions);
      expect(interactions).toHaveLength(3);
      for (const [n, interaction] of interactions.entries()) {
        expect(interaction.id).toMatch(new RegExp(`^d${n + 1}_[A-Za-z][\\w-]*$`));
        expect(interaction.type).toBe('choice');
        expect(interaction.student_response).not.toBe('');
        expect(JSON.stringify(interaction.objectives)).toMatch(/"id":"[A-Za-z][\w-]*"/);
      }
      // Objectives are reported with the score, when the run ends.
      expect(Object.values(during.cmi.objectives ?? {})).toEqual([]);
      expect(during.cmi.suspend_data.startsWith('LD1')).toBe(true);
      expect(during.cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);

      // The learner leaves: the course calls LMSFinish; the LMS keeps what it was given.
      await page.evaluate(() => (window as unknown as { closeCourse(): Promise<void> }).closeCourse());
      const left = await lmsData(page);
      expect(left.terminated).toBe(true);
      expect(left.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
      // Another computer: nothing in this browser's storage, only what the LMS kept.
      await page.evaluate(() => localStorage.clear());
      const stored = {
        core: {
          entry: 'resume',
          lesson_status: left.cmi.core.lesson_status,
          lesson_location: left.cmi.core.lesson_location,
        },
        suspend_data: left.cmi.suspend_data,
      };
      await page.evaluate(
        (s) => (window as unknown as { launchCourse(s: unknown): Promise<void> }).launchCourse(s),
        stored,
      );
      course = await courseFrame(page);
      // The LMS kept the run, so the course goes straight back to it: no title screen, no Continue.
      await waitForPhase(course, ['choosing', 'negotiating']);
      const resumed = await snapshot(course);
      expect(resumed.heading).toBe(card.heading);
      expect(resumed.calendar).toBe(card.calendar);
      expect(resumed.enabled).toEqual(card.enabled);

      const progress = await playToEnd(course);
      const done = await lmsData(page);
      const ending = /\/ending\.([A-Za-z][\w-]*)$/.exec(done.cmi.core.lesson_location ?? '')?.[1] ?? '';
      const rubric = sampleRubric();
      const score = rubric.endings[ending];
      expect(score, `ending "${ending}" in the rubric`).toBeTypeOf('number');
      expect(Number(done.cmi.core.score.raw)).toBe(score);
      expect(done.cmi.core.score.max).toBe('100');
      expect(done.cmi.core.lesson_status).toBe((score ?? 0) >= rubric.passingScore ? 'passed' : 'failed');
      expect(done.cmi.core.exit).toBe('');
      // Each learning objective as cmi.objectives.n: the scenario's id and a SCORM 1.2 status.
      const objectives = Object.values(done.cmi.objectives ?? {});
      expect(objectives.map((o) => o.id)).toEqual(sampleObjectiveIds());
      for (const o of objectives) expect(['passed', 'failed', 'not attempted']).toContain(o.status);
      // The second session reported only its own decisions, numbered on from the first's.
      const later = Object.values(done.cmi.interactions);
      expect(later).toHaveLength(progress.decisions);
      expect(later[0]?.id).toMatch(/^d4_/);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test("a keyboard user starts on the course's first control, not on the LMS page around it", async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      await page.goto(`${base}/lms/parent.html`);
      // A first visit (the earlier tests' saved run, same origin, would put Continue first).
      await page.evaluate(() => localStorage.clear());
      // An LMS page has its own controls before the course (Moodle: navigation, breadcrumbs…).
      await page.evaluate(() => {
        const nav = document.createElement('nav');
        for (let i = 1; i <= 9; i++)
          nav.append(Object.assign(document.createElement('a'), { href: '#', textContent: `LMS link ${i}` }));
        document.body.prepend(nav);
      });
      // …and, like Moodle's player, shows the course's frame only once it has loaded: a control in a
      // frame that is not shown yet cannot take focus.
      await page.evaluate(() => {
        const frame = document.getElementById('course') as HTMLIFrameElement;
        frame.style.display = 'none';
        frame.addEventListener('load', () => setTimeout(() => frame.style.removeProperty('display'), 300), {
          once: true,
        });
      });
      await page.evaluate(() =>
        (window as unknown as { launchCourse(s: unknown): Promise<void> }).launchCourse(null),
      );
      const course = await courseFrame(page);
      await waitForPhase(course, 'title');
      await page.locator('#course').waitFor({ state: 'visible' });
      await course.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('course');
      expect(await course.evaluate(() => document.activeElement?.textContent)).toBe('New game');
      // The very first key press acts on the game.
      await page.keyboard.press('Enter');
      await waitForPhase(course, 'select');
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('outside an LMS the same package plays normally', async () => {
    const page = await browser.context.newPage();
    try {
      const problems = watchProblems(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${base}/course/index.html`);
      await startScenario(page, { scenario: SAMPLE_ID, intro: 'skip' });
      await playDecisions(page, 2);
      expect(['choosing', 'negotiating', 'ended']).toContain((await snapshot(page)).phase);
      // No LMS found: the adapter is not even loaded.
      expect(requested.filter((url) => url.includes('scorm-adapter'))).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});
