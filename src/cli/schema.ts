import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../engine/format/json-schema';

/** Rewrites scenarios/scenario.schema.json from the zod format. */
const target = 'scenarios/scenario.schema.json';
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
