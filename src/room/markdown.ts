import type { Locale, LocalText, ObjectiveStatus } from '../engine';
import type { ReportDecision, ReportVote, RoomReport } from './report';
import type { VoteMode } from './state';

/** The report's words in one language (the room's screens give them: src/ui/room/room-text.ts). */
export interface ReportLabels {
  readonly reportTitle: string;
  readonly roomCode: string;
  readonly created: string;
  readonly generated: string;
  readonly participants: string;
  readonly voteModes: Readonly<Record<VoteMode, string>>;
  readonly teams: string;
  readonly ending: string;
  readonly notEnded: string;
  readonly objectives: string;
  readonly statuses: Readonly<Record<ObjectiveStatus, string>>;
  readonly shownBy: string;
  readonly missedBy: string;
  readonly decisions: string;
  readonly decision: (n: number) => string;
  readonly turn: (n: number) => string;
  readonly option: string;
  readonly votes: string;
  /** Heads a negotiation clause's count. */
  readonly clause: string;
  readonly share: string;
  readonly played: string;
  readonly playedChoice: string;
  readonly tieBroken: string;
  readonly noVote: string;
  readonly outcome: string;
  readonly changes: string;
  readonly better: string;
  readonly worse: string;
  readonly consequences: string;
  readonly consequenceResults: Readonly<Record<'fired' | 'shown' | 'averted' | 'pending', string>>;
  readonly note: string;
  readonly mostSplit: string;
  readonly split: (percent: number) => string;
  readonly noSplit: string;
  readonly improvements: string;
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  readonly noImprovements: string;
}

export interface MarkdownOptions {
  readonly locale: Locale;
  readonly labels: ReportLabels;
  /** A date as the reader writes it (the pure room reads no clock and formats no dates itself). */
  readonly formatDate: (ms: number) => string;
}

/**
 * The after-action report as Markdown. Every text that came from people or from a scenario file is
 * escaped, so a note holding `<script>`, a link or a table's `|` reads as the characters typed and never
 * becomes markup in whatever renders the file.
 */
export function reportMarkdown(report: RoomReport, options: MarkdownOptions): string {
  const { labels: l, locale, formatDate } = options;
  const t = (text: LocalText | null | undefined) => inline(localText(text, locale));
  const out: string[] = [];
  out.push(`# ${inline(l.reportTitle)}: ${t(report.scenario.title)}`, '');
  const room = report.room;
  out.push(
    `- ${l.roomCode}: ${inline(room.code)}`,
    `- ${l.created}: ${inline(formatDate(room.createdAt))}; ${l.generated}: ${inline(formatDate(room.generatedAt))}`,
    `- ${l.participants}: ${room.participants}; ${l.voteModes[room.voteMode]}`,
  );
  if (room.teams.length > 0) out.push(`- ${l.teams}: ${room.teams.map(inline).join(', ')}`);
  out.push(`- ${l.ending}: ${report.ending === null ? l.notEnded : t(report.ending.title)}`, '');

  out.push(`## ${l.objectives}`, '');
  for (const objective of report.objectives) {
    const by = (label: string, numbers: readonly number[]) =>
      numbers.length === 0 ? '' : `; ${label} ${numbers.map((n) => n + 1).join(', ')}`;
    out.push(
      `- **${l.statuses[objective.status]}**: ${t(objective.title)}${by(l.shownBy, objective.shownBy)}${by(l.missedBy, objective.missedBy)}`,
    );
  }
  out.push('', `## ${l.decisions}`, '');
  for (const decision of report.decisions) out.push(...decisionMarkdown(decision, options), '');

  out.push(`## ${l.mostSplit}`, '');
  if (report.mostSplit.length === 0) out.push(l.noSplit);
  for (const [i, number] of report.mostSplit.entries()) {
    const decision = report.decisions.find((d) => d.number === number);
    const split = Math.round((decision?.vote?.split ?? 0) * 100);
    out.push(`${i + 1}. ${l.decision(number + 1)}: ${t(decision?.title)} (${l.split(split)})`);
  }
  out.push('', `## ${l.improvements}`, '');
  if (report.improvements.length === 0) out.push(l.noImprovements);
  else {
    out.push(`| ${l.action} | ${l.owner} | ${l.due} |`, '| --- | --- | --- |');
    for (const item of report.improvements)
      out.push(`| ${inline(item.action)} | ${inline(item.owner)} | ${inline(item.due)} |`);
  }
  return `${out.join('\n')}\n`;
}

function decisionMarkdown(decision: ReportDecision, options: MarkdownOptions): string[] {
  const { labels: l, locale } = options;
  const t = (text: LocalText | null | undefined) => inline(localText(text, locale));
  const out = [`### ${l.decision(decision.number + 1)}: ${t(decision.title)} (${l.turn(decision.turn)})`, ''];
  if (decision.prompt !== null) out.push(`*${t(decision.prompt)}*`, '');
  const vote = decision.vote;
  const table = (counted: ReportVote) => {
    out.push(`| # | ${l.option} | ${l.votes} | ${l.share} |`, '| --- | --- | --- | --- |');
    for (const [i, option] of counted.options.entries()) {
      const share = counted.total === 0 ? 0 : Math.round((option.votes / counted.total) * 100);
      const text = option.played ? `**${t(option.text)}** (${l.played})` : t(option.text);
      out.push(`| ${i + 1} | ${text} | ${option.votes} | ${share}% |`);
    }
    out.push('');
  };
  if (vote !== null) table(vote);
  for (const clause of decision.clauseVotes) {
    out.push(`${l.clause}: ${t(clause.clause)}`, '');
    table(clause);
  }
  if (vote === null && decision.clauseVotes.length === 0) out.push(l.noVote, '');
  const played = decision.played
    .map((p) => (p.clause === null ? t(p.text) : `${t(p.clause)}: ${t(p.text)}`))
    .join('; ');
  out.push(`- ${l.playedChoice}: ${played}${vote?.tieBroken ? ` (${l.tieBroken})` : ''}`);
  if (decision.outcome.length > 0) out.push(`- ${l.outcome}: ${decision.outcome.map(t).join(' ')}`);
  if (decision.changes.length > 0) {
    const changes = decision.changes.map(
      (c) =>
        `${t(c.label)} ${c.delta > 0 ? `+${c.delta}` : String(c.delta)} (${c.good ? l.better : l.worse})`,
    );
    out.push(`- ${l.changes}: ${changes.join(', ')}`);
  }
  for (const c of decision.consequences)
    out.push(`- ${l.consequences} (${l.turn(c.turn)}, ${l.consequenceResults[c.result]}): ${t(c.text)}`);
  if (decision.note !== null) {
    out.push('', `${l.note}:`, '');
    for (const line of decision.note.split(/\r\n|\r|\n/)) out.push(`> ${escapeMarkdown(line.trim())}`);
  }
  return out;
}

function localText(text: LocalText | null | undefined, locale: Locale): string {
  if (text == null) return '';
  return text[locale] ?? text.en ?? text.ko ?? '';
}

/** Text for one line (a heading, a list item, a table cell): line breaks become spaces, then escaped. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Markdown's control characters made literal. `&`, `<` and `>` become entities (so no renderer reads
 * HTML or an entity someone typed); the other punctuation Markdown acts on gets a backslash, which
 * CommonMark allows before any ASCII punctuation. `-`, `+`, `=` and a number with `.` or `)` act only at
 * the start of a line (a list, a rule, a heading underline), so only there are they escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
