import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/store/slot';
import { CUSTOM_SCENARIO_KEY, ScenarioLibrary } from '../../src/ui/library';
import { checkHere } from '../../src/ui/scenario-check/check-here';

const SAMPLE = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');

describe('the scenario library', () => {
  it('checks the remembered scenario file once, however many unknown scenarios are asked for', async () => {
    const storage = new MemoryStorage();
    storage.setItem(CUSTOM_SCENARIO_KEY, SAMPLE);
    let checks = 0;
    const library = new ScenarioLibrary([], storage, {
      startWorker: () => null,
      checkHere: async (name, text) => {
        checks++;
        return checkHere(name, text);
      },
    });
    for (let i = 0; i < 20; i++) expect(await library.ensure(`unknown-${i}`)).toBe(false);
    expect(await library.ensure('sample-visiting-lab')).toBe(true);
    expect(checks).toBe(1);
  });

  it('says a check that was stopped was stopped, and registers nothing', async () => {
    const library = new ScenarioLibrary([], new MemoryStorage(), {
      startWorker: () => ({
        onmessage: null,
        onerror: null,
        postMessage() {},
        terminate() {},
      }),
      limitMs: 1,
    });
    expect(await library.open('slow.json', SAMPLE)).toEqual({ ok: false, stopped: 'time', limitMs: 1 });
    expect(library.get('sample-visiting-lab')).toBeUndefined();
  });
});
