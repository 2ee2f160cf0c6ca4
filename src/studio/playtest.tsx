import { lazy, Suspense } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compile, type Scenario } from '../engine';
import { createGameStore } from '../store/game';
import { MemoryStorage } from '../store/slot';
import { Ui, useUi } from '../ui/context';
import { MenuDialog, SettingsDialog } from '../ui/dialogs';
import { PlayScreen } from '../ui/play';
import { useStore } from '../ui/use-store';
import type { StudioMessages } from './i18n';

const DebriefScreen = lazy(() => import('../ui/debrief'));

/**
 * Plays a draft from its start in the game's own play screen, on a game store of its own whose saves
 * go to memory: a play-test never replaces the player's saved run, even when the draft has the id of a
 * shipped scenario, and it ends when the author goes back to the studio. The menu (Esc) and the debrief
 * are the game's own; "quit" in the menu goes back to the studio.
 */
export function Playtest(props: {
  scenario: Scenario;
  facilitator: boolean;
  s: StudioMessages;
  onBack(): void;
}) {
  const ui = useUi();
  const game = useMemo(() => {
    const compiled = compile(props.scenario);
    const store = createGameStore({
      catalog: { get: (id) => (id === compiled.source.id ? compiled : undefined) },
      storage: new MemoryStorage(),
      now: () => Date.now(),
      newSeed: () => crypto.getRandomValues(new Int32Array(1))[0] ?? 1,
    });
    store
      .getState()
      .begin(compiled.source.id, undefined, { mode: props.facilitator ? 'facilitator' : 'solo' });
    return store;
  }, [props.scenario, props.facilitator]);
  const { scenario, run, view } = useStore(game, (g) => ({ scenario: g.scenario, run: g.run, view: g.view }));
  const [screen, setScreen] = useState<'play' | 'debrief'>('play');
  const [dialog, setDialog] = useState<'menu' | 'settings' | null>(null);

  // Esc opens the menu, as in the game (the game's own key handler leaves the studio's screens alone).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || dialog !== null || screen !== 'play') return;
      event.preventDefault();
      setDialog('menu');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dialog, screen]);

  useEffect(() => {
    // The play screen's layout (the institute view beside the card) keys on these, as App sets them.
    const app = document.getElementById('app');
    const root = document.documentElement;
    app?.setAttribute('data-screen', screen);
    if (props.facilitator) root.dataset.mode = 'facilitator';
    window.scrollTo(0, 0);
    return () => {
      app?.setAttribute('data-screen', 'studio');
      delete root.dataset.mode;
    };
  }, [props.facilitator, screen]);

  if (scenario === null || run === null || view === null) return null;
  return (
    <Ui.Provider value={{ ...ui, game }}>
      <nav class="playtest-bar" aria-label={props.s.playtestBanner}>
        <span>{props.s.playtestBanner}</span>
        <button type="button" onClick={props.onBack}>
          {props.s.backToStudio}
        </button>
      </nav>
      {screen === 'play' ? (
        <PlayScreen
          scenario={scenario}
          run={run}
          view={view}
          onMenu={() => setDialog('menu')}
          onDebrief={() => setScreen('debrief')}
          onTitle={props.onBack}
        />
      ) : (
        <Suspense fallback={<p class="loading">{ui.m.loading}</p>}>
          <DebriefScreen scenario={scenario} run={run} onBack={() => setScreen('play')} />
        </Suspense>
      )}
      {dialog === 'menu' && (
        <MenuDialog
          onClose={() => setDialog(null)}
          onSettings={() => setDialog('settings')}
          onTitle={props.onBack}
        />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </Ui.Provider>
  );
}
