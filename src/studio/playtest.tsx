import { lazy, Suspense } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RunSave, Scenario } from '../engine';
import { Ui, useUi } from '../ui/context';
import { MenuDialog, SettingsDialog } from '../ui/dialogs';
import { PlayScreen } from '../ui/play';
import { useStore } from '../ui/use-store';
import type { StudioMessages } from './i18n';
import { playtestStore } from './playtest/playtest-store';
import { useBarHeight } from './playtest/use-bar-height';

const DebriefScreen = lazy(() => import('../ui/debrief'));

/**
 * Plays a draft in the game's own play screen, from its start or from a card (a recorded or simulated
 * path replayed to it), on a game store of its own whose saves go to memory (see playtest-store.ts); it
 * ends when the author goes back to the studio, handing back the path played so that a later play-test
 * can start from any card it passed. The menu (Esc) and the debrief are the game's own; "quit" in the
 * menu goes back to the studio.
 */
export function Playtest(props: {
  scenario: Scenario;
  facilitator: boolean;
  /** The path to replay before play starts, or null to start at the beginning. */
  from: RunSave | null;
  /** Which path was replayed to the card, said in the play-test bar. */
  note: string | null;
  s: StudioMessages;
  onBack(played: RunSave | null): void;
}) {
  const ui = useUi();
  const game = useMemo(
    () =>
      playtestStore(
        props.scenario,
        props.facilitator,
        props.from,
        () => crypto.getRandomValues(new Int32Array(1))[0] ?? 1,
      ),
    [props.scenario, props.facilitator, props.from],
  );
  const back = () => props.onBack(game.getState().save);
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
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
      <nav class="playtest-bar" aria-label={props.s.playtestBanner} ref={bar}>
        <p class="playtest-status">
          {props.s.playtestBanner}
          {props.note !== null && <span class="playtest-path">{props.note}</span>}
        </p>
        <button type="button" onClick={back}>
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
          onTitle={back}
        />
      ) : (
        <Suspense fallback={<p class="loading">{ui.m.loading}</p>}>
          <DebriefScreen scenario={scenario} run={run} onBack={() => setScreen('play')} />
        </Suspense>
      )}
      {dialog === 'menu' && (
        <MenuDialog onClose={() => setDialog(null)} onSettings={() => setDialog('settings')} onTitle={back} />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </Ui.Provider>
  );
}
