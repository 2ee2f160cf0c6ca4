import type { PresentedView } from '../../engine';
import type { RoomView } from '../../room';
import { localize } from '../context';
import { ClauseReveal } from './negotiation-panel';
import { useRoomUi } from './room-locale';

/**
 * After the vote closed: the room's split, the played choice, the outcome (feedback, meter changes, the
 * learning note) and the expert's view of every option. The same on the projector and the phones.
 */
export function Reveal({ room, view }: { readonly room: RoomView; readonly view: PresentedView }) {
  const { locale, t } = useRoomUi();
  const outcome = view.outcome;
  const tally = room.vote.tally;
  // Numbered as they were on the card: the options that could be voted for, in order.
  const options = (outcome?.expert.groups[0]?.options ?? []).filter(
    (option) => tally === null || option.id in tally.counts,
  );
  const played = room.vote.chosen ?? outcome?.chosen?.id ?? null;
  const total = tally === null ? 0 : Object.values(tally.counts).reduce((a, b) => a + b, 0);
  const negotiated = outcome !== null && outcome.kind !== 'choice';
  // A negotiation's expert view covers every clause; a card's, its options as numbered on the card.
  const expertGroups = negotiated ? (outcome?.expert.groups ?? []) : [{ clause: null, options }];
  return (
    <section class="room-reveal" aria-labelledby="room-reveal-title">
      {negotiated && outcome !== null && <ClauseReveal room={room} outcome={outcome} />}
      {!negotiated && tally !== null && (
        <>
          <h2 id="room-reveal-title">{t.distribution}</h2>
          <ol class="room-distribution">
            {options.map((option, index) => {
              const count = tally.counts[option.id] ?? 0;
              const share = total === 0 ? 0 : Math.round((count / total) * 100);
              return (
                <li
                  key={option.id}
                  class={option.id === played ? 'room-played' : undefined}
                  data-choice={option.id}
                >
                  <span class="room-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="room-choice-text">{localize(option.text, locale)}</span>
                  <span class="room-count" data-count={count}>
                    {t.votes(count)}
                  </span>
                  <span class="room-bar" aria-hidden="true">
                    <span class="room-bar-fill" style={{ width: `${share}%` }} />
                  </span>
                  {option.id === played && <strong class="room-played-label">{t.played}</strong>}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {outcome !== null && (
        <div class="room-outcome">
          <h2 id={tally === null && !negotiated ? 'room-reveal-title' : undefined}>{t.outcome}</h2>
          {outcome.feedback.map((text, index) => (
            <p key={index}>{localize(text, locale)}</p>
          ))}
          {outcome.changes.length > 0 && (
            <ul class="room-changes">
              {outcome.changes.map((change) => (
                <li key={change.meter} class={change.good ? 'room-good' : 'room-bad'}>
                  {localize(change.label, locale)}{' '}
                  {change.delta > 0 ? `+${change.delta}` : String(change.delta)}{' '}
                  <span class="room-small">({change.good ? t.better : t.worse})</span>
                </li>
              ))}
            </ul>
          )}
          {outcome.lesson !== null && <p class="room-lesson">{localize(outcome.lesson.note, locale)}</p>}
          {outcome.expert.any && (
            <div class="room-expert">
              <h3>{t.expertView}</h3>
              {expertGroups.map((group) => (
                <div key={group.clause?.id ?? ''}>
                  {group.clause !== null && <h4>{localize(group.clause.label, locale)}</h4>}
                  <ol>
                    {group.options.map((option) => (
                      <li key={option.id}>
                        <strong>{localize(option.text, locale)}</strong>
                        {option.expert !== null && <p>{localize(option.expert, locale)}</p>}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
