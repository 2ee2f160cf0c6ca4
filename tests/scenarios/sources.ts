import { readFileSync } from 'node:fs';

/** One entry of docs/sources.md, as its fenced `json` block states it. */
export interface SourceEntry {
  readonly id: string;
  readonly kind: string;
  readonly dates: readonly { readonly date: string; readonly what: string }[];
  readonly urls: readonly string[];
  readonly window: { readonly from: string | null; readonly until: string | null };
  readonly uncertain?: boolean;
}

const KINDS = new Set(['law', 'rule', 'agency', 'agreement', 'guidance', 'case', 'statistic']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Reads every fenced `json` block of the sources file and checks its shape, so that a typo in the file
 * fails with the entry's id rather than as a silent gap in the checks that use it.
 */
export function readSources(path = 'docs/sources.md'): SourceEntry[] {
  const text = readFileSync(path, 'utf8');
  const blocks = [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  return blocks.map((block, i) => checkEntry(JSON.parse(block) as SourceEntry, i));
}

function checkEntry(entry: SourceEntry, index: number): SourceEntry {
  const where = `sources entry ${index + 1} (${entry.id ?? 'no id'})`;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof entry.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(entry.id))
    fail('id must be lowercase words with hyphens');
  if (!KINDS.has(entry.kind)) fail(`kind must be one of ${[...KINDS].join(', ')}`);
  if (!Array.isArray(entry.dates)) fail('dates must be a list');
  for (const d of entry.dates)
    if (!PARTIAL_DATE.test(d.date) || !d.what) fail(`bad date ${JSON.stringify(d)}`);
  if (!Array.isArray(entry.urls)) fail('urls must be a list');
  for (const url of entry.urls) if (!url.startsWith('http')) fail(`bad url ${url}`);
  if (entry.dates.length > 0 && entry.window === undefined) fail('a dated entry needs a window');
  const { from, until } = entry.window ?? { from: null, until: null };
  for (const day of [from, until])
    if (day !== null && !DAY.test(day)) fail(`window dates are days (YYYY-MM-DD): ${day}`);
  if (from !== null && until !== null && from > until) fail('window starts after it ends');
  return entry;
}
