import type { shippedScenarios } from 'virtual:scenario-catalog';
import { useMemo, useState } from 'preact/hooks';
import type { Locale, LocalText } from '../../engine';
import { localize } from '../context';
import type { BrowserStore } from './browser-store';
import { ControlRoom } from './control-room';
import { takeHandedDraft } from './draft-handoff';
import { HOST_KEY, resumeControl } from './resume-control';
import { RoomGone } from './room-ending';
import { RoomLink } from './room-link';
import { LanguageSwitch, useLinkState, useRoomUi } from './room-locale';
import { LinkStatus, RefusalLine } from './room-status';
import { CLASS_TEXT } from './room-text';
import { ScenarioFile } from './scenario-file';

export const CONTROL_KEY = 'lab-doors.room.control';

/**
 * Takes the host token out of the address (`#host=…`) into the browser, so the address bar, a
 * screenshot or the browser's history never show it again.
 */
export function keepHostToken(store: BrowserStore): void {
  const host = new URLSearchParams(location.hash.slice(1)).get('host');
  if (host === null) return;
  store.set(HOST_KEY, host);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/**
 * The facilitator's screen: with the host token, pick a shipped scenario and create a room; then drive
 * it (see ControlRoom). The room's control token stays in the browser, so a reload returns to the room.
 */
export function ControlScreen(props: {
  readonly store: BrowserStore;
  readonly cards: typeof shippedScenarios;
  readonly onSwitch: (locale: Locale) => void;
  /** Switches to opening a class room (class-control-screen.tsx). */
  readonly onClassRoom?: () => void;
}) {
  const { store, cards } = props;
  const { locale, t } = useRoomUi();
  const [refusal, setRefusal] = useState<string | null>(null);
  const link = useMemo(() => new RoomLink(resumeControl(store, CONTROL_KEY, setRefusal)), [store]);
  const state = useLinkState(link);
  const [scenario, setScenario] = useState(cards[0]?.card.id ?? '');
  // Scenarios opened from a file and accepted by the server, offered after the shipped ones.
  // Taken once, on the first render: a reload does not upload it again.
  const [handed] = useState(() => takeHandedDraft(store));
  const [ownFiles, setOwnFiles] = useState<readonly { id: string; title: LocalText }[]>([]);
  const [teamMode, setTeamMode] = useState(false);
  const [teams, setTeams] = useState('');
  const [liveTally, setLiveTally] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const teamNames = teams
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const answer = await link.signed({
      type: 'create',
      scenario,
      liveTally,
      voteMode: teamMode ? 'team' : 'person',
      ...(teamNames.length > 0 ? { teams: teamNames } : {}),
    });
    if (!answer.ok) return setRefusal(answer.refusal);
    if (answer.token !== undefined) {
      store.set(CONTROL_KEY, answer.token);
      link.token = answer.token;
      link.seq = 0;
    }
  };

  const leave = () => {
    store.remove(CONTROL_KEY);
    location.reload();
  };

  const inRoom = state.room !== null && state.room.control !== null;
  return (
    <main class="room room-control">
      <header class="room-bar-top">
        <h1>{t.controlTitle}</h1>
        <LanguageSwitch onSwitch={props.onSwitch} />
      </header>
      <LinkStatus state={state} />
      {state.deleted ? (
        <RoomGone action={{ label: t.createAnother, run: leave }} />
      ) : inRoom ? (
        <ControlRoom link={link} onLeave={leave} />
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
              {ownFiles.map((own) => (
                <option key={own.id} value={own.id}>
                  {`${localize(own.title, locale)} (${t.yourFile})`}
                </option>
              ))}
            </select>
          </label>
          <ScenarioFile
            hostToken={store.get(HOST_KEY) ?? ''}
            handed={handed}
            onAccepted={(id, title) => {
              setOwnFiles([...ownFiles.filter((own) => own.id !== id), { id, title }]);
              setScenario(id);
            }}
          />
          <label class="room-check">
            <input
              type="checkbox"
              checked={teamMode}
              onChange={(e) => setTeamMode(e.currentTarget.checked)}
            />
            {t.teamMode}
          </label>
          <label>
            {t.teamNames}
            <input name="teams" value={teams} onInput={(e) => setTeams(e.currentTarget.value)} />
          </label>
          <label class="room-check">
            <input
              type="checkbox"
              checked={liveTally}
              onChange={(e) => setLiveTally(e.currentTarget.checked)}
            />
            {t.liveTally}
          </label>
          <button type="submit" class="room-primary" disabled={!state.online}>
            {t.createRoom}
          </button>
          {props.onClassRoom !== undefined && (
            <button type="button" class="room-quiet open-class-room" onClick={props.onClassRoom}>
              {CLASS_TEXT[locale].openClassRoom}
            </button>
          )}
        </form>
      )}
      <RefusalLine refusal={refusal} />
    </main>
  );
}
