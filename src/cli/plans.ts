import { writeFileSync } from 'node:fs';
import { findPlans } from '../engine/simulate/plans';
import { intOption, isEntryPoint, parseArgs } from './args';
import { readScenario } from './read-scenario';

/**
 * `npm run plans -- scenarios/x.json`: finds the shortest seeded run to each ending and writes them to
 * tests/scenarios/plans/<id>.json, where a test replays every plan and checks its ending.
 */
export function main(argv: readonly string[]): number {
  const args = parseArgs(argv, { valued: ['runs', 'seed'] });
  const runs = intOption(args, 'runs', 20_000, 1, 10_000_000);
  const seed = intOption(args, 'seed', 1, -2147483648, 2147483647);
  if (
    args.problems.length > 0 ||
    typeof runs === 'string' ||
    typeof seed === 'string' ||
    args.positional.length === 0
  ) {
    const problem = args.problems.length > 0 ? args.problems.join('; ') : undefined;
    console.error(
      problem ?? (typeof runs === 'string' ? runs : typeof seed === 'string' ? seed : 'give scenario files'),
    );
    console.error('usage: npm run plans -- <scenario.json>... [--runs N] [--seed S]');
    return 2;
  }
  let missing = 0;
  for (const file of args.positional) {
    const scenario = readScenario(file, console.error);
    if (scenario === null) return 1;
    const plans = findPlans(scenario, { runs, seed });
    const target = `tests/scenarios/plans/${scenario.source.id}.json`;
    const body = { scenario: scenario.source.id, version: scenario.source.version, plans };
    writeFileSync(target, `${JSON.stringify(body, null, 2)}\n`);
    const found = new Set(plans.map((p) => p.ending));
    const unreached = scenario.endings.filter((e) => !found.has(e.id)).map((e) => e.id);
    missing += unreached.length;
    console.log(`${target}: ${plans.length} of ${scenario.endings.length} endings`);
    if (unreached.length > 0) console.log(`  not reached in ${runs} runs: ${unreached.join(', ')}`);
  }
  return missing === 0 ? 0 : 1;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
