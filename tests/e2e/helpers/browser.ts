import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/**
 * Debian's Chromium, launched the one way that works on our machines (shared/design/toolchain.md):
 * a persistent context in a fresh temporary profile, headless, with these flags. Playwright's
 * `launch()` refuses `--user-data-dir`, and `npx playwright install` cannot download a browser here.
 * WebGL works with these flags (SwiftShader); Phaser's AUTO falls back to Canvas by itself.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The same choice `scripts/ensure-chromium.mjs` makes (which installs it when missing). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface Browser {
  readonly context: BrowserContext;
  /** Closes Chromium and removes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Turns off the page's Content Security Policy. Leave it on for tests: CSP violations are bugs. */
  readonly bypassCSP?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lab-doors-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS],
      bypassCSP: options.bypassCSP ?? false,
      viewport: { width: 1280, height: 720 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
