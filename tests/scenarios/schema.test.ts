import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/engine/format/json-schema';

it('the committed scenarios/scenario.schema.json matches the format (run `npm run schema` if not)', () => {
  expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
});
