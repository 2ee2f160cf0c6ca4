import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine';
import { BLANK_TEMPLATE } from '../../src/studio/blank-template';
import { templateFromShipped } from '../../src/studio/shipped-template';

describe('the blank template', () => {
  it('validates clean: no error and no warning', () => {
    expect(loadScenario('my-first-scenario.json', BLANK_TEMPLATE).diagnostics).toEqual([]);
  });

  it('is already as `biome format` leaves it', { timeout: 60_000 }, () => {
    const formatted = execFileSync('npx', ['biome', 'format', '--stdin-file-path=scenarios/template.json'], {
      input: BLANK_TEMPLATE,
      encoding: 'utf8',
    });
    expect(formatted).toBe(BLANK_TEMPLATE);
  });

  it('has text in both languages and no placeholder filler', () => {
    expect(BLANK_TEMPLATE).not.toMatch(/lorem|ipsum|TODO/i);
    expect(BLANK_TEMPLATE).toContain('Your first decision');
    expect(BLANK_TEMPLATE).toContain('첫 번째 결정');
  });
});

describe('a shipped scenario as a template', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
  const templateOf = (file: string) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    const loaded = loadScenario(file, text).scenario;
    if (loaded === undefined) throw new Error(`${file} does not load`);
    return { id: loaded.id, text, template: templateFromShipped(text, loaded.id) };
  };

  it.each(files)('%s gives a draft under its own id that loads without errors', (file) => {
    const { id, template } = templateOf(file);
    const again = loadScenario(file, template);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.scenario?.id).toBe(`${id}-copy`);
  });

  it.each(files)('%s differs from the shipped file in its id only', (file) => {
    const { id, text, template } = templateOf(file);
    expect(template.replace(`"id": "${id}-copy"`, `"id": "${id}"`)).toBe(text);
  });

  it.each(files)('%s is already as `biome format` leaves it', { timeout: 60_000 }, (file) => {
    const { template } = templateOf(file);
    const formatted = execFileSync('npx', ['biome', 'format', `--stdin-file-path=scenarios/${file}`], {
      input: template,
      encoding: 'utf8',
    });
    expect(formatted).toBe(template);
  });
});
