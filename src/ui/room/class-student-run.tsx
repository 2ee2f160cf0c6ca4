import '../styles/class-room.css';
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { soloSession } from '../../classroom/session';
import type { ClassStudentView } from '../../room';
import { createGameStore, type GameState, gameSaveSlot } from '../../store/game';
import { MemoryStorage } from '../../store/slot';
import { SettingsDialog } from '../dialogs';
import { PlayScreen } from '../play';
import { useStore } from '../use-store';
import type { ClassLink } from './class-link';
import { type GameParts, GameUi } from './game-ui';
import { RefusalLine } from './room-status';
import { useClassText } from './use-class-text';

const DebriefScreen = lazy(() => import('../debrief'));

/**
 * A student's run in a class room: the game's own play screen and debrief, over a game store started from
 * the run the server holds (the class's seed and the moves it acknowledged), so a reload comes back to the
 * same card. Each move the store takes is streamed to the server in order, with its number; if the
 * server refuses one, the run goes back to the server's.
 */
export function ClassStudentRun(props: {
  readonly link: ClassLink;
  readonly you: ClassStudentView;
  readonly parts: GameParts;
}) {
  const { link, parts } = props;
  const c = useClassText();
  // The run to start from: the server's when the screen opens, and again after a refused move.
  const [from, setFrom] = useState(props.you);
  const [game, setGame] = useState<StoreApi<GameState> | null>(null);
  const [failed, setFailed] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    let current = true;
    let unsubscribe = () => {};
    void (async () => {
      if (!(await parts.library.ensure(from.scenario.id))) return setFailed(true);
      const store = storeAt(parts, from);
      if (!current) return;
      if (store === null) return setFailed(true);
      const streamer = new MoveStreamer(link, store, from.save.actions.length, {
        pending: setPending,
        refused: (code, back) => {
          setRefusal(code);
          if (back !== null) setFrom(back);
        },
      });
      unsubscribe = store.subscribe(() => void streamer.flush());
      link.onResumed = (view) => streamer.resumedAt(view.save.actions.length);
      setGame(store);
    })();
    return () => {
      current = false;
      unsubscribe();
      link.onResumed = null;
    };
  }, [link, parts, from]);

  if (failed) return <p class="room-refusal">{c.cannotLoad}</p>;
  if (game === null) return <p class="room-note">{c.loadingScenario}</p>;
  return (
    <GameUi parts={{ ...parts, game }}>
      <p class="room-status class-sending" role="status" data-pending={pending}>
        {pending > 0 ? c.sending : ''}
      </p>
      <RefusalLine refusal={refusal} />
      <StudentScreens game={game} />
    </GameUi>
  );
}

function StudentScreens({ game }: { readonly game: StoreApi<GameState> }) {
  const { scenario, run, view } = useStore(game, (s) => ({ scenario: s.scenario, run: s.run, view: s.view }));
  const [screen, setScreen] = useState<'play' | 'debrief'>('play');
  const [settingsOpen, setSettingsOpen] = useState(false);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('data-screen', screen);
    window.scrollTo(0, 0);
  }, [screen]);
  if (scenario === null || run === null || view === null) return null;
  if (screen === 'debrief') {
    return (
      <Suspense fallback={null}>
        <DebriefScreen scenario={scenario} run={run} onBack={() => setScreen('play')} />
      </Suspense>
    );
  }
  return (
    <>
      <PlayScreen
        scenario={scenario}
        run={run}
        view={view}
        // A class run is the whole page: nothing to quit to, so the menu is the settings (text size…).
        onMenu={() => setSettingsOpen(true)}
        onDebrief={() => setScreen('debrief')}
        // The game's title screen is the game's own page, outside the room; the run stays on the server.
        onTitle={() => location.assign('/')}
      />
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </>
  );
}

/** A game store that holds `you`'s run, replayed from its save (null when it does not replay). */
function storeAt(parts: GameParts, you: ClassStudentView): StoreApi<GameState> | null {
  const memory = new MemoryStorage();
  const now = () => Date.now();
  gameSaveSlot(memory, now).write({
    run: you.save,
    session: { ...soloSession(now()), classCode: you.classCode, team: you.nickname },
  });
  const store = createGameStore({
    catalog: parts.library,
    storage: memory,
    now,
    newSeed: () => you.save.seed,
  });
  return store.getState().resume() ? store : null;
}

/** Past the server's burst a token may send 5 moves a second: wait that long for the next. */
const RATE_LIMITED_PAUSE_MS = 1000;

interface StreamEvents {
  pending(count: number): void;
  /** The server refused a move; `back` is the run it holds, to go on from. */
  refused(code: string, back: ClassStudentView | null): void;
}

/**
 * Sends the store's moves to the server one at a time, in order, each with its number: `sent` is how
 * many the server has acknowledged. Offline, a move waits; on reconnection the server says how many it
 * has, and the rest go.
 */
class MoveStreamer {
  private busy = false;

  constructor(
    private readonly link: ClassLink,
    private readonly store: StoreApi<GameState>,
    private sent: number,
    private readonly events: StreamEvents,
  ) {}

  resumedAt(acknowledged: number): void {
    this.sent = acknowledged;
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (;;) {
        const actions = this.store.getState().save?.actions ?? [];
        this.events.pending(actions.length - this.sent);
        if (this.sent >= actions.length) return;
        const answer = await this.link.signed({ type: 'act', move: this.sent, action: actions[this.sent] });
        if (answer.ok) this.sent += 1;
        else if (answer.refusal === 'no-answer') return;
        else if (answer.refusal === 'rate-limited') {
          // A queue sent at once after a reconnection: it goes on, more slowly; nothing was lost.
          await new Promise((resolve) => setTimeout(resolve, RATE_LIMITED_PAUSE_MS));
        } else {
          const back = await this.link.resume(this.link.token ?? '');
          const view = back.ok && back.room?.kind === 'class-student' ? back.room : null;
          this.events.refused(answer.refusal, view);
          return;
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
