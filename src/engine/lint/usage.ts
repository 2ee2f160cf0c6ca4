import type { JsonPath } from '../diagnostics';
import type { IdKind } from './catalog';
import type { LintContext } from './context';
import type { LintCode } from './index';

/** Declared things that only matter when something points at them. */
const UNUSED: readonly {
  kind: IdKind;
  list: 'objectives' | 'references' | 'characters';
  code: LintCode;
  what: string;
}[] = [
  { kind: 'objective', list: 'objectives', code: 'LD329', what: 'no decision or lesson touches it' },
  { kind: 'reference', list: 'references', code: 'LD330', what: 'no decision or lesson cites it' },
  {
    kind: 'character',
    list: 'characters',
    code: 'LD331',
    what: 'no event has it as speaker or negotiation partner',
  },
];

/** LD329–LD331: objectives, references and characters that nothing uses. */
export function checkUsage(context: LintContext): void {
  const used = new Set<string>();
  for (const use of context.sites.ids) used.add(`${use.kind}:${use.id}`);
  for (const { kind, list, code, what } of UNUSED) {
    context.scenario[list].forEach((item, i) => {
      if (used.has(`${kind}:${item.id}`)) return;
      const path: JsonPath = [list, i, 'id'];
      context.report(code, path, `${kind} "${item.id}" is never used: ${what}`);
    });
  }
}
