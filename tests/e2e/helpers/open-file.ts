import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { act, waitForPhase } from './screens';

/** A scenario file that is not JSON: bare words on line 4 (an LD002 there). */
export const NOT_JSON = '{\n  "format": 1,\n  "id": "broken",\n  this is not JSON\n}\n';

/**
 * The sample scenario with one meter id misspelt (`trust` → `trsut`) in the first choice's effects: an
 * LD104. Only those characters change, so every other line and column stays as in the file.
 */
export function sampleWithTypo(): string {
  const text = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');
  const typo = text.replace(/("effects"\s*:\s*\{[^}]*?)"trust"/, '$1"trsut"');
  if (typo === text) throw new Error('the sample scenario has no "trust" effect to misspell');
  return typo;
}

/**
 * On the scenario screen, chooses a file made of `text` in "Open a scenario file" (as the file picker
 * would) and waits until the status line names it.
 */
export async function openScenarioFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('.open-file input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await page.locator('.open-file-status').getByText(name).first().waitFor({ timeout: 10_000 });
}

type Option = { id: string; text: Record<'ko' | 'en', string>; expert?: unknown };
type EventInput = { id: string; choices?: Option[]; negotiation?: { clauses: { options: Option[] }[] } };

/** The expert line `withExpertLines` gives an option: it names the option, so a test can find it. */
export const expertLine = (id: string) => ({
  ko: `전문가: “${id}”은(는) 무엇을 지키고 무엇을 잃는가.`,
  en: `Expert: what “${id}” protects, and what it costs.`,
});

/**
 * An author's copy of the sample under another id, with an expert line on every option (choices and
 * clause options), for the screens that show the expert view. Returns the file's text and its events.
 */
export function sampleWithExpertLines(id: string): { text: string; events: EventInput[] } {
  const file = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8'));
  file.id = id;
  file.title = { ko: '방문 연구실 (전문가 의견)', en: 'The Visiting Lab, with experts' };
  const events = file.events as EventInput[];
  for (const event of events) {
    for (const option of event.choices ?? []) option.expert = expertLine(option.id);
    for (const clause of event.negotiation?.clauses ?? [])
      for (const option of clause.options) option.expert = expertLine(option.id);
  }
  return { text: JSON.stringify(file, null, 2), events };
}

/**
 * Opens a scenario file and starts it: a clean file plays at once (so the status line may never name
 * it); one with warnings asks first, and its Play button is pressed.
 */
export async function openAndPlay(page: Page, name: string, text: string, play: string): Promise<void> {
  await page
    .locator('.open-file input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  const warned = page.locator('.open-file-status').getByRole('button', { name: play });
  await Promise.race([
    waitForPhase(page, ['intro', 'choosing'], 15_000),
    warned.waitFor({ timeout: 15_000 }),
  ]);
  if ((await warned.count()) > 0) await act(page, play, () => warned.click());
}
