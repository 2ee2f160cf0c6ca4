import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

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
