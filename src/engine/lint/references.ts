import { type IdKind, LIST_OF_KIND } from './catalog';
import type { LintContext } from './context';
import type { LintCode } from './index';
import { unknownIdMessage } from './suggest';

const UNKNOWN_CODE: Readonly<Record<IdKind, LintCode>> = {
  flag: 'LD102',
  event: 'LD103',
  meter: 'LD104',
  character: 'LD106',
  objective: 'LD107',
  reference: 'LD108',
};

/** LD102–LD108: every id a condition, an effect or a link names is declared. */
export function checkReferences(context: LintContext): void {
  const { catalog } = context;
  for (const use of context.sites.ids) {
    if (catalog.has(use.kind, use.id)) continue;
    const message = unknownIdMessage(use.kind, LIST_OF_KIND[use.kind], use.id, catalog.ids(use.kind));
    context.report(UNKNOWN_CODE[use.kind], use.path, message);
  }
}
