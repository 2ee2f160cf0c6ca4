import '../styles/room-negotiation.css';
import { useState } from 'preact/hooks';
import type { NegotiationView, OutcomeView } from '../../engine';
import type { RoomView } from '../../room';
import { localize } from '../context';
import { useRoomUi } from './room-locale';
import type { RoomText } from './room-text';

type Counts = Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;

/**
 * A negotiation card in the room, the same on the projector, the phones and the control screen: the
 * partner and the round, each clause with its numbered options (the room's count once the vote closes,
 * or live if the room shows it), the partner's answer and the terms it counters with.
 */
export function NegotiationPanel(props: {
  readonly room: RoomView;
  readonly negotiation: NegotiationView;
  /** A participant's ballot: their vote per clause, and how to vote (null when they cannot now). */
  readonly ballot?: {
    readonly mine: Readonly<Record<string, string>>;
    readonly vote: ((clause: string, option: string) => void) | null;
  };
}) {
  const { locale, t } = useRoomUi();
  const { negotiation, room, ballot } = props;
  const counts: Counts = room.vote.tally?.clauses;
  const answer = negotiation.answer;
  const partner = negotiation.partner === null ? '' : localize(negotiation.partner.name, locale);
  return (
    <section class="room-negotiation" aria-labelledby="room-negotiation-title">
      <h3 id="room-negotiation-title">
        {t.negotiationWith(partner)} · {t.negotiationRound(negotiation.round, negotiation.maxRounds)}
      </h3>
      {answer !== null && (
        <div class="room-partner-answer" role="status">
          <h4>{answer.answer === 'counter' ? t.partnerCounters : t.partnerAnswered}</h4>
          <p>{localize(answer.text, locale)}</p>
        </div>
      )}
      {negotiation.clauses.map((clause) => (
        <fieldset key={clause.id} class="room-clause" data-clause={clause.id}>
          <legend>{localize(clause.label, locale)}</legend>
          <ol class="room-choices">
            {clause.options.map((option, index) => {
              const count = counts?.[clause.id]?.[option.id];
              const asked = negotiation.counter?.[clause.id] === option.id;
              const proposed = answer?.terms[clause.id] === option.id;
              const text = (
                <>
                  <span class="room-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="room-choice-text">
                    {localize(option.text, locale)}
                    {proposed && <span class="room-tag">{t.weProposed}</span>}
                    {asked && <span class="room-tag room-tag-partner">{t.partnerAsks}</span>}
                  </span>
                  {count !== undefined && (
                    <span class="room-count" data-count={count}>
                      {t.votes(count)}
                    </span>
                  )}
                </>
              );
              return (
                <li key={option.id} value={index + 1} data-option={option.id}>
                  {ballot === undefined ? (
                    text
                  ) : (
                    <button
                      type="button"
                      class="room-choice"
                      aria-pressed={ballot.mine[clause.id] === option.id}
                      disabled={ballot.vote === null}
                      data-clause={clause.id}
                      data-choice={option.id}
                      onClick={() => ballot.vote?.(clause.id, option.id)}
                    >
                      {text}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </fieldset>
      ))}
    </section>
  );
}

/** The option of each clause the room voted for most (the first on a tie), else what the form presets. */
function roomTerms(room: RoomView, negotiation: NegotiationView): Record<string, string> {
  const counts: Counts = room.vote.tally?.clauses;
  const terms: Record<string, string> = {};
  for (const clause of negotiation.clauses) {
    const perOption = counts?.[clause.id];
    let best = clause.preset;
    let most = 0;
    for (const option of clause.options) {
      const n = perOption?.[option.id] ?? 0;
      if (n > most) {
        most = n;
        best = option.id;
      }
    }
    // A counter on the table presets the partner's terms, as the single-player form does.
    terms[clause.id] = negotiation.counter?.[clause.id] ?? best;
  }
  return terms;
}

/**
 * The facilitator's side of a negotiation once the room has voted (or without a vote): the room's terms
 * preset from its count, clause by clause, to propose; the partner's counter to accept; or walking away.
 */
export function NegotiationControls(props: {
  readonly room: RoomView;
  readonly negotiation: NegotiationView;
  readonly act: (message: Record<string, unknown>) => Promise<void>;
}) {
  const { locale, t } = useRoomUi();
  const { negotiation, room, act } = props;
  const [terms, setTerms] = useState(() => roomTerms(room, negotiation));
  return (
    <form
      class="room-form room-terms"
      onSubmit={(event) => {
        event.preventDefault();
        void act({ type: 'propose', terms });
      }}
    >
      <h3>{t.roomTerms}</h3>
      {negotiation.clauses.map((clause) => (
        <label key={clause.id}>
          {localize(clause.label, locale)}
          <select
            name={`clause-${clause.id}`}
            value={terms[clause.id]}
            onChange={(e) => setTerms({ ...terms, [clause.id]: e.currentTarget.value })}
          >
            {clause.options.map((option, index) => (
              <option key={option.id} value={option.id}>
                {`${index + 1}. ${localize(option.text, locale)}`}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div class="room-actions">
        {negotiation.canProposeAgain && (
          <button type="submit" class="room-primary">
            {t.proposeTerms}
          </button>
        )}
        {negotiation.counter !== null && (
          <button type="button" class="room-primary" onClick={() => void act({ type: 'acceptCounter' })}>
            {t.acceptCounter}
          </button>
        )}
        <button type="button" onClick={() => void act({ type: 'walkAway' })}>
          {t.walkAway}
        </button>
      </div>
    </form>
  );
}

/** After a negotiation: how it ended, and per clause the room's count with the agreed option marked. */
export function ClauseReveal(props: { readonly room: RoomView; readonly outcome: OutcomeView }) {
  const { locale, t } = useRoomUi();
  const { room, outcome } = props;
  const counts: Counts = room.vote.tally?.clauses;
  const agreed = new Map(outcome.terms.map((term) => [term.clause, term.option]));
  return (
    <>
      <h2 id="room-reveal-title">{outcome.kind === 'agreement' ? t.agreement : t.noDeal}</h2>
      {outcome.partnerText !== null && <p>{localize(outcome.partnerText, locale)}</p>}
      {outcome.expert.groups.map((group) =>
        group.clause === null ? null : (
          <div key={group.clause.id} class="room-clause" data-clause={group.clause.id}>
            <h3>{localize(group.clause.label, locale)}</h3>
            <ol class="room-distribution">
              {group.options.map((option, index) => {
                const count = counts?.[group.clause?.id ?? '']?.[option.id] ?? 0;
                const taken = agreed.get(group.clause?.id ?? '') === option.id;
                return (
                  <li key={option.id} class={taken ? 'room-played' : undefined} data-choice={option.id}>
                    <span class="room-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span class="room-choice-text">{localize(option.text, locale)}</span>
                    {counts !== undefined && (
                      <span class="room-count" data-count={count}>
                        {t.votes(count)}
                      </span>
                    )}
                    {taken && <strong class="room-played-label">{t.agreed}</strong>}
                  </li>
                );
              })}
            </ol>
          </div>
        ),
      )}
    </>
  );
}

/** Where a negotiation stands, in a line for the projector and the phones. */
export function negotiationStatus(t: RoomText, room: RoomView): string {
  switch (room.vote.status) {
    case 'open':
      return `${t.clauseVoteOpen} ${t.voted(room.vote.voters)}`;
    case 'waiting':
      return t.negotiationWaiting;
    default:
      return t.negotiationCounted;
  }
}
