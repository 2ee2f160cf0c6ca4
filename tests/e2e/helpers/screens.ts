import type { Page } from 'playwright-core';

/** Where the player is: the overlay's screen, and on the play screen what the card asks for. */
export type Phase =
  | 'title'
  | 'select'
  | 'intro'
  | 'choosing'
  | 'negotiating'
  | 'outcome'
  | 'ended'
  | 'debrief'
  | 'other';

/** What the page shows, reduced to the few things that change from one step of play to the next. */
export interface Snapshot {
  readonly phase: Phase;
  /** The play screen's calendar line ("March 2026 · Turn 1 of 8"), else ''. */
  readonly calendar: string;
  /** The event card's title, the ending's title or the screen's h1, else ''. */
  readonly heading: string;
  /** The negotiation's round line, else ''. */
  readonly round: string;
  /** Whether a negotiation shows the partner's counter-proposal. */
  readonly countered: boolean;
  /** The numbers (1–9) of the card's enabled choices. */
  readonly enabled: readonly number[];
  /** Which modal dialog is open (its class and name, e.g. `modal: Menu`), else ''. */
  readonly dialog: string;
  /** The introduction's step, else ''. */
  readonly introStep: string;
}

/** The element that has focus, as a keyboard user's eye would find it. */
export interface FocusInfo {
  readonly onBody: boolean;
  /** e.g. `button.primary.continue "Continue"` */
  readonly description: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly focusVisible: boolean;
  /** Whether any part of it is inside the window (scrolled out of view, focus is lost to the eye). */
  readonly inView: boolean;
  /** Its box's top and bottom, and the window's height, for messages. */
  readonly where: string;
}

// The page-side code is kept as source text and run by DevTools (`page.evaluate` of a string): that is
// outside the page's CSP (which forbids eval, so string predicates for `waitForFunction` fail there),
// and plain source is not rewritten by the test transform. One evaluation waits inside the page for
// what would otherwise take many round trips, which matters: while the institute view animates, every
// round trip waits for a slow software-rendered frame.
const PROBE_JS = `({
  snapshot() {
    const text = (selector) => (document.querySelector(selector)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const screen = document.getElementById('app')?.dataset.screen ?? '';
    const open = document.querySelector('dialog[open]');
    let phase = 'other';
    if (screen === 'title' && document.querySelector('.title-screen')) phase = 'title';
    else if (screen === 'select' && document.querySelector('.select-screen')) phase = 'select';
    else if (screen === 'debrief' && document.querySelector('.debrief-screen')) phase = 'debrief';
    else if (screen === 'play' && document.querySelector('.play-screen')) {
      if (document.querySelector('dialog.intro[open]')) phase = 'intro';
      else if (document.querySelector('.play-screen .ending')) phase = 'ended';
      else if (document.querySelector('.play-screen form.negotiation')) phase = 'negotiating';
      else if (document.querySelector('.play-screen .outcome')) phase = 'outcome';
      else if (document.querySelector('.play-screen .choices')) phase = 'choosing';
    }
    return {
      phase,
      calendar: text('.play-screen .calendar'),
      heading: text('#event-title') || text('#ending-heading') || text('main h1'),
      round: text('.negotiation .round'),
      countered: document.querySelector('.negotiation .partner-answer') !== null,
      enabled: [...document.querySelectorAll('.choices button[data-choice]:not([disabled])')].map((b) =>
        Number(b.getAttribute('data-choice')),
      ),
      dialog: open ? open.className + ': ' + (open.getAttribute('aria-label') ?? '') : '',
      introStep: document.querySelector('dialog.intro[open]')?.getAttribute('data-step') ?? '',
    };
  },
  focus() {
    const el = document.activeElement;
    if (el === null || el === document.body || el === document.documentElement) {
      return { onBody: true, description: 'body', outlineStyle: '', outlineWidth: '', focusVisible: false, inView: true, where: '' };
    }
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const classes = [...el.classList].map((c) => '.' + c).join('');
    const label =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement ? el.type + '=' + el.value + (el.checked ? ' (checked)' : '') : null) ??
      (el.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 70);
    return {
      onBody: false,
      description: el.tagName.toLowerCase() + classes + ' "' + label + '"',
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      focusVisible: el.matches(':focus-visible'),
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      where: 'y ' + Math.round(box.top) + '..' + Math.round(box.bottom) + ' in a window ' + innerHeight + ' high',
    };
  },
  /** Whether any part of the first element matching selector is inside the window; null if none. */
  inView(selector) {
    const el = document.querySelector(selector);
    if (el === null) return null;
    const box = el.getBoundingClientRect();
    return {
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      where: 'y ' + Math.round(box.top) + '..' + Math.round(box.bottom) + ' in a window ' + innerHeight + ' high',
    };
  },
  frame() {
    return new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  },
  /** Waits until test(snapshot) holds and the screen settled; then two frames for effects (focus). */
  async until(test, timeout, awaitFocus) {
    const deadline = performance.now() + timeout;
    let now = this.snapshot();
    while (!test(now) || now.phase === 'other' || document.querySelector('.loading')) {
      if (performance.now() > deadline) return { ok: false, snapshot: now, focus: this.focus() };
      await new Promise((resolve) => setTimeout(resolve, 25));
      now = this.snapshot();
    }
    await this.frame();
    await this.frame();
    if (awaitFocus) {
      const focusDeadline = performance.now() + 1500;
      while (this.focus().onBody && performance.now() < focusDeadline) await this.frame();
    }
    return { ok: true, snapshot: this.snapshot(), focus: this.focus() };
  },
})`;

