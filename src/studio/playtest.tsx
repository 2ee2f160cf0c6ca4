import { useEffect, useMemo } from 'preact/hooks';
import { compile, type Scenario } from '../engine';
import { createGameStore } from '../store/game';
import { MemoryStorage } from '../store/slot';
import { Ui, useUi } from '../ui/context';
import { PlayScreen } from '../ui/play';
import { useStore } from '../ui/use-store';
import type { StudioMessages } from './i18n';

/**
 * Plays a draft from its start in the game's own play screen, on a game store of its own whose saves
 * go to memory: a play-test never replaces the player's saved run, even when the draft has the id of a
 * shipped scenario, and it ends when the author goes back to the studio.
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

  useEffect(() => {
    // The play screen's layout (the institute view beside the card) keys on these, as App sets them.
    const app = document.getElementById('app');
    const root = document.documentElement;
    app?.setAttribute('data-screen', 'play');
    if (props.facilitator) root.dataset.mode = 'facilitator';
    window.scrollTo(0, 0);
    return () => {
      app?.setAttribute('data-screen', 'studio');
      delete root.dataset.mode;
    };
  }, [props.facilitator]);

  if (scenario === null || run === null || view === null) return null;
  return (
    <Ui.Provider value={{ ...ui, game }}>
      <nav class="playtest-bar" aria-label={props.s.playtestBanner}>
        <span>{props.s.playtestBanner}</span>
        <button type="button" onClick={props.onBack}>
          {props.s.backToStudio}
        </button>
      </nav>
      <PlayScreen
        scenario={scenario}
        run={run}
        view={view}
        onMenu={props.onBack}
        onDebrief={props.onBack}
        onTitle={props.onBack}
      />
    </Ui.Provider>
  );
}
