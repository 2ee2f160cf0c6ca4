import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { DIAGNOSTIC_CODES, messageIn } from '../../src/engine/diagnostics/messages';
import { loadScenario } from '../../src/engine/load';

const HANGUL = /[가-힣]/;

/** The authoring guide's tables of codes: `| LD104 | error | Unknown meter … |` rows, by code. */
function guideCodes(): Map<string, string> {
  const guide = readFileSync('scenarios/README.md', 'utf8');
  const rows = [...guide.matchAll(/^\| (LD\d{3}) \| (error|warning) \|/gm)];
  return new Map(rows.map((row) => [row[1] ?? '', row[2] ?? '']));
}

describe('the table of diagnostic codes', () => {
  test("the authoring guide lists every code, and only those, each with the table's severity", () => {
    const guide = guideCodes();
    const table = new Map(Object.entries(DIAGNOSTIC_CODES).map(([code, entry]) => [code, entry.severity]));
    expect([...guide.keys()].sort()).toEqual([...table.keys()].sort());
    for (const [code, severity] of table) expect(guide.get(code), code).toBe(severity);
  });

  test('every finding on the bad fixtures has its message in Korean and English', () => {
    const diagnostics: Diagnostic[] = [];
    const directory = 'tests/fixtures/bad';
    for (const name of readdirSync(directory)) {
      diagnostics.push(...loadScenario(name, readFileSync(`${directory}/${name}`, 'utf8')).diagnostics);
    }
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThan(10);
    for (const d of diagnostics) {
      expect(d.severity, d.code).toBe(DIAGNOSTIC_CODES[d.code].severity);
      expect(messageIn(d, 'en')).toBe(d.message);
      const korean = messageIn(d, 'ko');
      expect(korean, `${d.code} ${d.message}`).toMatch(HANGUL);
      expect(korean).not.toContain('undefined');
    }
  });

  test('a Korean message keeps the id and the suggestion', () => {
    const sample = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8'));
    sample.events[0].choices[0].effects = { trsut: 1 };
    const typo = loadScenario('x.json', JSON.stringify(sample, null, 2)).diagnostics.find(
      (d) => d.severity === 'error',
    );
    expect(typo?.code).toBe('LD104');
    expect(typo?.message).toContain('did you mean "trust"?');
    expect(typo && messageIn(typo, 'ko')).toMatch(
      /^알 수 없는 미터 "trsut" \(meters: .*\); "trust"의 오타인가요\?$/,
    );
  });

  test('too many findings: LD006 when errors are hidden, LD007 when only warnings are', () => {
    const sample = JSON.parse(readFileSync('scenarios/sample-visiting-lab.json', 'utf8'));
    sample.flags.push(...Array.from({ length: 230 }, (_, i) => ({ id: `unused${i}` })));
    const warnings = loadScenario('x.json', JSON.stringify(sample)).diagnostics;
    expect(warnings.at(-1)).toMatchObject({ code: 'LD007', severity: 'warning' });
    expect(messageIn(warnings.at(-1) as Diagnostic, 'ko')).toMatch(/경고가 \d+개 더/);
  });
});
