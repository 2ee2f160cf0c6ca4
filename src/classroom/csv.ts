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

export function resultsCsv(results: readonly RunResult[]): string {
  const meters = meterIds(results);
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
  ];
  const lines = [csvRow(header)];
  results.forEach((result, run) => {
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
        ]),
      );
    }
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
