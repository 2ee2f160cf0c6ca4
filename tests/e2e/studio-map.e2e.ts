import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine';
import { playHeat } from '../../src/studio/heat/heat-job';
import { studioMessages } from '../../src/studio/i18n';
import { mapMessages } from '../../src/studio/i18n/map';
import { buildGraph, type NodeKey, titleIn } from '../../src/studio/map/graph';
import { heatByNode, percent } from '../../src/studio/map/heat-shares';
import { layoutGraph, neighbour } from '../../src/studio/map/layout';
import { templateFromShipped } from '../../src/studio/shipped-template';
import { formatViolations, scanA11y } from './helpers/axe';
import type { GameLocale } from './helpers/game';
import { tabTo, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { shot } from './helpers/shot';
import { messages } from './helpers/text';

// The studio's map with the flagship as template (73 events) at projector size: it shows every node,
// the arrow keys move as the layout says, Enter opens the item in the forms, the list view lists the
// same, a planted mistake is pinned on its card and its badge goes to the finding, and the heat's
// figures are Node's for the same seed; axe clean on the map and the list in both languages.
const browser = useBrowser();
const FLAGSHIP = 'after-the-summit';
const VIEWPORT = { name: 'projector-small', width: 1280, height: 800 } as const;
const TEXT = templateFromShipped(readFileSync(`scenarios/${FLAGSHIP}.json`, 'utf8'), FLAGSHIP);
const scenario = loadScenario('draft.json', TEXT).scenario;
if (scenario === undefined) throw new Error('the flagship template does not load');
const graph = buildGraph(scenario);
const layout = layoutGraph(graph);
/** Planted: a meter id misspelt in the flagship's second event: an error pinned on that card. */
const SECOND = scenario.events[1]?.id ?? '';

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const violations = await scanA11y(page);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The whole text at once, as a paste would (typing 600 kB through `fill` takes longer than a test). */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#studio-json').evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const focusedKey = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? document.activeElement?.id ?? '');

async function openFlagshipMap(page: Page, locale: GameLocale): Promise<void> {
  const s = studioMessages(locale);
  const m = mapMessages(locale);
  await waitForPhase(page, 'title');
  await page.getByRole('button', { name: messages(locale).scenarioStudio }).click();
  await page.locator('#studio-shipped').selectOption(FLAGSHIP);
  await page.getByRole('button', { name: s.useTemplate }).click();
  await page.locator('#studio-tab-forms').waitFor();
  await page.locator('.findings-summary').getByText(s.clean).waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: m.tabMap }).click();
  await page.locator('.studio-map .map-node').first().waitFor({ timeout: 20_000 });
}

