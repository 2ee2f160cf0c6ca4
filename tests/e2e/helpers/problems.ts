import type { Page } from 'playwright-core';

/**
 * What went wrong on a page while a test drove it: console errors (which include CSP violations and
 * "Failed to load resource"), uncaught exceptions, requests that failed and responses with HTTP ≥ 400.
 * Any one of them fails the test through `expectNoProblems`.
 */
export interface PageProblems {
  readonly list: readonly string[];
}

export function watchProblems(page: Page): PageProblems {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    list.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    list.push(`uncaught ${error.name}: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    list.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText ?? '?'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      list.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return { list };
}

/** Throws, listing every problem, when the page logged an error or a request failed. */
export function expectNoProblems(problems: PageProblems): void {
  if (problems.list.length === 0) return;
  throw new Error(
    `the page had ${problems.list.length} problem(s):\n${problems.list.map((p) => `  - ${p}`).join('\n')}`,
  );
}
