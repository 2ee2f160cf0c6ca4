import '../styles/room.css';
import type { shippedScenarios } from 'virtual:scenario-catalog';
import { render } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useState } from 'preact/hooks';
import { BrowserStore } from './browser-store';
import { STUDENT_KEY } from './class-student-screen';
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
  render(<RoomScreens path={path} store={store} storage={storage} cards={cards} />, root);
}

const ClassTeacher = lazy(() => import('./class-screens').then((m) => ({ default: m.ClassTeacher })));
const ClassStudent = lazy(() => import('./class-screens').then((m) => ({ default: m.ClassStudent })));
/** The teacher chose a class room (kept, so a reload of the control screen stays there). */
const CLASS_KIND_KEY = 'lab-doors.room.kind';

function RoomScreens(props: {
  readonly path: RoomPath;
  readonly store: BrowserStore;
  readonly storage: Storage | null;
  readonly cards: typeof shippedScenarios;
}) {
  const { store } = props;
  const [locale, setLocale] = useLocale(store);
  const [teaching, setTeaching] = useState(() => store.get(CLASS_KIND_KEY) === 'class');
  // A class room's code typed on the join screen, or a student's run kept in this browser.
  const [classCode, setClassCode] = useState<string | null>(() =>
    store.get(STUDENT_KEY) === null ? null : '',
  );
  const teach = (on: boolean) => {
    if (on) store.set(CLASS_KIND_KEY, 'class');
    else store.remove(CLASS_KIND_KEY);
    setTeaching(on);
  };
  const common = { store, storage: props.storage, cards: props.cards, onSwitch: setLocale };
  return (
    <RoomUiContext.Provider value={{ locale, t: ROOM_TEXT[locale] }}>
      <Suspense fallback={null}>
        {props.path === '/control' ? (
          teaching ? (
            <ClassTeacher {...common} onWorkshop={() => teach(false)} />
          ) : (
            <ControlScreen
              store={store}
              cards={props.cards}
              onSwitch={setLocale}
              onClassRoom={() => teach(true)}
            />
          )
        ) : props.path === '/display' ? (
          <DisplayScreen />
        ) : classCode !== null ? (
          <ClassStudent
            {...common}
            code={classCode}
            onWorkshop={() => {
              store.remove(STUDENT_KEY);
              setClassCode(null);
            }}
          />
        ) : (
          <JoinScreen store={store} onSwitch={setLocale} onClassRoom={setClassCode} />
        )}
      </Suspense>
    </RoomUiContext.Provider>
  );
}
