// First, before any module that imports zod: see the file for why.
import './zod-jitless';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
// Base styles first; each screen and component imports its own sheet after (src/ui/styles/).
import './ui/styles/base.css';
import { shippedScenarios } from 'virtual:scenario-catalog';
import { render } from 'preact';
import favicon from '../assets/favicon.svg';
import { findScormApi } from './lms/scorm-api';
import { createGameStore } from './store/game';
import { createSettingsStore, defaultSettings } from './store/settings';
import { type KeyValueStorage, MemoryStorage } from './store/slot';
import { App } from './ui/app';
import { ScenarioLibrary } from './ui/library';

const ROOM_PATHS = ['/control', '/display', '/join'] as const;

/** The one place that wires things: storage, stores, the scenario library, the overlay. */
function browserStorage(): KeyValueStorage {
  try {
    const probe = '__lab-doors-probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Storage blocked (private mode, file:// in some browsers): play on without saving.
    return new MemoryStorage();
  }
}

document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.setAttribute('href', favicon);

const storage = browserStorage();
const overlay = document.getElementById('overlay');
// The live room's screens (served by `npm run room`): their own chunk, loaded only on their paths.
const roomPath = ROOM_PATHS.find((p) => p === window.location.pathname);
if (import.meta.env.MODE !== 'scorm' && roomPath !== undefined && overlay !== null) {
  const room = await import('./ui/room');
  room.startRoomScreen(
    roomPath,
    overlay,
    storage instanceof MemoryStorage ? null : window.localStorage,
    shippedScenarios,
  );
} else {
  await startGame();
}

async function startGame(): Promise<void> {
  const now = () => Date.now();
  const settings = createSettingsStore({
    storage,
    now,
    defaults: defaultSettings({
      locale: navigator.language,
      reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    }),
  });
  const library = new ScenarioLibrary(shippedScenarios, storage);
  // Inside a SCORM 1.2 LMS (none found: the game plays as anywhere, without loading the adapter): started
  // before the store reads the save slot, so a run the LMS kept can be continued.
  const lms =
    findScormApi(window) === null
      ? null
      : (await import('./lms/scorm-adapter')).startScorm({ win: window, storage, now });
  const game = createGameStore({
    catalog: library,
    storage,
    now,
    newSeed: () => crypto.getRandomValues(new Int32Array(1))[0] ?? 1,
  });

  if (overlay)
    render(
      <App game={game} settings={settings} library={library} autoResume={lms?.resumable === true} />,
      overlay,
    );
  // The browser bench (`npm run bench`) builds the game in its own mode, with hooks to drive it; in any
  // other build the condition is false at build time, so neither the hooks nor their chunk ship.
  if (import.meta.env.MODE === 'bench') (await import('./ui/bench-hooks')).installBenchHooks(game);
  lms?.attach(game);
}
