import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario, type ScenarioInput } from '../../../src/engine/format';
import { lint } from '../../../src/engine/lint';
import { checkCitedSources, sourceUrls } from '../../../src/engine/lint/cited-sources';
import { loadScenario } from '../../../src/engine/load';
import { testScenarioInput } from '../test-scenario';

type Risk = { source: 'insider' | 'consultant' | 'partner-abroad'; country?: string };

/** The test scenario with the given risk tags on its first events, in order. */
function tagged(risks: readonly (Risk | undefined)[]): ScenarioInput {
  const input = testScenarioInput();
  return {
    ...input,
    events: input.events.map((event, i) => {
      const risk = risks[i];
      return risk === undefined ? event : { ...event, risk };
    }),
  };
}

const teaching = (input: ScenarioInput) =>
  lint(Scenario.parse(input)).filter((f) => f.code === 'LD503' || f.code === 'LD504');

describe('risk balance', () => {
  it('LD504: a scenario that moves meters on several cards but tags no risk', () => {
    const findings = teaching(testScenarioInput());
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['LD504', 'warning']]);
  });

  it('LD503: one source, or one country, over half of the risk-bearing events', () => {
    const findings = teaching(
      tagged([
        { source: 'insider', country: 'kr' },
        { source: 'insider', country: 'kr' },
        { source: 'consultant', country: 'kr' },
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual([
      '2 of the 3 risk-bearing events have risk source "insider": no single source or country should carry more than half',
      '3 of the 3 risk-bearing events have risk country "kr": no single source or country should carry more than half',
    ]);
  });

  it('is quiet when no source or country carries more than half', () => {
    expect(
      teaching(
        tagged([
          { source: 'insider', country: 'kr' },
          { source: 'consultant', country: 'cn' },
        ]),
      ),
    ).toEqual([]);
  });
});

describe('cited sources (LD505)', () => {
  const markdown = '# Sources\n\n```json\n{"id": "a", "urls": ["https://example.org/a"]}\n```\n';

  it('reads the addresses of the json blocks only', () => {
    expect([...sourceUrls(`${markdown}\nhttps://example.org/prose\n`)]).toEqual(['https://example.org/a']);
  });

  it('names each cited address the sources file lacks', () => {
    const references = [
      { id: 'a', title: { ko: '가', en: 'A' }, url: 'https://example.org/a' },
      { id: 'b', title: { ko: '나', en: 'B' }, url: 'https://example.org/b' },
      { id: 'c', title: { ko: '다', en: 'C' } },
    ];
    const findings = checkCitedSources({ references } as never, sourceUrls(markdown));
    expect(findings.map((f) => [f.code, f.path, f.severity])).toEqual([
      ['LD505', ['references', 1, 'url'], 'warning'],
    ]);
  });

  it('is placed at the address line when the loader is given the listed addresses', () => {
    const file = 'scenarios/sample-visiting-lab.json';
    const text = readFileSync(file, 'utf8');
    const cited = loadScenario(file, text, { citedSources: new Set() }).diagnostics.filter(
      (d) => d.code === 'LD505',
    );
    const urlLines = text
      .split('\n')
      .flatMap((line, i) => (line.trimStart().startsWith('"url"') ? [i + 1] : []));
    expect(urlLines.length).toBeGreaterThan(1);
    expect(cited.map((d) => d.line)).toEqual(urlLines);
    expect(cited[0]?.path).toEqual(['references', 0, 'url']);
    expect(loadScenario(file, text).diagnostics.some((d) => d.code === 'LD505')).toBe(false);
  });
});
