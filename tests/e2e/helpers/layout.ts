import type { Page } from 'playwright-core';

/** Whether the event card must be checked against the institute view (#stage and its canvas). */
export interface LayoutOptions {
  readonly stage?: boolean;
}

/**
 * What is wrong with the layout as shown, one line per problem (none: an empty list): a horizontal
 * scrollbar; a visible button with an empty box or reaching outside the window's width; with `stage`,
 * the event card (or ending) overlapping the institute view's canvas.
 */
export async function layoutProblems(page: Page, options: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate((checkStage) => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const root = document.documentElement;
    if (root.scrollWidth > width) {
      problems.push(`horizontal scroll: the page is ${root.scrollWidth}px wide in a ${width}px window`);
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 50)}"`;
    for (const button of document.querySelectorAll('button')) {
      if (!button.checkVisibility({ visibilityProperty: true })) continue;
      const box = button.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) {
        problems.push(`${describe(button)} has an empty box (${box.width}×${box.height})`);
      } else if (box.left < -0.5 || box.right > width + 0.5) {
        problems.push(
          `${describe(button)} reaches outside the window: x ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`,
        );
      }
    }
    if (checkStage) {
      const stage = document.querySelector('#stage canvas') ?? document.getElementById('stage');
      const card = document.querySelector('.event-card, .play-screen .ending');
      if (stage === null || card === null) {
        problems.push(`missing ${stage === null ? '#stage' : 'the event card'}`);
      } else {
        const a = stage.getBoundingClientRect();
        const b = card.getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (a.width === 0 || a.height === 0) problems.push(`the institute view has an empty box`);
        if (x > 1 && y > 1) {
          const box = (r: DOMRect) =>
            `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          problems.push(
            `${describe(card)} (${box(b)}) overlaps the institute view ${stage.tagName.toLowerCase()} (${box(a)}) by ${Math.round(x)}×${Math.round(y)}px`,
          );
        }
      }
    }
    return problems;
  }, options.stage ?? false);
}

/** Waits until the institute view has drawn its canvas (Phaser loads in its own chunk). */
export async function waitForStage(page: Page): Promise<void> {
  await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
}
