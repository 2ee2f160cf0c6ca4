import type { ChoiceView, PresentedView } from '../../engine';
import { localize } from '../context';
import { useRoomUi } from './room-locale';

/** The card on screen: its title, its text and, for discussion, its prompt. */
export function RoomCard({ view }: { readonly view: PresentedView }) {
  const { locale, t } = useRoomUi();
  const card = view.card;
  if (card === null) return null;
  const prompt = localize(card.prompt, locale);
  return (
    <section class="room-card" aria-labelledby="room-card-title">
      <p class="room-turn">{localize(view.calendar.label, locale)}</p>
      <h2 id="room-card-title">{localize(card.title, locale)}</h2>
      <p class="room-card-text">{localize(card.text, locale)}</p>
      {prompt !== '' && (
        <div class="room-prompt">
          <h3>{t.discussion}</h3>
          <p>{prompt}</p>
        </div>
      )}
    </section>
  );
}

/** The options numbered as everywhere in the room (the projector and every phone use the same numbers). */
export function ChoiceText({ choice }: { readonly choice: ChoiceView }) {
  const { locale } = useRoomUi();
  return (
    <>
      <span class="room-number" aria-hidden="true">
        {choice.number}
      </span>
      <span class="room-choice-text">{localize(choice.text, locale)}</span>
    </>
  );
}

/** The options; with `counts` (the room shows its tally live) each with its votes so far. */
export function ChoiceList(props: {
  readonly view: PresentedView;
  readonly counts?: Readonly<Record<string, number>> | null;
}) {
  const { view, counts } = props;
  const { t } = useRoomUi();
  return (
    <ol class="room-choices">
      {view.choices
        .filter((c) => !c.locked)
        .map((choice) => (
          <li key={choice.id} value={choice.number}>
            <ChoiceText choice={choice} />
            {counts != null && <span class="room-count">{t.votes(counts[choice.id] ?? 0)}</span>}
          </li>
        ))}
    </ol>
  );
}
