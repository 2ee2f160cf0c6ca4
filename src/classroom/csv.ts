import type { CompiledScenario } from '../engine';
import { judgeResult } from './objective-tallies';
import type { RunResult } from './result-schema';

/**
 * The class's results as CSV: one row per run and decision. Quoting as RFC 4180 (fields with a comma,
 * quote or line break are quoted, quotes doubled), CRLF line ends, and a leading byte order mark so
 * that Excel reads Korean team names as UTF-8. Cells that a spreadsheet would run as a formula (text
 * starting with = + - @) get a leading apostrophe: team names come from learners.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** The meter ids of a group of results, in the order the first decision lists them. */
function meterIds(results: readonly RunResult[]): string[] {
  for (const r of results) {
    const first = r.decisions[0];
    if (first) return Object.keys(first.before);
  }
  return [];
}

/**
 * With the scenario, each row also carries its run's judgement of every learning objective (`shown`,
 * `missed`, `not-met`, as the debrief says it; empty when the save no longer replays), so a teacher can
 * filter the runs that missed one.
 */
export function resultsCsv(results: readonly RunResult[], scenario?: CompiledScenario): string {
  const meters = meterIds(results);
  const objectives = scenario?.source.objectives.map((o) => o.id) ?? [];
  const header = [
    'team',
    'class_code',
    'run',
    'decision',
    'turn',
    'event',
    'kind',
    'choice',
    'terms',
    ...meters.flatMap((m) => [`${m}_before`, `${m}_after`]),
    'votes',
    'ending',
    'duration_seconds',
    ...objectives.map((id) => `objective_${id}`),
  ];
  const lines = [csvRow(header)];
  results.forEach((result, run) => {
    const judged = scenario ? judgeResult(scenario, result) : null;
    const statuses = objectives.map((_, o) => judged?.[o]?.status ?? '');
    for (const d of result.decisions) {
      const vote = result.votes.find((v) => v.decision === d.number);
      const votes = vote
        ? Object.entries(vote.counts)
            .map(([choice, n]) => `${choice}:${n}`)
            .join(' ')
        : '';
      const terms = d.terms
        ? Object.entries(d.terms)
            .map(([clause, option]) => `${clause}=${option}`)
            .join(' ')
        : '';
      lines.push(
        csvRow([
          result.team ?? '',
          result.classCode ?? '',
          run + 1,
          d.number + 1,
          d.turn,
          d.event,
          d.kind,
          d.choice ?? '',
          terms,
          ...meters.flatMap((m) => [d.before[m], d.after[m]]),
          votes,
          result.ending?.id ?? '',
          result.durationSeconds,
          ...statuses,
        ]),
      );
    }
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
