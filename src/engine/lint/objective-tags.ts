import type { LintContext } from './context';

/**
 * LD507, LD508: whether the debrief can judge each objective both ways. Only the options a player takes
 * count (src/engine/objectives.ts): an objective no option shows can never be shown, and one no option
 * goes against can never be missed, so its status says only whether the card came up. Lessons that name
 * an objective do not count, which is why LD329 (never used) is not enough.
 */
export function checkObjectiveTags(context: LintContext): void {
  const shows = new Set<string>();
  const against = new Set<string>();
  for (const use of context.sites.ids) {
    if (use.kind !== 'objective') continue;
    // The path ends […, 'objectives', 'shows' | 'against', index].
    const list = use.path.at(-2);
    if (list === 'shows') shows.add(use.id);
    else if (list === 'against') against.add(use.id);
  }
  context.scenario.objectives.forEach((objective, i) => {
    if (!shows.has(objective.id)) context.report('LD507', ['objectives', i, 'id'], { id: objective.id });
    else if (!against.has(objective.id))
      context.report('LD508', ['objectives', i, 'id'], { id: objective.id });
  });
}
