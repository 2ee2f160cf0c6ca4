import type { CDPSession, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type PageProblems, watchProblems } from './problems';

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** The screens the game is played on: a workshop projector, a smaller one, a laptop, a phone. */
export const VIEWPORTS = {
  projector: { name: 'projector', width: 1920, height: 1080 },
  hd: { name: 'hd', width: 1280, height: 720 },
  laptop: { name: 'laptop', width: 1366, height: 768 },
  phone: { name: 'phone', width: 390, height: 844 },
} as const satisfies Record<string, Viewport>;

export type GameLocale = 'ko' | 'en';

/** The browser language each game locale is tested with (what a player's browser would send). */
const BROWSER_LANGUAGE: Record<GameLocale, string> = { ko: 'ko-KR', en: 'en-US' };

export interface OpenOptions {
  readonly locale: GameLocale;
  readonly viewport: Viewport;
  /**
   * What to wait for after the page and its first requests have loaded. `ready`: the game's
   * `window.__labDoorsReady` (set when the title screen can take focus). `auto` (default): `ready` when
   * the built code contains that hook, else `load`. `load`: nothing more.
   */
  readonly waitFor?: 'auto' | 'ready' | 'load';
  /** Path under the served root; default the game's page. */
  readonly path?: string;
}

export interface OpenedGame {
  readonly locale: GameLocale;
  readonly viewport: Viewport;
  /** Everything that went wrong on the page since before it started loading. */
  readonly problems: PageProblems;
}

const opened = new WeakMap<Page, OpenedGame>();

/** The locale and viewport `openGame` gave a page, for screenshot names. */
export function openedWith(page: Page): OpenedGame | undefined {
  return opened.get(page);
}

/**
 * Opens the built game in `page` as a first-time player with the given browser language and window
 * size: the origin's saved data (settings, saves) is cleared first, so tests do not leak into each other
 * through the shared profile. Problems are recorded from before navigation.
 */
export async function openGame(page: Page, options: OpenOptions): Promise<OpenedGame> {
  const base = inject('baseUrl');
  const problems = watchProblems(page);
  const game: OpenedGame = { locale: options.locale, viewport: options.viewport, problems };
  opened.set(page, game);
  await page.setViewportSize({ width: options.viewport.width, height: options.viewport.height });
  const cdp = await devtools(page);
  await emulateLanguage(page, cdp, BROWSER_LANGUAGE[options.locale]);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'all' });
  await page.goto(new URL(options.path ?? '', base).href, { waitUntil: 'load' });
  await settleLoad(page, options.waitFor ?? 'auto');
  return game;
}

/**
 * Reloads the page the way a player would (F5): saved data is kept, unlike `openGame`. Problems keep
 * being recorded in the same list; waits as `openGame` does.
 */
export async function reloadGame(page: Page, waitFor: OpenOptions['waitFor'] = 'auto'): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await settleLoad(page, waitFor);
}

async function settleLoad(page: Page, waitFor: NonNullable<OpenOptions['waitFor']>): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (waitFor === 'ready' || (waitFor === 'auto' && inject('readyHook'))) {
    await page
      .waitForFunction(() => (window as { __labDoorsReady?: number }).__labDoorsReady !== undefined, null, {
        timeout: 15_000,
      })
      .catch(() => {
        throw new Error('the game never set window.__labDoorsReady (title screen interactive) within 15 s');
      });
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await nextFrames(page, 2);
}

const sessions = new WeakMap<Page, CDPSession>();

/** One DevTools session per page, kept attached: detaching it would drop its emulation overrides. */
async function devtools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** `navigator.language(s)`, Accept-Language and Intl's default locale, for this page only. */
async function emulateLanguage(page: Page, cdp: CDPSession, language: string): Promise<void> {
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await cdp.send('Emulation.setLocaleOverride', {});
  await cdp.send('Emulation.setLocaleOverride', { locale: language });
  await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: language });
}

/** Waits until the page has rendered `count` more animation frames. */
export async function nextFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  }, count);
}
