import type { Locator, Page } from 'playwright-core';
import type { Messages } from '../../../src/i18n';
import {
  type AfterAction,
  act,
  arrowTo,
  type KeyboardTrail,
  type Snapshot,
  settle,
  snapshot,
  tabTo,
  waitForPhase,
} from './screens';
import { shot } from './shot';
import { messages, readScenario, SAMPLE_ID, uiLocale } from './text';

/**
 * From the title screen to the first event's choices, the way a player gets there: each step clicks
 * the screen's primary button (New game, the first scenario, the introduction's Next and Start) and
 * waits for the page to change, until the choices show and no primary button is left. Relies on the
 * overlay's `button.primary` and `.choices button`; throws, saying where it stopped, when it gets stuck.
 */
export async function startPlay(page: Page, maxSteps = 12): Promise<void> {
  const primary = page.locator('button.primary:visible');
  const choices = page.locator('.choices button:visible');
  const either = page.locator('button.primary:visible, .choices button:visible').first();
  for (let step = 0; step < maxSteps; step++) {
    // The next screen may still be loading (a scenario chunk; Phaser for the institute view).
    await either.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    if ((await primary.count()) === 0) {
      if ((await choices.count()) > 0) return;
      break;
    }
    const before = await page.evaluate(() => document.body.textContent);
    await primary.first().click();
    await page.waitForFunction((text) => document.body.textContent !== text, before, { timeout: 10_000 });
  }
  const where = await page.evaluate(
    () => document.querySelector('h1, h2')?.textContent?.trim() ?? '(no heading)',
  );
  throw new Error(`startPlay: no event choices within ${maxSteps} clicks; stopped at "${where}"`);
}

/** Keyboard only (Tab, arrows, digits, Enter, as the keyboard help says) or pointer (clicks). */
export type Input = 'keyboard' | 'mouse';

export interface PlayOptions {
  readonly input?: Input;
  /** Saves screenshots of the screens visited, named `<shots>-<nn>-<phase>`. */
  readonly shots?: string;
  /**
   * `'screen'` (default): one screenshot of each kind of screen (title, card, outcome…). `'step'`: one
   * after every step (each card). Screenshots are slow while the institute view animates.
   */
  readonly shotEvery?: 'screen' | 'step';
  /** Keyboard play: records where focus is after every step (see `KeyboardTrail`). */
  readonly trail?: KeyboardTrail;
}

/** Per page: how many screenshots were taken, and of which screens. */
const shotsTaken = new WeakMap<Page, { count: number; labels: Set<string> }>();

/**
 * A screenshot named `<prefix>-<nn>-<label>` when `prefix` is given (see `PlayOptions.shots`); with
 * `every: 'screen'` (default) only the first time a page shows a screen of that label, with `'step'`
 * every time.
 */
export async function shotStep(
  page: Page,
  prefix: string | undefined,
  label: string,
  every: 'screen' | 'step' = 'screen',
): Promise<void> {
  if (prefix === undefined) return;
  let taken = shotsTaken.get(page);
  if (taken === undefined) {
    taken = { count: 0, labels: new Set() };
    shotsTaken.set(page, taken);
  }
  if (every === 'screen' && taken.labels.has(`${prefix}:${label}`)) return;
  taken.labels.add(`${prefix}:${label}`);
  taken.count += 1;
  await shot(page, `${prefix}-${String(taken.count).padStart(2, '0')}-${label}`);
}

/** The screenshot label of a screen: its phase, and whether a counter-proposal is shown. */
function labelOf(now: Snapshot): string {
  return now.countered ? `${now.phase}-counter` : now.phase;
}

async function press(page: Page, options: PlayOptions, step: string, key: string): Promise<AfterAction> {
  const after = await act(page, step, () => page.keyboard.press(key), { awaitFocus: true });
  await options.trail?.check(page, step, after);
  return after;
}

function click(page: Page, step: string, locator: Locator): Promise<AfterAction> {
  return act(page, step, () => locator.click());
}

async function localeMessages(page: Page): Promise<Messages> {
  return messages(await uiLocale(page));
}

/**
 * From the title screen to the first card of a scenario (default: the sample): New game, the scenario's
 * Play button, then the first-play introduction, stepped through (`intro: 'step'`, default) or skipped.
 * Leaves the page on the first card (choosing or negotiating).
 */
