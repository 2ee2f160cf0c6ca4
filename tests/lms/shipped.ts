import { readdirSync, readFileSync } from 'node:fs';
import { compile } from '../../src/engine/compile';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { loadScenario } from '../../src/engine/load';

/** Every shipped scenario (scenarios/*.json), compiled, by id. */
export function shippedScenarios(): Map<string, CompiledScenario> {
  const out = new Map<string, CompiledScenario>();
  for (const name of readdirSync('scenarios')) {
    if (!name.endsWith('.json') || name === 'scenario.schema.json') continue;
    const { scenario } = loadScenario(name, readFileSync(`scenarios/${name}`, 'utf8'));
    if (scenario === undefined) throw new Error(`${name} does not load`);
    out.set(scenario.id, compile(scenario));
  }
  return out;
}
