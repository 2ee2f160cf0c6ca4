import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { applyEdits, modify } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { insertAt, type JsonValue, removeAt, setAt } from '../../src/studio/forms/json-edit';
import { textRows } from '../../src/studio/translate/text-rows';

const sample = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');

/** What `biome format` makes of a text, as it would of a scenario file. */
function biomeFormat(text: string): string {
  return execFileSync('npx', ['biome', 'format', '--stdin-file-path=scenarios/edited.json'], {
    input: text,
    encoding: 'utf8',
  });
}

const newEvent: JsonValue = {
  id: 'late-shipment',
  title: { ko: '늦은 선적', en: 'A late shipment' },
  text: { ko: '장비가 늦게 도착합니다.', en: 'The equipment arrives late.' },
  tags: ['export', 'logistics'],
  choices: [
    { id: 'wait', text: { ko: '기다린다', en: 'Wait' }, effects: { trust: 2 } },
    { id: 'ask', text: { ko: '묻는다', en: 'Ask' }, effects: {} },
  ],
};

describe('studio edits to a scenario text', () => {
  it('changes only the edited value, and a reverse edit gives the file back byte for byte', () => {
    const title = JSON.parse(sample).title.en as string;
    const edited = setAt(sample, ['title', 'en'], 'Another lab');
    expect(edited.length - sample.length).toBe('Another lab'.length - title.length);
    expect(setAt(edited, ['title', 'en'], title)).toBe(sample);
  });

  it('leaves every kind of edit as biome format would print it', { timeout: 60_000 }, () => {
    let text = sample;
    text = setAt(text, ['title', 'en'], 'A lab, edited');
    text = insertAt(text, ['events'], 1, newEvent);
    text = setAt(text, ['events', 1, 'schedule'], [{ event: 'visiting-lab-proposal', after: 2 }]);
    text = insertAt(text, ['events', 1, 'choices'], 2, { id: 'third', text: { ko: '셋', en: 'Three' } });
    text = removeAt(text, ['events', 1, 'choices', 0]);
    text = setAt(text, ['events', 1, 'choices', 0, 'effects', 'security'], -3);
    text = setAt(text, ['events', 1, 'tags'], ['x'.repeat(60), 'y'.repeat(60)]);
    text = removeAt(text, ['events', 1, 'tags', 1]);
    text = insertAt(text, ['events', 1, 'tags'], 1, 'z'.repeat(60));
    text = setAt(text, ['events', 1, 'prompt'], { ko: '무엇을 묻겠습니까?' });
    text = setAt(text, ['events', 1, 'prompt', 'en'], 'What would you ask?');
    text = setAt(text, ['brandNew'], { empty: {}, list: [{}], nested: [[1, 2], []] });
    expect(JSON.parse(text).events[1].choices.map((c: { id: string }) => c.id)).toEqual(['ask', 'third']);
    expect(biomeFormat(text)).toBe(text);
  });

  it('refuses to remove or set through an element the text does not have, changing nothing', () => {
    expect(() => removeAt(sample, ['events', 999])).toThrow();
    expect(() => removeAt(sample, ['noSuchKey'])).toThrow();
    expect(() => setAt(sample, ['events', 999, 'title'], 'x')).toThrow();
  });
});

describe('setting a value the text already has (what a form field does at each keystroke)', () => {
  const flagship = readFileSync('scenarios/after-the-summit.json', 'utf8');
  const texts = textRows(flagship);
  // Every 40th text of the flagship, in both languages: strings, as fields type them.
  const picked = texts.filter((_, i) => i % 40 === 0);

  it("gives the same text as jsonc-parser's own modify", { timeout: 60_000 }, () => {
    expect(picked.length).toBeGreaterThan(20);
    for (const row of picked) {
      for (const locale of ['ko', 'en'] as const) {
        const path = [...row.path, locale];
        const value = `${row[locale]} (edited "quoted" \\ text)`;
        const reference = applyEdits(flagship, modify(flagship, path, value, { formattingOptions: FORMAT }));
        expect(setAt(flagship, path, value)).toBe(reference);
      }
    }
  });

  it('gives the same text keystroke after keystroke in one field, and in another between them', () => {
    const [first, second] = picked;
    if (first === undefined || second === undefined) throw new Error('the flagship has texts');
    const typing = [
      [...first.path, 'en'],
      [...first.path, 'en'],
      [...first.path, 'en'],
      [...second.path, 'ko'],
      [...first.path, 'en'],
      [...first.path, 'en'],
    ];
    let text = flagship;
    let reference = flagship;
    typing.forEach((path, i) => {
      const value = i % 2 === 0 ? `typed ${'x'.repeat(i)}` : { nested: [i, 'y'] };
      text = setAt(text, path, value);
      reference = setAt(`${reference} `, path, value).slice(0, -1);
      expect(text).toBe(reference);
    });
    expect(JSON.parse(text)).toBeTruthy();
  });

  it('writes numbers in place, and a missing language as a new property', () => {
    const withNumber = setAt(sample, ['meters', 0, 'start'], 42);
    expect(JSON.parse(withNumber).meters[0].start).toBe(42);
    const row = textRows(sample)[0];
    if (row === undefined) throw new Error('the sample has texts');
    const removed = removeAt(sample, [...row.path, 'en']);
    expect(JSON.parse(setAt(removed, [...row.path, 'en'], 'Back')).title.en).toBe('Back');
  });
});

const FORMAT = { insertSpaces: true, tabSize: 2, eol: '\n' } as const;
