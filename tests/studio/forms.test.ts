import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, sourceUrls } from '../../src/engine';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { declaredIn, fieldId, freshId, parseDraft } from '../../src/studio/forms/draft-doc';
import { textWriter } from '../../src/studio/forms/form-writer';
import { listedSources } from '../../src/studio/forms/listed-sources';
import {
  laterEffects,
  laterEvent,
  newCharacter,
  newEnding,
  newEvent,
  newFlag,
  newMeter,
  newObjective,
  newReference,
} from '../../src/studio/forms/new-items';
import { selectionOf } from '../../src/studio/forms/selection';

/** A writer over a text held here, as the form view holds the draft's. */
function draft(text = BLANK_TEMPLATE) {
  const held = { text };
  const w = textWriter(
    () => held.text,
    (next) => {
      held.text = next;
    },
  );
  return { held, w, doc: () => parseDraft(held.text) as Record<string, unknown> & { events: unknown[] } };
}

const errors = (text: string) =>
  loadScenario('draft.json', text).diagnostics.filter((d) => d.severity === 'error');

describe('what the forms add', () => {
  it('a new item of every kind, added as the navigator adds it, loads without an error', () => {
    const { held, w } = draft();
    const ids = () => declaredIn(parseDraft(held.text) ?? {});
    w.insert(['events'], 1, newEvent(ids().events));
    w.insert(['endings'], 1, newEnding(ids().endings, ids().meters));
    w.insert(['meters'], 3, newMeter(ids().meters));
    w.set(['flags'], [newFlag(ids().flags)]);
    w.set(['characters'], [newCharacter(ids().characters)]);
    w.insert(['objectives'], 1, newObjective(ids().objectives));
    w.set(['references'], [newReference(ids().references)]);
    w.set(['events', 1, 'choices', 0, 'schedule'], [laterEvent(ids().events), laterEffects()]);
    expect(errors(held.text)).toEqual([]);
    expect(ids()).toMatchObject({
      events: ['first-decision', 'event-2'],
      endings: ['good-ending', 'ending-3', 'other-ending'],
      flags: ['flag-1'],
    });
  });

  it('fresh ids never repeat one the file has', () => {
    expect(freshId('event', ['event-2', 'event-3'])).toBe('event-4');
    expect(freshId('event', ['a'])).toBe('event-2');
  });
});

describe('the form writer', () => {
  it('removes an optional field left empty, and moves a choice as one edit', () => {
    const { held, w, doc } = draft();
    w.set(['events', 0, 'prompt', 'en'], 'What would you ask?');
    expect((doc().events[0] as { prompt: unknown }).prompt).toEqual({ en: 'What would you ask?' });
    w.set(['events', 0, 'prompt'], undefined);
    expect(held.text).toBe(BLANK_TEMPLATE);
    const second = (doc().events[0] as { choices: unknown[] }).choices[1] as never;
    w.move(['events', 0, 'choices'], 1, 0, second);
    const ids = (doc().events[0] as { choices: { id: string }[] }).choices.map((c) => c.id);
    expect(ids).toEqual(['check-first', 'share']);
  });

  it('ignores a write to a path the text no longer has, losing nothing', () => {
    const { held, w } = draft();
    w.remove(['events', 5]);
    w.move(['nothing', 'here'], 0, 1, 1);
    expect(held.text).toBe(BLANK_TEMPLATE);
  });

  it('leaves the text as `biome format` prints it after a form session', { timeout: 60_000 }, () => {
    const { held, w } = draft();
    w.insert(['events'], 1, newEvent(['first-decision']));
    w.set(['events', 1, 'choices', 0, 'effects', 'trust'], 10);
    w.set(['events', 1, 'choices', 0, 'schedule'], [laterEvent(['first-decision'])]);
    w.set(['events', 1, 'choices', 0, 'objectives'], { shows: ['first-objective'] });
    w.set(['events', 1, 'when'], { all: [{ meter: 'trust', atLeast: 40 }, { turn: { atLeast: 2 } }] });
    w.set(['calendar', 'labels', 1, 'en'], 'Week two');
    w.insert(['calendar', 'labels'], 2, { ko: '3주차', en: 'Week 3' });
    w.set(['calendar', 'turns'], 3);
    const formatted = execFileSync('npx', ['biome', 'format', '--stdin-file-path=scenarios/draft.json'], {
      input: held.text,
      encoding: 'utf8',
    });
    expect(formatted).toBe(held.text);
    expect(errors(held.text)).toEqual([]);
  });
});

describe('findings to form fields', () => {
  it('a path inside a list selects its item; anything else the scenario', () => {
    expect(selectionOf(['events', 2, 'choices', 0, 'text'])).toEqual({ section: 'events', index: 2 });
    expect(selectionOf(['endings', 0])).toEqual({ section: 'endings', index: 0 });
    expect(selectionOf(['title', 'en'])).toEqual({ section: 'scenario' });
    expect(selectionOf(['events'])).toEqual({ section: 'scenario' });
  });

  it('names a field by its JSON path', () => {
    expect(fieldId(['events', 2, 'title', 'en'])).toBe('field.events.2.title.en');
  });
});

describe('the sources a reference can cite', () => {
  it('lists every address validate accepts, each under its entry heading', () => {
    const markdown = readFileSync('docs/sources.md', 'utf8');
    const listed = listedSources(markdown);
    expect(new Set(listed.map((s) => s.url))).toEqual(sourceUrls(markdown));
    expect(listed.every((s) => s.title.length > 0)).toBe(true);
  });
});
