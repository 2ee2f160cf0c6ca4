import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type A11yViolation, formatViolations, scanA11y } from './helpers/axe';
import { type GameLocale, VIEWPORTS, type Viewport } from './helpers/game';
import { NOT_JSON, openScenarioFile } from './helpers/open-file';
import {
  finishIntro,
  newProgress,
  openDebrief,
  playStep,
  playToEnd,
  reachNegotiation,
  shotStep,
} from './helpers/play';
import { act, waitForPhase } from './helpers/screens';
import { useBrowser, withGame } from './helpers/session';
import { messages, readScenario } from './helpers/text';

// axe-core (WCAG 2.x A/AA) on every screen and dialog of a run; a serious or critical violation fails.
// The whole tour in each language, and once more with high contrast on.
const browser = useBrowser();

interface Pass {
  readonly locale: GameLocale;
  readonly viewport: Viewport;
  readonly highContrast: boolean;
}

const PASSES: readonly Pass[] = [
  { locale: 'en', viewport: VIEWPORTS.hd, highContrast: false },
  { locale: 'ko', viewport: VIEWPORTS.laptop, highContrast: false },
  { locale: 'en', viewport: VIEWPORTS.phone, highContrast: true },
];

/** Visits every screen of a run, scanning each; returns the violations found, by screen. */
async function tour(page: Page, pass: Pass, shots: string): Promise<Map<string, A11yViolation[]>> {
  const m = messages(pass.locale);
  const found = new Map<string, A11yViolation[]>();
  const scan = async (screen: string) => {
    await shotStep(page, shots, screen);
    found.set(screen, await scanA11y(page));
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const dialog = (name: string) => page.getByRole('dialog', { name });

  await waitForPhase(page, 'title');
  if (pass.highContrast) {
    await act(page, m.settings, () => button(m.settings).click());
    await dialog(m.settings).getByRole('checkbox', { name: m.highContrast }).check();
    await page.waitForFunction(() => document.documentElement.dataset.contrast === 'high', null, {
      timeout: 5_000,
    });
    await act(page, m.close, () => dialog(m.settings).getByRole('button', { name: m.close }).click());
  }
  await scan('title');

  await act(page, m.about, () => button(m.about).click());
  await scan('about-dialog');
  await act(page, m.close, () => dialog(m.about).getByRole('button', { name: m.close }).click());
  await act(page, m.settings, () => button(m.settings).click());
  await scan('settings-dialog');
  await act(page, m.close, () => dialog(m.settings).getByRole('button', { name: m.close }).click());

  await act(page, m.newGame, () => button(m.newGame).click());
  await waitForPhase(page, 'select');
  await openScenarioFile(page, 'broken.json', NOT_JSON);
  await page.locator('.open-file-status .diagnostics li').first().waitFor();
  await page.locator('.open-file-status').scrollIntoViewIfNeeded();
  await scan('select-with-diagnostics');

  const title = readScenario().title[pass.locale];
  const card = page.locator('.scenario-card').filter({ has: page.getByRole('heading', { name: title }) });
  await act(page, m.play, () => card.getByRole('button', { name: m.play }).click());
  await waitForPhase(page, 'intro');
  await scan('intro-dialog');
  await finishIntro(page, { intro: 'skip' });

  await scan('choosing');
  const progress = newProgress();
  await playStep(page, progress, { pick: () => 2 });
  await scan('outcome');
  await reachNegotiation(page);
  await scan('negotiating');

  await act(page, 'Esc', () => page.keyboard.press('Escape'));
  await scan('menu-dialog');
  await act(page, 'Esc', () => page.keyboard.press('Escape'));

  await playToEnd(page, { progress });
  await scan('ending');
  await openDebrief(page);
  await scan('debrief');
  return found;
}

describe('accessibility (axe, serious and critical) on every screen', () => {
  for (const pass of PASSES) {
    const name = `${pass.locale}, ${pass.viewport.name}${pass.highContrast ? ', high contrast' : ''}`;
    test(`title, dialogs, scenario select, intro, card, outcome, negotiation, menu, ending, debrief (${name})`, async () => {
      await withGame(browser, { locale: pass.locale, viewport: pass.viewport }, async (page) => {
        const shots = `a11y-${pass.highContrast ? 'contrast-' : ''}${pass.locale}`;
        const found = await tour(page, pass, shots);
        expect([...found.keys()]).toHaveLength(11);
        const report = [...found]
          .filter(([, violations]) => violations.length > 0)
          .map(([screen, violations]) => `── ${screen} (${name})\n${formatViolations(violations)}`)
          .join('\n');
        if (report !== '') console.log(`axe violations:\n${report}`);
        for (const [screen, violations] of found) {
          expect.soft(violations, `${screen}:\n${formatViolations(violations)}`).toEqual([]);
        }
      });
    }, 120_000);
  }

  test('every title button keeps its text readable under the pointer (contrast ≥ 4.5:1)', async () => {
    await withGame(browser, { locale: 'en', viewport: VIEWPORTS.hd }, async (page) => {
      const buttons = page.locator('.title-screen button');
      const low: string[] = [];
      for (let i = 0; i < (await buttons.count()); i++) {
        const button = buttons.nth(i);
        await button.hover();
        // Past the 120 ms background transition.
        await page.waitForTimeout(200);
        const seen = await button.evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            name: el.textContent ?? '',
            pressed: el.getAttribute('aria-pressed'),
            color: style.color,
            background: style.backgroundColor,
          };
        });
        const ratio = contrast(seen.color, seen.background);
        if (ratio < 4.5) {
          low.push(
            `"${seen.name}"${seen.pressed === 'true' ? ' (pressed)' : ''}: ${seen.color} on ${seen.background} = ${ratio.toFixed(2)}:1`,
          );
          await shotStep(page, 'a11y-hover', `title-${i}`);
        }
      }
      await page.mouse.move(0, 0);
      expect(low, 'hovered buttons whose text is hard to read').toEqual([]);
    });
  });
});

/** WCAG contrast ratio of two computed colours (`rgb(…)`/`rgba(…)`, opaque). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b2] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
