import type { JsonPath } from '../diagnostics';
import type { IdKind } from './catalog';
import type { LintContext } from './context';

/** Declared things that only matter when something points at them. */
const UNUSED: readonly {
  kind: IdKind;
  list: 'objectives' | 'references' | 'characters';
  code: 'LD329' | 'LD330' | 'LD331';
}[] = [
  { kind: 'objective', list: 'objectives', code: 'LD329' },
  { kind: 'reference', list: 'references', code: 'LD330' },
  { kind: 'character', list: 'characters', code: 'LD331' },
];

/** LD329–LD331: objectives, references and characters that nothing uses. */
export function checkUsage(context: LintContext): void {
  const used = new Set<string>();
  for (const use of context.sites.ids) used.add(`${use.kind}:${use.id}`);
  for (const { kind, list, code } of UNUSED) {
    context.scenario[list].forEach((item, i) => {
      if (used.has(`${kind}:${item.id}`)) return;
      const path: JsonPath = [list, i, 'id'];
      context.report(code, path, { id: item.id });
    });
  }
}
