import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedFiles, shippedScenarioErrors } from '../../src/build/scenario-plugin';

const SAMPLE = 'scenarios/sample-visiting-lab.json';
/** The sample with `trust` misspelt in its meters: an LD105 error with a "did you mean". */
const BROKEN = readFileSync(SAMPLE, 'utf8').replace('"id": "trust"', '"id": "trsut"');

describe('the drafts folder', () => {
  let directory = '';
  afterEach(() => rmSync(directory, { recursive: true, force: true }));
  const scenarios = () => {
    directory = mkdtempSync(path.join(tmpdir(), 'lab-doors-scenarios-'));
    copyFileSync(SAMPLE, path.join(directory, 'sample-visiting-lab.json'));
    mkdirSync(path.join(directory, 'drafts'));
    writeFileSync(path.join(directory, 'drafts', 'half-done.json'), BROKEN);
    return directory;
  };

  it('is not shipped: a broken draft there neither ships nor stops the build', () => {
    const dir = scenarios();
    expect(shippedFiles(dir)).toEqual(['sample-visiting-lab.json']);
    expect(shippedScenarioErrors(dir)).toEqual([]);
  });

  it('a broken file outside it stops the build with the checker lines alone', () => {
    const dir = scenarios();
    writeFileSync(path.join(dir, 'mine.json'), BROKEN);
    const lines = shippedScenarioErrors(dir);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes('mine.json') && /LD\d{3}/.test(line))).toBe(true);
    expect(lines.join('\n')).toContain('"trsut"');
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('is ignored by git and by Biome', () => {
    const ignored = execFileSync('git', ['check-ignore', 'scenarios/drafts/mine.json'], { encoding: 'utf8' });
    expect(ignored.trim()).toBe('scenarios/drafts/mine.json');
    const biome = JSON.parse(readFileSync('biome.json', 'utf8')) as { files: { includes: string[] } };
    expect(biome.files.includes).toContain('!scenarios/drafts');
  });
});
