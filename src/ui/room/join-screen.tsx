import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { BrowserStore } from './browser-store';
import { NegotiationPanel, negotiationStatus } from './negotiation-panel';
import { Reveal } from './reveal';
import { ChoiceText, RoomCard } from './room-card';
import { RoomGone } from './room-ending';
import { RoomLink } from './room-link';
import { LanguageSwitch, useLinkState, useRoomUi } from './room-locale';
import { LinkStatus, RefusalLine } from './room-status';

const PARTICIPANT_KEY = 'lab-doors.room.participant';
const JOIN_ID_KEY = 'lab-doors.room.join-id';

/**
 * The id this browser's join carries: made once (128 random bits, base64url) and kept until the join is
 * answered, so a join sent again (no answer came, the page was reloaded) is the same participant.
 */
export function pendingJoinId(store: BrowserStore): string {
  const kept = store.get(JOIN_ID_KEY);
  if (kept !== null) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  store.set(JOIN_ID_KEY, id);
  return id;
}

/**
 * The participant's phone: the code (from the link or typed), an optional name and the team if the
 * room has teams; then the card, the prompt and the numbered options to vote on, a vote that can change
 * while the vote is open, and the reveal. The token stays in the browser, so a reload comes back as the
 * same person with their vote.
 */
export function JoinScreen(props: {
  readonly store: BrowserStore;
  readonly onSwitch: (l: Locale) => void;
  /** The code is a class room's: its own screen takes over (class-student-screen.tsx). */
  readonly onClassRoom?: (code: string) => void;
}) {
  const { store } = props;
  const { t } = useRoomUi();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [askedTeams, setAskedTeams] = useState<readonly string[] | null>(null);
  const link = useMemo(
    () =>
      new RoomLink(async (l) => {
        const token = store.get(PARTICIPANT_KEY);
        if (token === null) return;
        const answer = await l.resume(token);
        if (!answer.ok && answer.refusal === 'unknown-token') {
          store.remove(PARTICIPANT_KEY);
          l.token = null;
        }
      }),
    [store],
  );
  const state = useLinkState(link);
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('room') ?? '');
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');

  const join = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    if (askedTeams === null) {
      // Look first: a room with teams asks for one before joining.
      const watched = await link.send({ type: 'watch', code });
      if (!watched.ok) return setRefusal(watched.refusal);
      if ((watched.room as { kind?: string } | undefined)?.kind === 'class') return props.onClassRoom?.(code);
      const teams = watched.room?.settings.teams ?? [];
      if (teams.length > 0) {
        setAskedTeams(teams);
        setTeam(teams[0] ?? '');
        return;
      }
    }
    const answer = await link.send({
      type: 'join',
      code,
      joinId: pendingJoinId(store),
      ...(name.trim() === '' ? {} : { name }),
      ...(askedTeams !== null && team !== '' ? { team } : {}),
    });
    // A refusal (wrong code, full room) answers the join too: the next try is a new join.
    if (answer.ok || answer.refusal !== 'no-answer') store.remove(JOIN_ID_KEY);
    if (!answer.ok) return setRefusal(answer.refusal);
    if (answer.token !== undefined) {
      link.token = answer.token;
      link.seq = answer.seq ?? 0;
      store.set(PARTICIPANT_KEY, answer.token);
    }
  };

  const joined = state.room !== null && state.room.you !== null;
  return (
    <main class="room room-join">
      <header class="room-bar-top">
        <h1>{joined ? t.youAre(state.room?.you?.number ?? 0) : t.joinTitle}</h1>
        <LanguageSwitch onSwitch={props.onSwitch} />
      </header>
      <LinkStatus state={state} />
      {state.deleted ? (
        <RoomGone />
      ) : !joined ? (
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
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </label>
          <label>
            {t.nameOptional}
            <input name="name" value={name} maxLength={40} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          {askedTeams !== null && (
            <label>
              {t.chooseTeam}
              <select name="team" value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
                {askedTeams.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" class="room-primary">
            {t.joinButton}
          </button>
          <RefusalLine refusal={refusal} />
        </form>
      ) : (
        <Participant link={link} refusal={refusal} setRefusal={setRefusal} />
      )}
    </main>
  );
}

function Participant(props: {
  readonly link: RoomLink;
  readonly refusal: string | null;
  readonly setRefusal: (refusal: string | null) => void;
}) {
  const { link } = props;
  const { t } = useRoomUi();
  const { room, view } = useLinkState(link);
  if (room === null || view === null) return null;
  const mine = room.you?.choice ?? null;
  const open = room.vote.status === 'open';
  const vote = async (choice: string) => {
    props.setRefusal(null);
    const answer = await link.signed({ type: 'vote', decision: room.vote.decision, choice });
    if (!answer.ok) props.setRefusal(answer.refusal);
  };
  const voteClause = async (clause: string, choice: string) => {
    props.setRefusal(null);
    const answer = await link.signed({ type: 'vote', decision: room.vote.decision, clause, choice });
    if (!answer.ok) props.setRefusal(answer.refusal);
  };
  const mineNumber = view.choices.find((c) => c.id === mine)?.number ?? null;
  if (view.phase === 'ended') return <p class="room-note">{t.ended}</p>;
  if (view.phase === 'outcome' || room.vote.status === 'played') return <Reveal room={room} view={view} />;
  return (
    <>
      <RoomCard view={view} />
      {view.phase === 'negotiating' && view.negotiation !== null ? (
        <>
          <p class="room-note">{negotiationStatus(t, room)}</p>
          <NegotiationPanel
            room={room}
            negotiation={view.negotiation}
            ballot={{ mine: room.you?.terms ?? {}, vote: open ? voteClause : null }}
          />
          <p class="room-your-vote" role="status">
            {open
              ? t.clausesVoted(Object.keys(room.you?.terms ?? {}).length, view.negotiation.clauses.length)
              : ''}
          </p>
        </>
      ) : (
        <>
          <p class="room-note">
            {open ? t.voteOpen : room.vote.status === 'tied' ? t.voteTied : t.voteWaiting}
          </p>
          <ol class="room-choices room-vote">
            {view.choices
              .filter((c) => !c.locked)
              .map((choice) => (
                <li key={choice.id} value={choice.number}>
                  <button
                    type="button"
                    class="room-choice"
                    aria-pressed={choice.id === mine}
                    disabled={!open}
                    data-choice={choice.id}
                    onClick={() => void vote(choice.id)}
                  >
                    <ChoiceText choice={choice} />
                  </button>
                </li>
              ))}
          </ol>
          <p class="room-your-vote" role="status">
            {mineNumber !== null ? t.yourVote(mineNumber) : open ? t.notVotedYet : ''}
          </p>
        </>
      )}
      <RefusalLine refusal={props.refusal} />
    </>
  );
}
