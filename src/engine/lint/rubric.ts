import type { LintContext } from './context';
import { unknownId } from './suggest';

/** LD111, LD332: the LMS rubric scores real endings, and every ending. */
export function checkRubric(context: LintContext): void {
  const rubric = context.scenario.rubric;
  if (rubric === undefined) return;
  const endings = [...context.catalog.endings.keys()];
  for (const id of Object.keys(rubric.endings)) {
    if (context.catalog.endings.has(id)) continue;
    context.report('LD111', ['rubric', 'endings', id], unknownId('ending', 'endings', id, endings));
  }
  const unscored = endings.filter((id) => !Object.hasOwn(rubric.endings, id));
  if (unscored.length > 0) {
    context.report('LD332', ['rubric', 'endings'], { endings: unscored });
  }
}