async function mapAndList(locale: GameLocale): Promise<void> {
  await withGame(browser, { locale, viewport: VIEWPORT }, async (page) => {
    const m = mapMessages(locale);
    await openFlagshipMap(page, locale);
    expect(await page.locator('.studio-map .map-node').count()).toBe(graph.nodes.length);
    await shot(page, `studio-map-${locale}`);
    await expectAxeClean(page, `the map (${locale})`);

    // Tab reaches the map's first node (after its scrolling box); arrows move as the layout says.
    const first = layout.columns[0]?.keys[0] as NodeKey;
    await tabTo(page, { selector: '.map-node' }, { max: 40 });
    expect(await focusedKey(page)).toBe(first);
    let expected: NodeKey = first;
    for (const [key, direction] of [
      ['ArrowRight', 'right'],
      ['ArrowDown', 'down'],
      ['ArrowDown', 'down'],
      ['ArrowRight', 'right'],
      ['End', 'last'],
      ['ArrowLeft', 'left'],
      ['Home', 'first'],
    ] as const) {
      await page.keyboard.press(key);
      expected = neighbour(layout, expected, direction);
      expect(await focusedKey(page), `${key} from the previous node`).toBe(expected);
    }
    await shot(page, `studio-map-${locale}-keyboard`);

    // Enter opens the item in the forms, its heading focused.
    const node = layout.placed.get(expected)?.node;
    if (node === undefined) throw new Error(`no node ${expected}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'form-panel-heading');
    expect(await page.locator('#studio-tab-forms').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#form-panel-heading').textContent()).toContain(titleIn(node, locale));

    // The list view: the same nodes, each with its links; a link moves focus to the linked entry.
    await page.getByRole('tab', { name: m.tabMap }).click();
    await page.getByRole('button', { name: m.asList, exact: true }).click();
    const items = page.locator('.map-list-item');
    expect(await items.count()).toBe(graph.nodes.length);
    const titles = await page.locator('.map-list-title button').allTextContents();
    expect(titles).toEqual([...layout.placed.values()].map((p) => titleIn(p.node, locale)));
    const edge = graph.edges.find((e) => e.kind === 'schedule');
    if (edge === undefined) throw new Error('the flagship schedules nothing');
    const from = items.nth([...layout.placed.keys()].indexOf(edge.from));
    await from.locator('dd').nth(1).locator('a').first().click();
    expect(await focusedKey(page)).toBe(`studio-list-${edge.to.replace(':', '-')}`);
    await shot(page, `studio-map-${locale}-list`);
    await expectAxeClean(page, `the list view (${locale})`);
  });
}

describe('the studio map', () => {
  test('English: the flagship map, its keys, Enter to the forms, the list view', {
    timeout: 180_000,
  }, async () => {
    await mapAndList('en');
  });

  test('Korean: the same', { timeout: 180_000 }, async () => {
    await mapAndList('ko');
  });

  test('a mistake is pinned on its card, and the heat shows Node’s figures', {
    timeout: 400_000,
  }, async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORT }, async (page) => {
      const m = mapMessages('en');
      await openFlagshipMap(page, 'en');

      // A misspelt meter in the second event: the map keeps its last good drawing, with the error pinned.
      const event = TEXT.indexOf(`"id": "${SECOND}"`);
      const effects = TEXT.indexOf('"effects": {', event);
      const meter = TEXT.indexOf('"', effects + '"effects": {'.length);
      const broken = `${TEXT.slice(0, meter + 1)}zz${TEXT.slice(meter + 1)}`;
      await page.getByRole('tab', { name: m.tabJson }).click();
      await paste(page, broken);
      await page.getByRole('tab', { name: m.tabMap }).click();
      const badge = page.locator(`[data-badge="event:${SECOND}"]`);
      await badge.waitFor({ timeout: 60_000 });
      expect(await badge.getAttribute('aria-label')).toBe(m.findingsBadge(1, 0));
      await badge.click();
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(focused).toContain('LD104');
      await shot(page, 'studio-map-en-badge');
      await page.getByRole('tab', { name: m.tabJson }).click();
      await paste(page, TEXT);
      await page.getByRole('tab', { name: m.tabMap }).click();
      await badge.waitFor({ state: 'detached', timeout: 60_000 });

      // The heat, 1,000 runs per style: the same figures Node computes for the draft's text and seed.
      await page.locator('.studio-heat-controls select').first().selectOption('1000');
      await page.getByRole('button', { name: m.runHeat }).click();
      await page.locator('.heat-selection').waitFor({ timeout: 300_000 });
      const job = playHeat(TEXT, { runs: 1000, seed: 1, file: 'draft.json' });
      let step = job.next();
      while (!step.done) step = job.next();
      if (step.value.kind !== 'heat') throw new Error('the flagship has problems');
      const result = step.value.result;
      const status = (await page.locator('.heat-status').textContent()) ?? '';
      expect(status).toContain(m.heatDone(1000, result.reports.length, '').replace(/ in {2}s\.$/, ''));
      const shares = heatByNode(result, 'all');
      for (const key of [`event:${SECOND}`, `ending:${scenario.endings[0]?.id}`] as NodeKey[]) {
        const share = percent(shares.get(key)?.share ?? -1);
        expect(await page.locator(`[data-key="${key}"]`).textContent()).toContain(share);
      }
      await page.locator('.studio-heat-findings').getByText(m.guessability).waitFor();
      await shot(page, 'studio-map-en-heat');
      await expectAxeClean(page, 'the map with its heat');
    });
  });
});
