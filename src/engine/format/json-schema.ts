import { z } from 'zod';
import { Scenario } from './scenario';

/**
 * The JSON Schema that editors use for autocompletion and inline errors (`"$schema":
 * "./scenario.schema.json"`). Generated from the zod format so the two can never disagree; a test
 * fails when the committed file is stale (`npm run schema` rewrites it).
 */
function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Lab Doors scenario',
    description: 'A Lab Doors scenario file. See scenarios/README.md for the authoring guide.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
