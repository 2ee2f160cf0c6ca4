import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { BrowserStore } from './browser-store';
import { ClassLink, useClassLinkState } from './class-link';
import { ClassLinkStatus } from './class-status';
import { ClassStudentRun } from './class-student-run';
import type { GameParts } from './game-ui';
import { LanguageSwitch, useRoomUi } from './room-locale';
import { RefusalLine } from './room-status';
import { useClassText } from './use-class-text';

export const STUDENT_KEY = 'lab-doors.room.student';

/**
 * A student's screen in a class room: the code (from the link or typed) and, only if the teacher asked,
 * a nickname; then the run, played solo (see ClassStudentRun). The token stays in the browser: a reload
 * comes back to the same run.
 */
export function ClassStudentScreen(props: {
  readonly store: BrowserStore;
  readonly parts: GameParts;
  readonly code: string;
  /** The student already pressed Join on the join screen: join at once unless a nickname is asked. */
  readonly autoJoin?: boolean;
  readonly onSwitch: (locale: Locale) => void;
  /** The code typed is a workshop room's: the workshop's join screen takes over. */
  readonly onWorkshop: () => void;
}) {
  const { store } = props;
  const { t } = useRoomUi();
  const c = useClassText();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [askNickname, setAskNickname] = useState<boolean | null>(null);
  const [code, setCode] = useState(props.code);
  const [nickname, setNickname] = useState('');
  const link = useMemo(
    () =>
      new ClassLink(async (l) => {
        const token = store.get(STUDENT_KEY);
        if (token === null) return;
        const answer = await l.resume(token);
        if (answer.ok && answer.room?.kind === 'class-student') l.onResumed?.(answer.room);
        if (!answer.ok && answer.refusal === 'unknown-token') {
          store.remove(STUDENT_KEY);
          l.token = null;
        }
      }),
    [store],
  );
  const state = useClassLinkState(link);

  // With a code from the link, ask the room at once whether it wants a nickname.
  useEffect(() => {
    if (!state.online || askNickname !== null || code === '' || store.get(STUDENT_KEY) !== null) return;
    void link.send({ type: 'watch', code }).then((answer) => {
      if (!answer.ok || answer.room?.kind !== 'class') return;
      setAskNickname(answer.room.askNickname);
      if (!answer.room.askNickname && props.autoJoin === true) void joinAs(null);
    });
  }, [state.online]);

  const join = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    if (askNickname === null) {
      const watched = await link.send({ type: 'watch', code });
      if (!watched.ok) return setRefusal(watched.refusal);
      if (watched.room?.kind !== 'class') return props.onWorkshop();
      if (watched.room.askNickname) return setAskNickname(true);
      setAskNickname(false);
    }
    await joinAs(askNickname === true && nickname.trim() !== '' ? nickname : null);
  };

  const joinAs = async (name: string | null) => {
    const answer = await link.send({ type: 'join', code, ...(name === null ? {} : { name }) });
    if (!answer.ok) return setRefusal(answer.refusal);
    if (answer.token !== undefined) {
      link.token = answer.token;
      link.seq = 0;
      store.set(STUDENT_KEY, answer.token);
    }
  };

  const you = state.room?.kind === 'class-student' ? state.room : null;
  if (you !== null) {
    return (
      <div class="room-class-student">
        <ClassLinkStatus state={state} />
        <ClassStudentRun link={link} you={you} parts={props.parts} />
      </div>
    );
  }
  return (
    <main class="room room-join">
      <header class="room-bar-top">
        <h1>{c.classJoinTitle}</h1>
        <LanguageSwitch onSwitch={props.onSwitch} />
      </header>
      <ClassLinkStatus state={state} />
      <form class="room-form" onSubmit={join}>
        <label>
          {t.roomCode}
          <input
            name="code"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={8}
            required
            onInput={(e) => {
              setCode(e.currentTarget.value);
              setAskNickname(null);
            }}
          />
        </label>
        {askNickname === true ? (
          <>
            <label>
              {c.nickname}
              <input
                name="nickname"
                value={nickname}
                maxLength={40}
                aria-describedby="class-nickname-hint"
                onInput={(e) => setNickname(e.currentTarget.value)}
              />
            </label>
            <p id="class-nickname-hint" class="room-small">
              {c.nicknameHint}
            </p>
          </>
        ) : (
          <p class="room-small">{c.anonymousHint}</p>
        )}
        <button type="submit" class="room-primary">
          {t.joinButton}
        </button>
        <RefusalLine refusal={refusal} />
      </form>
    </main>
  );
}
