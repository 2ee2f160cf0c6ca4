import { useMemo } from 'preact/hooks';
import { tallyObjectives } from '../../classroom/objective-tallies';
import type { RunResult } from '../../classroom/result-schema';
import { type CompiledScenario, OBJECTIVE_STATUSES } from '../../engine';
import { localize, useUi } from '../context';
import { ObjectiveGlyph } from '../glyphs';

/**
 * The class debrief's learning objectives: per objective, how many runs showed it, missed it or never
 * met it, judged as each learner's own debrief judges it.
 */
export function ObjectivesTable(props: { scenario: CompiledScenario; results: readonly RunResult[] }) {
  const { scenario, results } = props;
  const { m, locale } = useUi();
  const tallies = useMemo(() => tallyObjectives(scenario, results), [scenario, results]);
  if (tallies.length === 0) return null;
  return (
    <section aria-labelledby="class-objectives-heading">
      <h3 id="class-objectives-heading">{m.classDebriefObjectives}</h3>
      <p class="hint">{m.classDebriefObjectivesHint}</p>
      <div class="table-scroll">
        <table class="class-objectives">
          <thead>
            <tr>
              <th scope="col">{m.classDebriefObjectiveColumn}</th>
              {OBJECTIVE_STATUSES.map((status) => (
                <th key={status} scope="col">
                  <ObjectiveGlyph status={status} /> {m.objectiveStatus[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tallies.map((tally) => (
              <tr key={tally.id} data-objective={tally.id}>
                <th scope="row">
                  {localize(scenario.source.objectives.find((o) => o.id === tally.id)?.title, locale)}
                </th>
                {OBJECTIVE_STATUSES.map((status) => (
                  <td key={status} class={`count objective-${status}-count`}>
                    {m.classDebriefObjectiveRuns(tally.counts[status], tally.runs)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
