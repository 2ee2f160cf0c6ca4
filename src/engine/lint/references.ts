import { type IdKind, LIST_OF_KIND } from './catalog';
import type { LintContext } from './context';
import { unknownId } from './suggest';

const UNKNOWN_CODE = {
  flag: 'LD102',
  event: 'LD103',
  meter: 'LD104',
  character: 'LD106',
  objective: 'LD107',
  reference: 'LD108',
} as const satisfies Record<IdKind, string>;

/** LD102–LD108: every id a condition, an effect or a link names is declared. */
export function checkReferences(context: LintContext): void {
  const { catalog } = context;
  for (const use of context.sites.ids) {
    if (catalog.has(use.kind, use.id)) continue;
    const args = unknownId(use.kind, LIST_OF_KIND[use.kind], use.id, catalog.ids(use.kind));
    context.report(UNKNOWN_CODE[use.kind], use.path, args);
  }
}