interface Settled {
  readonly ok: boolean;
  readonly snapshot: Snapshot;
  readonly focus: FocusInfo;
}

async function until(page: Page, test: string, timeout: number, awaitFocus: boolean): Promise<Settled> {
  return (await page.evaluate(`${PROBE_JS}.until((now) => ${test}, ${timeout}, ${awaitFocus})`)) as Settled;
}

export async function snapshot(page: Page): Promise<Snapshot> {
  return (await page.evaluate(`${PROBE_JS}.snapshot()`)) as Snapshot;
}

export async function phaseOf(page: Page): Promise<Phase> {
  return (await snapshot(page)).phase;
}

export async function focusInfo(page: Page): Promise<FocusInfo> {
  return (await page.evaluate(`${PROBE_JS}.focus()`)) as FocusInfo;
}

/** What the page shows after an action, with where focus went. */
export interface AfterAction extends Snapshot {
  readonly focus: FocusInfo;
}

/**
 * Does `action` (a click or a key press) and waits until what the page shows has changed and the screen
 * has settled (its effects ran: focus moved, the lazy debrief loaded). With `awaitFocus`, also waits a
 * moment for focus to land somewhere other than <body>. Throws, saying what it did and where the page
 * stayed, when nothing changed within `timeout`.
 */
export async function act(
  page: Page,
  what: string,
  action: () => Promise<void>,
  options: { readonly timeout?: number; readonly awaitFocus?: boolean } = {},
): Promise<AfterAction> {
  const timeout = options.timeout ?? 10_000;
  const before = JSON.stringify(await snapshot(page));
  await action();
  const after = await until(
    page,
    `JSON.stringify(now) !== ${JSON.stringify(before)}`,
    timeout,
    !!options.awaitFocus,
  );
  if (!after.ok) {
    throw new Error(`${what}: the page did not change within ${timeout} ms; it still shows ${before}`);
  }
  return { ...after.snapshot, focus: after.focus };
}

/** Waits for the current screen's effects (focus, lazy chunks, dialogs opening) and returns what it shows. */
export async function settle(page: Page): Promise<Snapshot> {
  return (await until(page, 'true', 10_000, false)).snapshot;
}

