import { formatJsonPath, type JsonPath } from '../diagnostics';
import type { IdWord } from '../diagnostics/reference-codes';
import type { LintContext } from './context';

/** The top-level lists whose ids must be unique, with the noun used in messages. */
const TOP_LEVEL_LISTS = [
  ['meters', 'meter'],
  ['flags', 'flag'],
  ['characters', 'character'],
  ['objectives', 'objective'],
  ['references', 'reference'],
  ['doors', 'door'],
  ['events', 'event'],
  ['endings', 'ending'],
] as const;

/**
 * LD101: ids are unique within each top-level list, choices within an event, clauses within a
 * negotiation and options within a clause. The second declaration is reported, naming the first.
 */
export function checkDuplicateIds(context: LintContext): void {
  const { scenario } = context;
  for (const [list, what] of TOP_LEVEL_LISTS) {
    checkUnique(context, scenario[list], [list], what);
  }
  scenario.events.forEach((event, i) => {
    if (event.choices !== undefined) checkUnique(context, event.choices, ['events', i, 'choices'], 'choice');
    event.negotiation?.clauses.forEach((clause, j) => {
      checkUnique(context, clause.options, ['events', i, 'negotiation', 'clauses', j, 'options'], 'option');
    });
    if (event.negotiation !== undefined) {
      checkUnique(context, event.negotiation.clauses, ['events', i, 'negotiation', 'clauses'], 'clause');
    }
  });
}

function checkUnique(
  context: LintContext,
  items: readonly { readonly id: string }[],
  listPath: JsonPath,
  what: IdWord,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    const firstPath = formatJsonPath([...listPath, first]);
    context.report('LD101', [...listPath, index, 'id'], { what, id: item.id, first: firstPath });
  });
}