export async function startScenario(
  page: Page,
  options: PlayOptions & { readonly scenario?: string; readonly intro?: 'step' | 'skip' } = {},
): Promise<Snapshot> {
  const keyboard = options.input === 'keyboard';
  const locale = await uiLocale(page);
  const m = messages(locale);
  const title = readScenario(options.scenario ?? SAMPLE_ID).title[locale];
  await waitForPhase(page, 'title');
  await shotStep(page, options.shots, 'title', options.shotEvery);
  // With a run saved (the title offers Continue), Play first asks whether to replace it: this helper
  // starts anew, so it answers Replace.
  const saved = (await page.getByRole('button', { name: m.continueGame, exact: true }).count()) > 0;
  if (keyboard) {
    await options.trail?.check(page, 'the title screen loaded');
    // The title's first button has focus; the arrows move within its buttons.
    await arrowTo(page, m.newGame);
    await press(page, options, `Enter on "${m.newGame}"`, 'Enter');
  } else {
    await click(page, m.newGame, page.getByRole('button', { name: m.newGame, exact: true }));
  }
  await waitForPhase(page, 'select');
  await shotStep(page, options.shots, 'select', options.shotEvery);
  if (keyboard) {
    await tabTo(page, { selector: '.scenario-cards button' });
    await options.trail?.check(page, 'Tab to the first scenario card');
    await arrowTo(page, title);
    await options.trail?.check(page, `arrows to "${title}"`);
    if (saved) await page.keyboard.press('Enter');
    else await press(page, options, `Enter on "${m.play}: ${title}"`, 'Enter');
  } else {
    const card = page
      .locator('.scenario-card')
      .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    const play = card.getByRole('button', { name: m.play });
    if (saved) await play.click();
    else await click(page, `${m.play} (${title})`, play);
  }
  if (saved) {
    const replace = page.getByRole('dialog').getByRole('button', { name: m.replaceRun });
    await replace.waitFor();
    await click(page, m.replaceRun, replace);
  }
  const now = await waitForPhase(page, ['intro', 'choosing', 'negotiating']);
  if (now.phase !== 'intro') return now;
  return finishIntro(page, { ...options, intro: options.intro ?? 'step' });
}

/** Steps through the first-play introduction (Next…, Start) or skips it; returns on the card. */
export async function finishIntro(
  page: Page,
  options: PlayOptions & { readonly intro: 'step' | 'skip' },
): Promise<Snapshot> {
  const m = await localeMessages(page);
  let now: Snapshot = await snapshot(page);
  for (let step = 0; now.phase === 'intro' && step < 6; step++) {
    await shotStep(page, options.shots, `intro-${now.introStep}`, options.shotEvery);
    const last = (await page.locator('dialog.intro .dialog-actions button').count()) === 1;
    const name = last ? m.introDone : options.intro === 'skip' ? m.introSkip : m.introNext;
    if (options.input === 'keyboard') {
      // A modal dialog takes focus when it opens; Tab moves within it.
      if ((await tabTo(page, { selector: 'dialog.intro button', text: name }, { max: 4 })) > 0) {
        await options.trail?.check(page, `Tab to "${name}"`);
      }
      now = await press(page, options, `Enter on "${name}"`, 'Enter');
    } else {
      now = await click(page, name, page.locator('dialog.intro').getByRole('button', { name, exact: true }));
    }
  }
  if (now.phase === 'intro') throw new Error('the introduction did not close');
  return now;
}

/** Which choice to take on a card, given the numbers (1–9) of its enabled choices. */
export type Pick = (card: {
  readonly decision: number;
  readonly heading: string;
  readonly enabled: readonly number[];
}) => number;

export const firstEnabled: Pick = ({ enabled }) => enabled[0] ?? 1;

/** Choice 2 on the first card (the sample's road to its negotiation), then the first enabled choice. */
export const negotiateFirst: Pick = ({ decision, enabled }) =>
  decision === 0 && enabled.includes(2) ? 2 : (enabled[0] ?? 1);

export interface Progress {
  /** Decisions made: choices taken and negotiations concluded (each is followed by an outcome). */
  decisions: number;
  choices: number;
  negotiations: number;
  counterProposals: number;
}

export function newProgress(): Progress {
  return { decisions: 0, choices: 0, negotiations: 0, counterProposals: 0 };
}