/** Waits until the page shows `phase` (after a reload, a lazy chunk, Phaser loading…). */
export async function waitForPhase(
  page: Page,
  phase: Phase | readonly Phase[],
  timeout = 10_000,
): Promise<Snapshot> {
  const wanted: readonly Phase[] = typeof phase === 'string' ? [phase] : phase;
  const after = await until(page, `${JSON.stringify(wanted)}.includes(now.phase)`, timeout, false);
  if (!after.ok) {
    throw new Error(`expected ${wanted.join(' or ')}; the page shows ${JSON.stringify(after.snapshot)}`);
  }
  return after.snapshot;
}

/**
 * What a keyboard-only player saw, step by step: after every key, where the focus was, whether it was
 * drawn and whether it was inside the window. Problems are collected, not thrown, so one playthrough reports all of them (and still gets
 * to the debrief).
 */
export class KeyboardTrail {
  readonly steps: string[] = [];
  readonly problems: string[] = [];

  /** Records where focus is after `step` (read now unless given); a problem on <body> or with no outline. */
  async check(page: Page, step: string, known?: { phase: Phase; focus: FocusInfo }): Promise<FocusInfo> {
    const focus = known?.focus ?? (await focusInfo(page));
    const where = known?.phase ?? (await phaseOf(page));
    this.steps.push(`${step} [${where}] → ${focus.description}`);
    if (focus.onBody) {
      this.problems.push(`after ${step} (${where}): focus is on <body>, nothing is focused`);
    } else if (focus.outlineStyle === 'none' || focus.outlineWidth === '0px') {
      this.problems.push(
        `after ${step} (${where}): ${focus.description} has focus but no outline ` +
          `(outline ${focus.outlineStyle} ${focus.outlineWidth}, :focus-visible ${focus.focusVisible})`,
      );
    } else if (!focus.inView) {
      this.problems.push(
        `after ${step} (${where}): ${focus.description} has focus but is scrolled out of view (${focus.where})`,
      );
    }
    return focus;
  }

  /** Records a problem when `selector` (something the player must read now) is entirely out of view. */
  async expectInView(page: Page, step: string, selector: string, what: string): Promise<void> {
    const seen = (await page.evaluate(`${PROBE_JS}.inView(${JSON.stringify(selector)})`)) as {
      inView: boolean;
      where: string;
    } | null;
    if (seen === null) this.problems.push(`after ${step}: ${what} (${selector}) is missing`);
    else if (!seen.inView) {
      this.problems.push(`after ${step}: ${what} (${selector}) is scrolled out of view (${seen.where})`);
    }
  }
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` and, when given, its text
 * contains `text`. Returns how many presses it took; throws with the path focus took when it does not
 * get there in `max` presses.
 */
export async function tabTo(
  page: Page,
  target: { readonly selector: string; readonly text?: string },
  options: { readonly max?: number; readonly backwards?: boolean } = {},
): Promise<number> {
  const max = options.max ?? 30;
  const path: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    const where = await page.evaluate(
      ({ selector, text }) => {
        const el = document.activeElement;
        const matches =
          el?.matches(selector) === true &&
          (text === undefined ||
            (el.textContent ?? '').includes(text) ||
            el.getAttribute('aria-label') === text);
        return {
          matches,
          tag: `${el?.tagName.toLowerCase()}.${el?.className} "${el?.textContent?.slice(0, 40)}"`,
        };
      },
      { selector: target.selector, text: target.text },
    );
    if (where.matches) return presses;
    path.push(where.tag);
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${options.backwards ? 'Shift+Tab' : 'Tab'} never reached ${target.selector}${target.text ? ` "${target.text}"` : ''} ` +
      `in ${max} presses; focus went: ${path.join(' → ')}`,
  );
}

/** Presses an arrow key until the focused element's text contains `text` (arrows move within lists). */
export async function arrowTo(
  page: Page,
  text: string,
  key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown',
  max = 12,
): Promise<number> {
  const seen: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    const focus = await focusInfo(page);
    if (focus.description.includes(text)) return presses;
    seen.push(focus.description);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached "${text}" in ${max} presses; focus went: ${seen.join(' → ')}`);
}
