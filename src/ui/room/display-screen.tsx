import { useMemo, useState } from 'preact/hooks';
import { NegotiationPanel, negotiationStatus } from './negotiation-panel';
import { QrCode } from './qr-code';
import { Reveal } from './reveal';
import { ChoiceList, RoomCard } from './room-card';
import { RoomGone } from './room-ending';
import { RoomLink } from './room-link';
import { useLinkState, useRoomUi } from './room-locale';
import { LinkStatus, RefusalLine } from './room-status';
import { TimerText } from './timer-text';

/**
 * The projector: no rights, nothing secret. The QR code and the short join address with the room code,
 * how many joined, then the card with its numbered options, how many voted, and after the vote closes
 * the reveal. Reloading it or opening the same link elsewhere shows the same room.
 */
export function DisplayScreen() {
  const { t } = useRoomUi();
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('room') ?? '');
  const [watching, setWatching] = useState(code !== '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const link = useMemo(
    () =>
      new RoomLink(async (l) => {
        const wanted = new URLSearchParams(location.search).get('room');
        if (wanted === null) return;
        const answer = await l.send({ type: 'watch', code: wanted });
        setRefusal(answer.ok ? null : answer.refusal);
      }),
    [],
  );
  const state = useLinkState(link);
  const watch = async (event: Event) => {
    event.preventDefault();
    const answer = await link.send({ type: 'watch', code });
    if (!answer.ok) return setRefusal(answer.refusal);
    setRefusal(null);
    setWatching(true);
    // The address becomes the display link, so a reload shows this room again.
    history.replaceState(null, '', `/display?room=${encodeURIComponent(answer.room?.code ?? code)}`);
  };
  const { room, view } = state;
  if (state.deleted)
    return (
      <main class="room room-display">
        <h1>{t.displayTitle}</h1>
        <RoomGone />
      </main>
    );
  if (!watching || room === null || view === null)
    return (
      <main class="room room-display">
        <h1>{t.displayTitle}</h1>
        <LinkStatus state={state} />
        <form class="room-form" onSubmit={watch}>
          <label>
            {t.roomCode}
            <input name="code" value={code} maxLength={8} onInput={(e) => setCode(e.currentTarget.value)} />
          </label>
          <button type="submit" class="room-primary">
            {t.watchButton}
          </button>
          <RefusalLine refusal={refusal} />
        </form>
      </main>
    );
  // The server's public address when it has one (a reverse proxy, a test on 127.0.0.1), else this page's.
  const joinFull = `${state.publicBase}/join?room=${room.code}`;
  const joinShort = `${state.publicBase.replace(/^https?:\/\//, '')}/join`;
  const revealed = view.phase === 'outcome' || room.vote.status === 'played';
  return (
    <main class="room room-display">
      <h1 class="visually-hidden">{`${t.displayTitle} · ${t.roomCode} ${room.code}`}</h1>
      <LinkStatus state={state} />
      <aside class="room-join-panel" aria-label={t.joinAt}>
        <QrCode text={joinFull} label={`${t.scanToJoin}: ${joinFull}`} />
        <p class="room-join-address">
          <span>{t.joinAt}</span> <strong data-join-url={joinFull}>{joinShort}</strong>
        </p>
        <p class="room-code">
          <span>{t.roomCode}</span> <strong>{room.code}</strong>
        </p>
        <p class="room-joined">{t.joined(room.joined)}</p>
        <TimerText state={state} />
      </aside>
      <div class="room-main">
        {view.phase === 'ended' ? (
          <p class="room-note">{t.ended}</p>
        ) : revealed ? (
          <Reveal room={room} view={view} />
        ) : (
          <>
            <RoomCard view={view} />
            {view.phase === 'negotiating' && view.negotiation !== null ? (
              <>
                <NegotiationPanel room={room} negotiation={view.negotiation} />
                <p class="room-note">{negotiationStatus(t, room)}</p>
              </>
            ) : (
              <>
                <ChoiceList
                  view={view}
                  counts={room.vote.status === 'open' ? (room.vote.tally?.counts ?? null) : null}
                />
                <p class="room-note">
                  {room.vote.status === 'open'
                    ? `${t.voteOpen} ${t.voted(room.vote.voters)}`
                    : room.vote.status === 'tied'
                      ? t.voteTied
                      : t.voteWaiting}
                </p>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
