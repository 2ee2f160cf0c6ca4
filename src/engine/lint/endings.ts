import { formatJsonPath } from '../diagnostics';
import type { LintContext } from './context';

/**
 * LD326–LD328: endings are checked in order and the first whose `when` holds is the one, so the last
 * should be a fallback without `when`, nothing can follow a fallback, and one ending should be the best.
 */
export function checkEndings(context: LintContext): void {
  const { endings } = context.scenario;
  const fallback = endings.findIndex((ending) => ending.when === undefined);
  if (fallback === -1) {
    const last = endings.length - 1;
    context.report('LD326', ['endings', last, 'when']);
  } else {
    const fallbackPath = formatJsonPath(['endings', fallback]);
    for (let i = fallback + 1; i < endings.length; i++) {
      context.report('LD327', ['endings', i], { ending: endings[i]?.id ?? '', fallback: fallbackPath });
    }
  }
  if (!endings.some((ending) => ending.tone === 'best')) {
    context.report('LD328', ['endings']);
  }
}
