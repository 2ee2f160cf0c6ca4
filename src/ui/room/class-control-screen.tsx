import type { shippedScenarios } from 'virtual:scenario-catalog';
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import { localize } from '../context';
import type { BrowserStore } from './browser-store';
import { ClassLink, useClassLinkState } from './class-link';
import { ClassLiveDebrief } from './class-live-debrief';
import { ClassLinkStatus } from './class-status';
import { type GameParts, GameUi } from './game-ui';
import { HOST_KEY, resumeControl } from './resume-control';
import { LanguageSwitch, useRoomUi } from './room-locale';
import { RefusalLine } from './room-status';
import { useClassText } from './use-class-text';

export const CLASS_CONTROL_KEY = 'lab-doors.room.class-control';

/**
 * The teacher's screen for a class room: with the host token, pick the scenario, give a class code (or
 * get a new one) and say whether students give a nickname; then the live class debrief. The room's
 * token stays in the browser, so a reload returns to the room.
 */
export function ClassControlScreen(props: {
  readonly store: BrowserStore;
  readonly cards: typeof shippedScenarios;
  readonly parts: GameParts;
  readonly onSwitch: (locale: Locale) => void;
  readonly onWorkshop: () => void;
}) {
  const { store, cards } = props;
  const { locale, t } = useRoomUi();
  const c = useClassText();
  const [refusal, setRefusal] = useState<string | null>(null);
  const link = useMemo(() => new ClassLink(resumeControl(store, CLASS_CONTROL_KEY, setRefusal)), [store]);
  const state = useClassLinkState(link);
  const [scenario, setScenario] = useState(cards[0]?.card.id ?? '');
  const [classCode, setClassCode] = useState('');
  const [askNickname, setAskNickname] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const answer = await link.signed({ type: 'createClass', scenario, classCode, askNickname });
    if (!answer.ok) return setRefusal(answer.refusal);
    if (answer.token !== undefined) {
      store.set(CLASS_CONTROL_KEY, answer.token);
      link.token = answer.token;
      link.seq = 0;
    }
  };
  const leave = () => {
    store.remove(CLASS_CONTROL_KEY);
    location.reload();
  };

  const room = state.room?.kind === 'class-control' ? state.room : null;
  return (
    <main class="room room-control room-class-control">
      <header class="room-bar-top">
        <h1>{c.classTitle}</h1>
        <LanguageSwitch onSwitch={props.onSwitch} />
      </header>
      <ClassLinkStatus state={state} />
      {room !== null ? (
        <GameUi parts={props.parts}>
          <ClassLiveDebrief room={room} library={props.parts.library} publicBase={state.publicBase} />
          <button type="button" class="room-quiet no-print" onClick={leave}>
            {c.leaveClass}
          </button>
          <DeleteClassRoom
            onDelete={async () => {
              const answer = await link.signed({ type: 'delete' });
              if (!answer.ok) return setRefusal(answer.refusal);
              store.remove(CLASS_CONTROL_KEY);
              location.reload();
            }}
          />
        </GameUi>
      ) : store.get(HOST_KEY) === null ? (
        <p class="room-note">{t.noHostToken}</p>
      ) : (
        <form class="room-form" onSubmit={create}>
          <label>
            {t.scenario}
            <select name="scenario" value={scenario} onChange={(e) => setScenario(e.currentTarget.value)}>
              {cards.map(({ card }) => (
                <option key={card.id} value={card.id}>
                  {localize(card.title, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {c.classCodeOptional}
            <input
              name="class-code"
              value={classCode}
              maxLength={16}
              autoComplete="off"
              autoCapitalize="characters"
              onInput={(e) => setClassCode(e.currentTarget.value)}
            />
          </label>
          <label class="room-check">
            <input
              type="checkbox"
              name="ask-nickname"
              checked={askNickname}
              onChange={(e) => setAskNickname(e.currentTarget.checked)}
            />
            {c.askNickname}
          </label>
          <button type="submit" class="room-primary" disabled={!state.online}>
            {c.createClassRoom}
          </button>
          <button type="button" class="room-quiet" onClick={props.onWorkshop}>
            {c.openWorkshopRoom}
          </button>
        </form>
      )}
      <RefusalLine refusal={refusal} />
    </main>
  );
}

/** Deleting asks first: it erases every student's run in the room. */
function DeleteClassRoom({ onDelete }: { readonly onDelete: () => Promise<void> }) {
  const c = useClassText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="room-quiet delete-class-room no-print" onClick={() => setAsking(true)}>
        {c.deleteClass}
      </button>
    );
  }
  return (
    <fieldset class="room-confirm">
      <legend>{c.deleteClassQuestion}</legend>
      <button type="button" class="confirm-delete-class" onClick={() => void onDelete()}>
        {c.deleteClassYes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {c.deleteClassNo}
      </button>
    </fieldset>
  );
}
