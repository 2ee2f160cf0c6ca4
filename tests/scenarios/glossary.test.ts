import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics/messages';
import { GLOSSARY } from '../../src/engine/lint/glossary';
import { lintWith } from '../engine/lint/builder';
import { shippedScenarios } from './shipped';

/** The rows of the guide's §14 table: English | 한국어 | do not use. */
function guideRows(): string[][] {
  const guide = readFileSync('scenarios/README.md', 'utf8');
  const section = guide.slice(guide.indexOf('## 14. Glossary'), guide.indexOf('## 15.'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(English|---)/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('the glossary', () => {
  it('is the same table in the authoring guide and in the checker', () => {
    const fromCode = GLOSSARY.map((t) => [t.en, t.ko, t.avoid.join(', ')]);
    expect(guideRows()).toEqual(fromCode);
  });

  it('finds an avoided form with a particle attached, in any case in English, never inside a word', () => {
    const found = (ko: string, en = 'Plain text.') =>
      lintWith((s) => {
        const first = s.events[0];
        if (first) first.text = { ko, en };
      })
        .filter((d) => d.code === 'LD506')
        .map((d) => d.code);
    expect(found('영업 비밀을 지킵니다.')).toEqual(['LD506']);
    expect(found('영업비밀을 지킵니다.')).toEqual([]);
    expect(found('그녀는 웃었습니다.')).toEqual(['LD506']);
    expect(found('그는 말했습니다.')).toEqual(['LD506']);
    expect(found('그녀와 그는 말했습니다.')).toEqual(['LD506', 'LD506']);
    expect(found('이어 그는 떠났습니다.')).toEqual(['LD506']);
    expect(found('그러나 한 박사는 떠났습니다.')).toEqual([]);
    expect(found('한 박사는 그 파일을 닫았습니다.')).toEqual([]);
    expect(found('연구원은 떠났습니다.', 'National Key Technology rules apply.')).toEqual(['LD506']);
    expect(found('연구원은 떠났습니다.', 'Strategic goodsmanship is not a word.')).toEqual([]);
  });
});

describe.each(shippedScenarios().map((s) => [s.file, s] as const))('%s', (file, shipped) => {
  it("uses none of the glossary's do-not-use forms", () => {
    const off = shipped.diagnostics.filter((d) => d.code === 'LD506').map((d) => formatDiagnostic(d));
    expect(off, file).toEqual([]);
  });
});
