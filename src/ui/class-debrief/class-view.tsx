import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { type DecisionShares, summarize } from '../../classroom/aggregate';
import { resultsCsv } from '../../classroom/csv';
import type { RunResult } from '../../classroom/result-schema';
import type { CompiledScenario } from '../../engine';
import { localize, useUi } from '../context';
import { downloadText } from '../download';
import { type Labels, useLabels } from './labels';
import { ObjectivesTable } from './objectives-table';
import { PathsCharts } from './paths-chart';
import { TeamsTable } from './teams-table';

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What the room did, for the verified results of one scenario version: runs, ending shares, where the
 * room split most, the choice shares at each decision, meter paths, each team's path. Memoised: it renders
 * again only when its results change (a thousand results are a large view to lay out).
 */
export const ClassView = memo(function ClassView(props: {
  scenario: CompiledScenario;
  results: readonly RunResult[];
}) {
  const { m, locale } = useUi();
  const { scenario, results } = props;
  const summary = useMemo(
    () =>
      summarize(
        results,
        scenario.source.endings.map((e) => e.id),
      ),
    [scenario, results],
  );
  const labels = useLabels(scenario);
  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(
      `lab-doors-class-${scenario.source.id}-${date}.csv`,
      resultsCsv(results, scenario),
      'text/csv;charset=utf-8',
    );
  };
  const split = summary.mostSplit.filter((d) => d.split > 0).slice(0, 5);
  return (
    <div class="class-view">
      <div class="class-view-header">
        <h2 class="class-scenario">
          {localize(scenario.source.title, locale)}{' '}
          <span class="version">({m.classDebriefVersion(summary.scenario.version)})</span>
        </h2>
        <div class="class-view-actions no-print">
          <button type="button" onClick={() => window.print()}>
            {m.print}
          </button>
          <button type="button" class="export-csv" onClick={exportCsv}>
            {m.classDebriefExportCsv}
          </button>
        </div>
      </div>
      <p class="class-runs">
        <span class="class-runs-label">{m.classDebriefRuns}</span>{' '}
        <span class="class-runs-count">{summary.runs.toLocaleString(locale)}</span>
      </p>

      <section aria-labelledby="class-endings-heading">
        <h3 id="class-endings-heading">{m.classDebriefEndings}</h3>
        <ul class="share-bars">
          {summary.endings.map((e) => (
            <li key={e.id} data-ending={e.id}>
              <span class="share-label">{labels.ending(e.id)}</span>
              <span class="share-bar" aria-hidden="true">
                <span style={{ width: percent(e.share) }} />
              </span>
              <span class="share-number">
                <span class="count">{e.count}</span> (<span class="percent">{percent(e.share)}</span>)
              </span>
            </li>
          ))}
        </ul>
      </section>

      <ObjectivesTable scenario={scenario} results={results} />

      <section aria-labelledby="class-split-heading">
        <h3 id="class-split-heading">{m.classDebriefSplit}</h3>
        <p class="hint">{m.classDebriefSplitHint}</p>
        {split.length === 0 ? (
          <p>{m.classDebriefSplitNone}</p>
        ) : (
          <ol class="class-split">
            {split.map((d) => (
              <li key={d.event} data-event={d.event}>
                <strong>{labels.event(d.event)}</strong> —{' '}
                {m.classDebriefSplitScore(Math.round(d.split * 100))}
                <span class="split-choices">
                  {' '}
                  ({d.choices.map((c) => `${labels.choice(d.event, c.id)} ${percent(c.share)}`).join(' · ')})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="class-choices-heading">
        <h3 id="class-choices-heading">{m.classDebriefChoices}</h3>
        <div class="class-choices">
          {summary.decisions.map((d) => (
            <DecisionTable key={d.event} decision={d} labels={labels} />
          ))}
        </div>
      </section>

      <section aria-labelledby="class-paths-heading">
        <h3 id="class-paths-heading">{m.classDebriefPaths}</h3>
        <PathsCharts scenario={scenario} paths={summary.meterPaths} />
      </section>

      <section aria-labelledby="class-teams-heading">
        <h3 id="class-teams-heading">{m.classDebriefTeams}</h3>
        <TeamsTable teams={summary.teams} labels={labels} />
      </section>
    </div>
  );
});

function DecisionTable(props: { decision: DecisionShares; labels: Labels }) {
  const { m } = useUi();
  const { decision: d, labels } = props;
  return (
    <div class="class-decision" data-event={d.event}>
      <table>
        <caption>
          <strong>{labels.event(d.event)}</strong>{' '}
          <span class="hint">
            ({m.classDebriefDecided(d.total)} · {m.classDebriefRunsFaced(d.runs)})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.classDebriefChoice}</th>
            <th scope="col">{m.classDebriefCount}</th>
            <th scope="col">{m.classDebriefShare}</th>
          </tr>
        </thead>
        <tbody>
          {d.choices.map((c) => (
            <tr key={c.id} data-choice={c.id}>
              <th scope="row">{labels.choice(d.event, c.id)}</th>
              <td class="count">{c.count}</td>
              <td class="percent">
                <span class="share-bar" aria-hidden="true">
                  <span style={{ width: percent(c.share) }} />
                </span>
                {percent(c.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.clauses.map((clause) => (
        <table key={clause.clause} class="class-clause" data-clause={clause.clause}>
          <caption>{m.classDebriefClause(labels.clause(d.event, clause.clause))}</caption>
          <tbody>
            {clause.options.map((o) => (
              <tr key={o.id} data-option={o.id}>
                <th scope="row">{labels.option(d.event, clause.clause, o.id)}</th>
                <td class="count">{o.count}</td>
                <td class="percent">{percent(o.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
