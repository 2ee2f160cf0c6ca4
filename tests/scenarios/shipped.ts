import { readFileSync } from 'node:fs';
import { shippedFiles } from '../../src/build/scenario-plugin';
import { compile } from '../../src/engine/compile';
import type { CompiledScenario } from '../../src/engine/compile/types';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { loadScenario } from '../../src/engine/load';

export interface ShippedScenario {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly compiled: CompiledScenario | null;
}

/** Every scenario file that ships in scenarios/ (not its drafts/ folder), loaded the way the game and the CLI load them. */
export function shippedScenarios(): ShippedScenario[] {
  return shippedFiles('scenarios').map((name) => {
    const file = `scenarios/${name}`;
    const { scenario, diagnostics } = loadScenario(file, readFileSync(file, 'utf8'));
    return { file, diagnostics, compiled: scenario ? compile(scenario) : null };
  });
}
