import type { Finding } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import type { Scenario } from '../format/scenario';

/**
 * The addresses a sources file lists: every http(s) address inside its fenced `json` blocks (the
 * project's docs/sources.md states one entry per block, its `urls` among them).
 */
export function sourceUrls(markdown: string): Set<string> {
  const urls = new Set<string>();
  for (const block of markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)) {
    for (const url of (block[1] ?? '').matchAll(/https?:\/\/[^\s"'<>]+/g)) urls.add(url[0]);
  }
  return urls;
}

/**
 * LD505: a reference address that the sources file does not list. Only `validate` runs this, and only
 * when it finds a sources file beside the scenarios: an author outside the project has none, and a
 * draft that cites elsewhere is still a valid file.
 */
export function checkCitedSources(
  scenario: Pick<Scenario, 'references'>,
  listed: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  scenario.references.forEach((reference, i) => {
    if (reference.url !== undefined && !listed.has(reference.url))
      findings.push(finding('LD505', ['references', i, 'url'], { url: reference.url }));
  });
  return findings;
}
