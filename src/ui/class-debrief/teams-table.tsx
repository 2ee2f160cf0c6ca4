import type { TeamPath } from '../../classroom/aggregate';
import { useUi } from '../context';
import type { Labels } from './labels';

/** Side by side, more columns than this cannot be compared (the CSV export has every run). */
export const MAX_TEAM_COLUMNS = 30;

/**
 * Each team's path side by side: a column per run, a row per decision, the endings in the last row. The
 * first `MAX_TEAM_COLUMNS` runs only, and then it says so.
 */
export function TeamsTable(props: { teams: readonly TeamPath[]; labels: Labels }) {
  const { m } = useUi();
  const { labels } = props;
  const teams = props.teams.slice(0, MAX_TEAM_COLUMNS);
  const longest = Math.max(0, ...teams.map((t) => t.steps.length));
  return (
    <>
      {props.teams.length > teams.length && (
        <p class="hint">{m.classDebriefTeamsFirst(teams.length, props.teams.length)}</p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, or a keyboard cannot scroll it (axe: scrollable-region-focusable) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="class-teams-heading">
        <table class="class-teams">
          <thead>
            <tr>
              <th scope="col">#</th>
              {teams.map((t) => (
                <th scope="col" key={t.run}>
                  <bdi>{t.label}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: longest }, (_, i) => (
              <tr key={i}>
                <th scope="row">{m.classDebriefDecisionN(i + 1)}</th>
                {teams.map((t) => {
                  const d = t.steps[i];
                  return (
                    <td key={t.run}>
                      {d && (
                        <>
                          <span class="team-event">{labels.event(d.event)}</span>
                          <span class="team-choice">{labels.step(d)}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr class="team-ending">
              <th scope="row">{m.classDebriefEnding}</th>
              {teams.map((t) => (
                <td key={t.run}>{labels.ending(t.ending ?? 'unfinished')}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>
    </>
  );
}