/** What to do to each clause of a negotiation, in order: the next option, the previous one, or keep it. */
export type ClauseMove = 'next' | 'previous' | 'keep';

export interface StepOptions extends PlayOptions {
  readonly pick?: Pick;
  /** Changes to propose in a negotiation, clause by clause (default: the first clause's next option). */
  readonly clauses?: readonly ClauseMove[];
  readonly m?: Messages;
}

/**
 * One step of play on the card shown (`now`, else read from the page): take a choice, make or accept a
 * proposal in a negotiation, or continue after an outcome. With the keyboard: the choice's digit; in a
 * negotiation Tab to the clause radios, an arrow to change the first clause, Tab to the submit button
 * (after a counter-proposal: to Accept) and Enter; Enter on the focused Continue button.
 */
export async function playStep(
  page: Page,
  progress: Progress,
  options: StepOptions = {},
  now?: Snapshot,
): Promise<AfterAction> {
  const keyboard = options.input === 'keyboard';
  const m = options.m ?? (await localeMessages(page));
  const card = now ?? (await snapshot(page));
  switch (card.phase) {
    case 'choosing': {
      if (card.enabled.length === 0) throw new Error(`no enabled choice on "${card.heading}"`);
      const n = (options.pick ?? firstEnabled)({
        decision: progress.decisions,
        heading: card.heading,
        enabled: card.enabled,
      });
      progress.choices += 1;
      progress.decisions += 1;
      return keyboard
        ? press(page, options, `digit ${n} on "${card.heading}"`, String(n))
        : click(page, `choice ${n}`, page.locator(`.choices button[data-choice="${n}"]`));
    }
    case 'negotiating':
      return negotiateStep(page, progress, options, m, card);
    case 'outcome': {
      const button = page.locator('.outcome button.continue');
      if (!keyboard) return click(page, m.continueButton, button);
      if ((await tabTo(page, { selector: '.outcome button.continue' })) > 0) {
        await options.trail?.check(page, `Tab to "${m.continueButton}"`);
      }
      return press(page, options, `Enter on "${m.continueButton}"`, 'Enter');
    }
    default:
      throw new Error(`playStep: nothing to play on ${JSON.stringify(card)}`);
  }
}

async function negotiateStep(
  page: Page,
  progress: Progress,
  options: StepOptions,
  m: Messages,
  card: Snapshot,
): Promise<AfterAction> {
  const keyboard = options.input === 'keyboard';
  const finish = (after: AfterAction) => {
    if (after.phase === 'outcome') {
      progress.decisions += 1;
      progress.negotiations += 1;
    } else if (after.phase === 'negotiating') progress.counterProposals += 1;
    return after;
  };
  if (card.countered) {
    // Their counter-proposal is on the table: accept it (the form's primary action now).
    const accept = page.locator('.negotiation-actions').getByRole('button', { name: m.acceptCounter });
    if (!keyboard) return finish(await click(page, m.acceptCounter, accept));
    await tabTo(page, { selector: '.negotiation-actions button', text: m.acceptCounter });
    await options.trail?.check(page, `Tab to "${m.acceptCounter}"`);
    return finish(await press(page, options, `Enter on "${m.acceptCounter}"`, 'Enter'));
  }
  const moves = options.clauses ?? ['next'];
  const clauses = page.locator('.negotiation fieldset.clause');
  const checkedIn = (clause: number) =>
    clauses
      .nth(clause)
      .locator('input[type=radio]')
      .evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
  if (!keyboard) {
    for (const [c, move] of moves.entries()) {
      if (move === 'keep') continue;
      const radios = clauses.nth(c).locator('input[type=radio]');
      const count = await radios.count();
      const at = await checkedIn(c);
      await radios.nth((at + (move === 'next' ? 1 : count - 1)) % count).check();
    }
    return finish(await click(page, m.propose, page.locator('.negotiation-actions button[type=submit]')));
  }
  // Tab reaches each clause's checked radio in turn; the arrows change the option within a clause.
  await tabTo(page, { selector: '.negotiation input[type=radio]' });
  await options.trail?.check(page, 'Tab to the first clause');
  for (const [c, move] of moves.entries()) {
    if (c > 0) {
      await page.keyboard.press('Tab');
      await options.trail?.check(page, `Tab to clause ${c + 1}`);
    }
    if (move === 'keep') continue;
    const before = await checkedIn(c);
    const key = move === 'next' ? 'ArrowDown' : 'ArrowUp';
    await page.keyboard.press(key);
    await options.trail?.check(page, `${key} in clause ${c + 1}`);
    if ((await checkedIn(c)) === before) {
      throw new Error(`${key} did not change clause ${c + 1} (still option ${before + 1})`);
    }
  }
  await tabTo(page, { selector: '.negotiation-actions button[type=submit]' });
  await options.trail?.check(page, `Tab to "${m.propose}"`);
  const after = await press(page, options, `Enter on "${m.propose}"`, 'Enter');
  if (after.countered) {
    // Their answer appears at the top of the form: the player has to be able to read it.
    await options.trail?.expectInView(
      page,
      `Enter on "${m.propose}"`,
      '.negotiation .partner-answer',
      m.counterProposal,
    );
  }
  return finish(after);
}

