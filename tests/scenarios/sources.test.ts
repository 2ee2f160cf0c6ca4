import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { datedCitationsOutsideWindow } from './dated-citations';
import { shippedScenarios } from './shipped';
import { readSources, type SourceEntry } from './sources';
import { turnRange, turnSpans } from './turn-dates';

/**
 * Every "learn more" address a shipped scenario cites is one of ours (docs/sources.md), every shipped
 * scenario gives its turns dates, and a card that cites a dated source can only be drawn on turns when
 * what it says is true (the rule is explained in dated-citations.ts).
 */
const sources = readSources();
const entryByUrl = new Map<string, SourceEntry>();
for (const entry of sources) for (const url of entry.urls) entryByUrl.set(url, entry);
const shipped = shippedScenarios().map((s) => [s.file, s.compiled?.source ?? null] as const);

describe('docs/sources.md', () => {
  it('has entries with unique ids, and each URL belongs to one entry', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(new Set(sources.map((e) => e.id)).size).toBe(sources.length);
    const urls = sources.flatMap((e) => e.urls);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe.each(shipped)('%s', (file, scenario) => {
  if (scenario === null) {
    it('loads', () => expect.fail(`${file} did not load`));
    return;
  }

  it('cites only addresses listed in docs/sources.md', () => {
    const missing = scenario.references.filter((r) => r.url !== undefined && !entryByUrl.has(r.url));
    expect(missing.map((r) => `${r.id}: ${r.url}`)).toEqual([]);
  });

  it('dates its turns (calendar.start), in step with the labels players read', () => {
    const spans = turnSpans(scenario) ?? [];
    expect(spans.length).toBe(scenario.calendar.turns);
    // Each turn's English label names the year the turn starts in ("March–April 2027", "Q2 2026").
    const offLabel = spans.filter(
      (span, i) => !scenario.calendar.labels[i]?.en?.includes(span.first.slice(0, 4)),
    );
    expect(offLabel).toEqual([]);
  });

  it('draws a card citing a dated source only on turns inside that source window', () => {
    expect(datedCitationsOutsideWindow(scenario, entryByUrl)).toEqual([]);
  });
});

describe('the dated-citation check', () => {
  const summit = shipped.find(([file]) => file.endsWith('after-the-summit.json'))?.[1] as Scenario;

  it('gives each turn its days', () => {
    // Two-month turns from March 2026: turn 5 is November–December 2026.
    expect(turnSpans(summit)?.[4]).toEqual({ first: '2026-11-01', last: '2026-12-31' });
  });

  it('reads turn bounds through all and any, and takes anything else as possible', () => {
    const turns = 12;
    expect(turnRange({ all: [{ turn: { atLeast: 2, atMost: 9 } }, { flag: 'x' }] }, turns)).toEqual({
      from: 2,
      to: 9,
    });
    expect(turnRange({ any: [{ turn: { atMost: 2 } }, { turn: { atLeast: 5, atMost: 6 } }] }, turns)).toEqual(
      { from: 1, to: 6 },
    );
    expect(turnRange({ not: { turn: { atMost: 4 } } }, turns)).toEqual({ from: 1, to: 12 });
  });

  it('reports a card that could outlive the suspension it states', () => {
    // The recycling card says China's October 2025 package is suspended; let it be drawn a turn later.
    const loosened: Scenario = structuredClone(summit);
    const card = loosened.events.find((e) => e.id === 'recycling-suspension');
    if (card === undefined) throw new Error('recycling-suspension is gone: pick another dated card');
    card.when = { turn: { atLeast: 2, atMost: 5 } };
    expect(datedCitationsOutsideWindow(loosened, entryByUrl)).toEqual([
      'recycling-suspension cites cn-oct-2025-package-suspended (true 2025-11-07 to 2026-11-09) but can be drawn in turn 5 (2026-11-01 to 2026-12-31)',
    ]);
  });
});
