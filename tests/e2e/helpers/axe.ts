import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One accessibility failure axe-core found, with the elements it found it on. */
export interface A11yViolation {
  readonly id: string;
  readonly impact: 'serious' | 'critical';
  readonly help: string;
  readonly helpUrl: string;
  readonly targets: readonly string[];
}

interface AxeResultsLike {
  readonly violations: readonly {
    id: string;
    impact?: string | null;
    help: string;
    helpUrl: string;
    nodes: readonly { target: readonly unknown[] }[];
  }[];
  readonly passes: readonly unknown[];
}

let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the serious and
 * critical violations. The built page's CSP forbids inline scripts, so `addScriptTag` would be
 * blocked; DevTools evaluation is not subject to the page's CSP, so the source goes in through
 * `page.evaluate`. Throws if axe did not load or checked nothing, so a scan can never pass by not
 * running.
 */
export async function scanA11y(
  page: Page,
  options: { readonly include?: string } = {},
): Promise<A11yViolation[]> {
  const present = () =>
    page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  // A string is evaluated as a script by DevTools (Runtime.evaluate), outside the page's CSP.
  if (!(await present())) await page.evaluate(source());
  const loaded = await present();
  if (!loaded) throw new Error('axe-core did not load into the page');
  const results = (await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } })
      .axe;
    return axe.run(include ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
  }, options.include ?? null)) as AxeResultsLike;
  if (results.violations.length === 0 && results.passes.length === 0) {
    throw new Error('axe-core ran no rule on the page');
  }
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact as 'serious' | 'critical',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

/** One line per violation and element, for a test failure message. */
export function formatViolations(violations: readonly A11yViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.targets.map((t) => `    at ${t}`).join('\n')}`,
    )
    .join('\n');
}
