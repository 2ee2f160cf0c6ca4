import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type Messages, messagesFor } from '../../../src/i18n';
import type { GameLocale } from './game';

/**
 * The strings a player reads, so tests find things by what they say: the interface's own messages (the
 * game's i18n tables) and a scenario's text (straight from its JSON file, as an author wrote it).
 */
export function messages(locale: GameLocale): Messages {
  return messagesFor(locale);
}

/** The language the page shows now (`<html lang>`, which the game keeps in step with its setting). */
export async function uiLocale(page: Page): Promise<GameLocale> {
  // index.html says lang="ko" before the app has run; the app sets lang with the text size, so wait
  // for that, or an English page read too early passes for a Korean one.
  await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'ko' && lang !== 'en') throw new Error(`the page's <html lang> is "${lang}", not ko or en`);
  return lang;
}

export interface LocalText {
  readonly ko: string;
  readonly en: string;
}

/** The parts of a scenario file the tests read (the file has much more). */
export interface ScenarioText {
  readonly id: string;
  readonly title: LocalText;
  readonly calendar: { readonly turns: number; readonly labels: readonly LocalText[] };
  readonly events: readonly {
    readonly id: string;
    readonly title: LocalText;
    readonly text: LocalText;
    readonly choices?: readonly { readonly id: string; readonly text: LocalText }[];
  }[];
}

/** The short scenario most browser tests play: 8 turns, a negotiation behind choice 2 of its first card. */
export const SAMPLE_ID = 'sample-visiting-lab';

const cache = new Map<string, ScenarioText>();

/** A shipped scenario (`scenarios/<id>.json`) or any scenario file by path. */
export function readScenario(idOrPath: string = SAMPLE_ID): ScenarioText {
  const file = idOrPath.endsWith('.json') ? idOrPath : path.join('scenarios', `${idOrPath}.json`);
  let scenario = cache.get(file);
  if (scenario === undefined) {
    scenario = JSON.parse(readFileSync(file, 'utf8')) as ScenarioText;
    cache.set(file, scenario);
  }
  return scenario;
}

/** The event whose title, in `locale`, is `title`; throws when the file has none. */
export function eventTitled(scenario: ScenarioText, locale: GameLocale, title: string) {
  const event = scenario.events.find((e) => e.title[locale] === title);
  if (event === undefined) {
    throw new Error(`no event of "${scenario.id}" has the ${locale} title ${JSON.stringify(title)}`);
  }
  return event;
}
