import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insertAt, type JsonValue, removeAt, setAt } from '../../src/studio/forms/json-edit';

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
