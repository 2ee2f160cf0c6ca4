import { lazy, Suspense } from 'preact/compat';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { messagesFor } from '../i18n';
import type { UiContext } from './context';
import { Ui } from './context';
import { AboutDialog, MenuDialog, SettingsDialog } from './dialogs';
import type { StartRequest } from './facilitator/workshop';
import { useKeyboard } from './keyboard';
import { applyMeterColours } from './meter-colours';
import { PlayScreen } from './play';
import { decideStart, type StartDecision } from './replace-run';
import { ReplaceRunDialog } from './replace-run-dialog';
import { SaveNoticeBanner } from './save-notice';
import { SelectScreen } from './select';
import { TitleScreen } from './title';
import { useStore } from './use-store';

const DebriefScreen = lazy(() => import('./debrief'));
const ClassDebriefScreen = lazy(() => import('./class-debrief'));
/** Not in the SCORM package (an LMS course is for learners): null there at build time, so no chunk ships. */
const StudioScreen = import.meta.env.MODE === 'scorm' ? null : lazy(() => import('../studio'));

type Screen = 'title' | 'select' | 'play' | 'debrief' | 'class-debrief' | 'studio';
type Dialog = 'menu' | 'settings' | 'about' | null;

/** Which screen and dialog are shown; every game rule is behind the store's intents. */
export function App(props: Omit<UiContext, 'locale' | 'm'> & { autoResume?: boolean }) {
  const settings = useStore(props.settings, (s) => s);
  const { scenario, run, view } = useStore(props.game, (s) => ({
    scenario: s.scenario,
    run: s.run,
    view: s.view,
  }));
  const [screen, setScreen] = useState<Screen>('title');
  const [dialog, setDialog] = useState<Dialog>(null);
  /** A start waiting for the player's word on replacing the saved run. */
  const [asking, setAsking] = useState<{
    id: string;
    start: StartRequest | undefined;
    question: Extract<StartDecision, { kind: 'ask' }>;
  } | null>(null);
  const locale = settings.locale;
  const m = messagesFor(locale);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.textSize = settings.textSize;
    root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
    applyMeterColours(root, settings.highContrast);
    root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
    document.title = m.documentTitle;
  }, [locale, settings.textSize, settings.highContrast, settings.reducedMotion]);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('data-screen', screen);
    // A new screen starts at its top, not where the last one was scrolled to (e.g. a card low on the list).
    window.scrollTo(0, 0);
  }, [screen]);
  // A workshop's projector layout (larger type, a wider card) holds for its play and its debrief.
  const facilitating = useStore(props.game, (s) => s.session?.mode === 'facilitator');
  useEffect(() => {
    const root = document.documentElement;
    if (facilitating && (screen === 'play' || screen === 'debrief')) root.dataset.mode = 'facilitator';
    else delete root.dataset.mode;
  }, [facilitating, screen]);

  const onEscape = useCallback(() => {
    if (screen === 'play') setDialog('menu');
    // The studio is left by its own Back button: Esc in its editor must not leave the draft.
    else if (screen !== 'title' && screen !== 'studio') setScreen('title');
  }, [screen]);
  useKeyboard({ onEscape, enabled: dialog === null && asking === null });

  const toTitle = () => {
    props.game.getState().quit();
    setDialog(null);
    setScreen('title');
  };
  const play = async (id: string, start?: StartRequest) => {
    if (!(await props.library.ensure(id))) return;
    // The saved run's scenario is loaded too, so the question can name its turn.
    const savedId = props.game.getState().savedScenarioId();
    if (savedId !== null) await props.library.ensure(savedId);
    const decision = decideStart(props.game.getState().savedRun(), props.library.cards());
    if (decision.kind === 'ask') setAsking({ id, start, question: decision });
    else launch(id, start);
  };
  const launch = (id: string, start: StartRequest | undefined) => {
    props.library.adopt(id);
    if (props.game.getState().begin(id, start?.seed, start?.session)) setScreen('play');
  };
  const resume = async () => {
    const id = props.game.getState().savedScenarioId();
    if (id !== null) await props.library.ensure(id);
    if (props.game.getState().resume()) setScreen('play');
  };
  // Inside an LMS that kept the learner's run, go straight back to it, as the LMS's "resume" promises.
  useEffect(() => {
    if (props.autoResume) void resume();
  }, []);

  return (
    <Ui.Provider value={{ ...props, locale, m }}>
      <SaveNoticeBanner />
      {screen === 'title' && (
        <TitleScreen
          onNew={() => setScreen('select')}
          onContinue={() => void resume()}
          onSettings={() => setDialog('settings')}
          onAbout={() => setDialog('about')}
          onClassDebrief={() => setScreen('class-debrief')}
          {...(StudioScreen ? { onStudio: () => setScreen('studio') } : {})}
        />
      )}
      {screen === 'select' && (
        <SelectScreen onPlay={(id, start) => void play(id, start)} onBack={() => setScreen('title')} />
      )}
      {screen === 'play' && scenario && run && view && (
        <PlayScreen
          scenario={scenario}
          run={run}
          view={view}
          onMenu={() => setDialog('menu')}
          onDebrief={() => setScreen('debrief')}
          onTitle={toTitle}
        />
      )}
      {screen === 'debrief' && scenario && run && (
        <Suspense fallback={<p class="loading">{m.loading}</p>}>
          <DebriefScreen scenario={scenario} run={run} onBack={() => setScreen('play')} />
        </Suspense>
      )}
      {screen === 'class-debrief' && (
        <Suspense fallback={<p class="loading">{m.loading}</p>}>
          <ClassDebriefScreen onBack={() => setScreen('title')} />
        </Suspense>
      )}
      {StudioScreen && screen === 'studio' && (
        <Suspense fallback={<p class="loading">{m.loading}</p>}>
          <StudioScreen onBack={() => setScreen('title')} />
        </Suspense>
      )}
      {dialog === 'menu' && (
        <MenuDialog
          onClose={() => setDialog(null)}
          onSettings={() => setDialog('settings')}
          onTitle={toTitle}
        />
      )}
      {asking && (
        <ReplaceRunDialog
          question={asking.question}
          onKeep={() => setAsking(null)}
          onReplace={() => {
            setAsking(null);
            launch(asking.id, asking.start);
          }}
        />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
    </Ui.Provider>
  );
}
