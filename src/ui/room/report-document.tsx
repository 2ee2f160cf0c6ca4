import type { LocalText } from '../../engine';
import type { ReportDecision, ReportVote, RoomReport } from '../../room';
import { localize } from '../context';
import { useRoomUi } from './room-locale';

/**
 * The after-action report as a page: the one the facilitator reads on screen and prints (A4, see
 * room-report.css). Every text (scenario, notes, improvement items) is a Preact text node, never HTML.
 */
export function ReportDocument({ report }: { readonly report: RoomReport }) {
  const { locale, t } = useRoomUi();
  const l = t.report;
  const text = (value: LocalText | null | undefined) => localize(value, locale);
  const date = (ms: number) => new Date(ms).toLocaleDateString(locale);
  const numbers = (list: readonly number[]) => list.map((n) => n + 1).join(', ');
  return (
    <article class="room-report" aria-labelledby="room-report-title">
      <h1 id="room-report-title">
        {l.reportTitle}: {text(report.scenario.title)}
      </h1>
      <ul class="room-report-meta">
        <li>
          {l.roomCode}: {report.room.code}
        </li>
        <li>
          {l.created}: {date(report.room.createdAt)}; {l.generated}: {date(report.room.generatedAt)}
        </li>
        <li>
          {l.participants}: {report.room.participants}; {l.voteModes[report.room.voteMode]}
          {report.room.teams.length > 0 && `; ${l.teams}: ${report.room.teams.join(', ')}`}
        </li>
        <li>
          {l.ending}: {report.ending === null ? l.notEnded : text(report.ending.title)}
        </li>
      </ul>

      <h2>{l.objectives}</h2>
      <ul class="room-report-objectives">
        {report.objectives.map((objective) => (
          <li key={objective.id} data-status={objective.status}>
            <strong>{l.statuses[objective.status]}</strong>: {text(objective.title)}
            {objective.shownBy.length > 0 && `; ${l.shownBy} ${numbers(objective.shownBy)}`}
            {objective.missedBy.length > 0 && `; ${l.missedBy} ${numbers(objective.missedBy)}`}
          </li>
        ))}
      </ul>

      <h2>{l.decisions}</h2>
      {report.decisions.map((decision) => (
        <DecisionSection key={decision.number} decision={decision} />
      ))}

      <h2>{l.mostSplit}</h2>
      {report.mostSplit.length === 0 ? (
        <p>{l.noSplit}</p>
      ) : (
        <ol class="room-report-split">
          {report.mostSplit.map((number) => {
            const decision = report.decisions.find((d) => d.number === number);
            return (
              <li key={number}>
                {l.decision(number + 1)}: {text(decision?.title)} (
                {l.split(Math.round((decision?.vote?.split ?? 0) * 100))})
              </li>
            );
          })}
        </ol>
      )}

      <h2>{l.improvements}</h2>
      {report.improvements.length === 0 ? (
        <p>{l.noImprovements}</p>
      ) : (
        <table class="room-report-improvements">
          <thead>
            <tr>
              <th scope="col">{l.action}</th>
              <th scope="col">{l.owner}</th>
              <th scope="col">{l.due}</th>
            </tr>
          </thead>
          <tbody>
            {report.improvements.map((item) => (
              <tr key={item.id}>
                <td>{item.action}</td>
                <td>{item.owner}</td>
                <td>{item.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

function DecisionSection({ decision }: { readonly decision: ReportDecision }) {
  const { locale, t } = useRoomUi();
  const l = t.report;
  const text = (value: LocalText | null | undefined) => localize(value, locale);
  const vote = decision.vote;
  const played = decision.played
    .map((p) => (p.clause === null ? text(p.text) : `${text(p.clause)}: ${text(p.text)}`))
    .join('; ');
  return (
    <section class="room-report-decision" data-decision={decision.number}>
      <h3>
        {l.decision(decision.number + 1)}: {text(decision.title)} ({l.turn(decision.turn)})
      </h3>
      {decision.prompt !== null && <p class="room-report-prompt">{text(decision.prompt)}</p>}
      {vote !== null && <VoteTable vote={vote} />}
      {decision.clauseVotes.map((clause) => (
        <div key={text(clause.clause)} class="room-report-clause">
          <p>
            {l.clause}: {text(clause.clause)}
          </p>
          <VoteTable vote={clause} />
        </div>
      ))}
      {vote === null && decision.clauseVotes.length === 0 && <p>{l.noVote}</p>}
      <ul>
        <li>
          {l.playedChoice}: {played}
          {vote?.tieBroken === true && ` (${l.tieBroken})`}
        </li>
        {decision.outcome.length > 0 && (
          <li>
            {l.outcome}: {decision.outcome.map(text).join(' ')}
          </li>
        )}
        {decision.changes.length > 0 && (
          <li>
            {l.changes}:{' '}
            {decision.changes
              .map(
                (c) =>
                  `${text(c.label)} ${c.delta > 0 ? `+${c.delta}` : String(c.delta)} (${c.good ? l.better : l.worse})`,
              )
              .join(', ')}
          </li>
        )}
        {decision.consequences.map((c, index) => (
          <li key={index}>
            {l.consequences} ({l.turn(c.turn)}, {l.consequenceResults[c.result]}): {text(c.text)}
          </li>
        ))}
      </ul>
      {decision.note !== null && (
        <blockquote class="room-report-note">
          <p>
            <strong>{l.note}:</strong>
          </p>
          <p>{decision.note}</p>
        </blockquote>
      )}
    </section>
  );
}

/** One count: each option with its votes and share, the played (or agreed) one marked. */
function VoteTable({ vote }: { readonly vote: ReportVote }) {
  const { locale, t } = useRoomUi();
  const l = t.report;
  return (
    <table class="room-report-votes">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{l.option}</th>
          <th scope="col">{l.votes}</th>
          <th scope="col">{l.share}</th>
        </tr>
      </thead>
      <tbody>
        {vote.options.map((option, index) => (
          <tr key={option.id} data-choice={option.id} class={option.played ? 'room-played' : undefined}>
            <td>{index + 1}</td>
            <td>
              {localize(option.text, locale)}
              {option.played && <strong> ({l.played})</strong>}
            </td>
            <td data-votes={option.votes}>{option.votes}</td>
            <td>{vote.total === 0 ? '0%' : `${Math.round((option.votes / vote.total) * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
