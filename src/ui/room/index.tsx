import '../styles/room.css';
import type { shippedScenarios } from 'virtual:scenario-catalog';
import { render } from 'preact';
import { BrowserStore } from './browser-store';
import { ControlScreen, keepHostToken } from './control-screen';
import { DisplayScreen } from './display-screen';
import { JoinScreen } from './join-screen';
import { RoomUiContext, useLocale } from './room-locale';
import { ROOM_TEXT } from './room-text';

export type RoomPath = '/control' | '/display' | '/join';

/** The room's screens, one per path: loaded only there, so the game's own first chunk stays as it was. */
export function startRoomScreen(
  path: RoomPath,
  root: HTMLElement,
  storage: Storage | null,
  cards: typeof shippedScenarios,
): void {
  const store = new BrowserStore(storage);
  // Before anything renders: the host token leaves the address bar at once.
  if (path === '/control') keepHostToken(store);
  document.body.classList.add('room-page');
  render(<RoomScreens path={path} store={store} cards={cards} />, root);
}

function RoomScreens(props: {
  readonly path: RoomPath;
  readonly store: BrowserStore;
  readonly cards: typeof shippedScenarios;
}) {
  const [locale, setLocale] = useLocale(props.store);
  return (
    <RoomUiContext.Provider value={{ locale, t: ROOM_TEXT[locale] }}>
      {props.path === '/control' ? (
        <ControlScreen store={props.store} cards={props.cards} onSwitch={setLocale} />
      ) : props.path === '/display' ? (
        <DisplayScreen />
      ) : (
        <JoinScreen store={props.store} onSwitch={setLocale} />
      )}
    </RoomUiContext.Provider>
  );
}