/**
 * Plays from the card on screen until the run ends (the ending panel), screenshotting every screen when
 * asked. Returns what was played. Stops after `maxSteps` (a run that never ends is a failure).
 */
export async function playToEnd(
  page: Page,
  options: StepOptions & { readonly progress?: Progress; readonly maxSteps?: number } = {},
): Promise<Progress> {
  const progress = options.progress ?? newProgress();
  const step = { ...options, m: options.m ?? (await localeMessages(page)) };
  let now: Snapshot = await settle(page);
  for (let n = 0; now.phase !== 'ended'; n++) {
    if (n >= (options.maxSteps ?? 80))
      throw new Error(`the run did not end in ${n} steps: ${JSON.stringify(now)}`);
    await shotStep(page, options.shots, labelOf(now), options.shotEvery);
    now = await playStep(page, progress, step, now);
  }
  await shotStep(page, options.shots, 'ended', options.shotEvery);
  return progress;
}

/**
 * Plays until `decisions` more decisions were made and their outcomes continued, leaving the page on
 * the next card (or on the ending, if the run ended first).
 */
export async function playDecisions(
  page: Page,
  decisions: number,
  options: StepOptions & { readonly progress?: Progress } = {},
): Promise<Progress> {
  const progress = options.progress ?? newProgress();
  const step = { ...options, m: options.m ?? (await localeMessages(page)) };
  const target = progress.decisions + decisions;
  let now: Snapshot = await settle(page);
  for (let n = 0; now.phase !== 'ended'; n++) {
    if (n > 40) throw new Error(`playDecisions: stuck on ${JSON.stringify(now)}`);
    if (progress.decisions >= target && now.phase !== 'outcome') break;
    await shotStep(page, options.shots, labelOf(now), options.shotEvery);
    now = await playStep(page, progress, step, now);
  }
  return progress;
}

/** From the first card of a run to its first negotiation (the sample's: choice 2, then Continue). */
export async function reachNegotiation(page: Page, options: StepOptions = {}): Promise<Progress> {
  const progress = newProgress();
  const step = { ...options, pick: negotiateFirst, m: options.m ?? (await localeMessages(page)) };
  let now: Snapshot = await settle(page);
  for (let n = 0; now.phase !== 'negotiating'; n++) {
    if (n > 6 || now.phase === 'ended') throw new Error(`no negotiation came: ${JSON.stringify(now)}`);
    await shotStep(page, options.shots, labelOf(now), options.shotEvery);
    now = await playStep(page, progress, step, now);
  }
  return progress;
}

/** From the ending panel to the debrief, by its Debrief button (Tab to it and Enter, or a click). */
export async function openDebrief(page: Page, options: PlayOptions = {}): Promise<Snapshot> {
  const m = await localeMessages(page);
  await waitForPhase(page, 'ended');
  if (options.input === 'keyboard') {
    await options.trail?.check(page, 'the ending appeared');
    await tabTo(page, { selector: '.ending-actions button', text: m.seeDebrief });
    await options.trail?.check(page, `Tab to "${m.seeDebrief}"`);
    await press(page, options, `Enter on "${m.seeDebrief}"`, 'Enter');
  } else {
    const button = page.locator('.ending-actions').getByRole('button', { name: m.seeDebrief });
    await click(page, m.seeDebrief, button);
  }
  const now = await waitForPhase(page, 'debrief');
  await shotStep(page, options.shots, 'debrief', options.shotEvery);
  return now;
}
