import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/**
 * What a player's browser loads before the title shows: the entry script and every module index.html
 * preloads with it, gzipped. Measured on the build just before the studio came (commit 00a4561's
 * parent): 72.3 kB. The studio (issue 11) may add at most 5 kB to it; the studio and the live room load
 * only when opened, in chunks of their own.
 */
const BEFORE_THE_STUDIO_KB = 72.3;
const STUDIO_ALLOWANCE_KB = 5;
const DIST = 'dist';

function firstLoad(): { name: string; gzip: number; text: string }[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? match[2] ?? '');
  return files.map((file) => {
    const bytes = readFileSync(path.join(DIST, file));
    return { name: path.basename(file), gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString() };
  });
}

describe('the first load', () => {
  const files = firstLoad();

  test('stays within what it was before the studio, plus 5 kB gzip', () => {
    const kB = files.reduce((sum, file) => sum + file.gzip, 0) / 1024;
    const list = files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(2)} kB`).join(', ');
    expect(kB, `first load ${kB.toFixed(2)} kB gzip: ${list}`).toBeLessThanOrEqual(
      BEFORE_THE_STUDIO_KB + STUDIO_ALLOWANCE_KB,
    );
  });

  test('carries neither the studio nor the live room, which load when opened', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.name).not.toMatch(/^(studio|room|class-)/);
      // Strings only those screens hold: the studio's form tabs and the room's report format.
      expect(file.text, file.name).not.toContain('studio-tab-');
      expect(file.text, file.name).not.toContain('lab-doors-room-report');
    }
  });
});
