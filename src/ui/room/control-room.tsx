import { useEffect, useState } from 'preact/hooks';
import { NegotiationControls, NegotiationPanel } from './negotiation-panel';
import { ReportPanel } from './report-panel';
import { Reveal } from './reveal';
import { ChoiceList, RoomCard } from './room-card';
import { DeleteRoom, RoomExpiry } from './room-ending';
import type { RoomLink } from './room-link';
import { useLinkState, useRoomUi } from './room-locale';
import { RefusalLine } from './room-status';
import { TimerText } from './timer-text';

/**
 * Driving a room: its links and code, then per card: open the vote, watch the count (the split only if
 * the room shows it live), close it, break a tie, go on to the next card; the timer; a note per decision.
 */
export function ControlRoom({ link, onLeave }: { readonly link: RoomLink; readonly onLeave: () => void }) {
  const { t } = useRoomUi();
  const state = useLinkState(link);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const { room, view } = state;
  if (room === null || view === null) return null;
  if (reporting) return <ReportPanel link={link} onClose={() => setReporting(false)} />;
  const act = async (message: Record<string, unknown>) => {
    setRefusal(null);
    const answer = await link.signed(message);
    if (!answer.ok) setRefusal(answer.refusal);
  };
  const decision = room.vote.decision;
  const status = room.vote.status;
  // A negotiation is voted on clause by clause before the room's first proposal.
  const votable =
    view.phase === 'choosing' || (view.phase === 'negotiating' && view.negotiation?.answer === null);
  const displayLink = `${state.publicBase}/display?room=${room.code}`;
  const joinLink = `${state.publicBase}/join?room=${room.code}`;
  return (
    <>
      <section class="room-links">
        <p>
          {t.roomCode}: <strong class="room-code-value">{room.code}</strong> · {t.joined(room.joined)}
        </p>
        <RoomLinkLine label={t.displayLink} href={displayLink} kind="display" />
        <RoomLinkLine label={t.joinLink} href={joinLink} kind="join" />
        <RoomExpiry state={state} />
      </section>
      {/* The actions first: on a laptop they stay in view above a long card. */}
      <div class="room-actions">
        {view.phase === 'outcome' && (
          <button type="button" class="room-primary" onClick={() => void act({ type: 'continue' })}>
            {t.continue}
          </button>
        )}
        {status === 'waiting' && votable && (
          <button type="button" class="room-primary" onClick={() => void act({ type: 'open', decision })}>
            {t.openVote}
          </button>
        )}
        {status === 'open' && (
          <>
            <p class="room-voters" role="status" data-voters={room.vote.voters}>
              {t.voted(room.vote.voters)}
            </p>
            <button type="button" class="room-primary" onClick={() => void act({ type: 'close', decision })}>
              {t.closeVote}
            </button>
          </>
        )}
        {status === 'tied' && <p class="room-note">{t.voteTied}</p>}
        {status === 'tied' &&
          room.vote.tied.map((choice) => {
            const number = view.choices.find((c) => c.id === choice)?.number ?? 0;
            return (
              <button
                key={choice}
                type="button"
                onClick={() => void act({ type: 'breakTie', decision, choice })}
              >
                {t.breakTie(number)}
              </button>
            );
          })}
      </div>
      <RefusalLine refusal={refusal} />
      {view.phase === 'ended' ? (
        <>
          <p class="room-note">{t.ended}</p>
          <button type="button" class="room-primary" onClick={() => setReporting(true)}>
            {t.openReport}
          </button>
        </>
      ) : view.phase === 'outcome' ? (
        <Reveal room={room} view={view} />
      ) : (
        <>
          <RoomCard view={view} />
          {view.phase === 'negotiating' && view.negotiation !== null ? (
            <>
              <NegotiationPanel room={room} negotiation={view.negotiation} />
              {status !== 'open' && (
                <NegotiationControls
                  key={`${status}-${view.negotiation.round}-${view.negotiation.answer?.answer ?? ''}`}
                  room={room}
                  negotiation={view.negotiation}
                  act={act}
                />
              )}
            </>
          ) : (
            <ChoiceList view={view} counts={room.vote.tally?.counts ?? null} />
          )}
        </>
      )}
      <TimerControls state={state} act={act} />
      <Notes
        key={decision}
        decision={decision}
        saved={room.control?.notes[String(decision)] ?? ''}
        act={act}
      />
      {view.phase !== 'ended' && (
        <button type="button" onClick={() => setReporting(true)}>
          {t.openReport}
        </button>
      )}
      <button type="button" class="room-quiet" onClick={onLeave}>
        {t.newRoom}
      </button>
      <DeleteRoom code={room.code} onDelete={() => act({ type: 'delete' })} />
    </>
  );
}

function TimerControls(props: {
  readonly state: ReturnType<typeof useLinkState>;
  readonly act: (message: Record<string, unknown>) => Promise<void>;
}) {
  const { t } = useRoomUi();
  const [seconds, setSeconds] = useState(180);
  const timer = props.state.room?.timer ?? null;
  const running = timer !== null && timer.runningSince !== null;
  return (
    <fieldset class="room-timer-controls">
      <legend>{t.timer}</legend>
      <TimerText state={props.state} />
      <label>
        {t.timerSeconds}
        <input
          type="number"
          min={1}
          max={86_400}
          value={seconds}
          onInput={(e) => setSeconds(Number(e.currentTarget.value) || 1)}
        />
      </label>
      <button type="button" onClick={() => void props.act({ type: 'timer', action: 'start', seconds })}>
        {t.timerStart}
      </button>
      {timer !== null && (
        <button
          type="button"
          onClick={() => void props.act({ type: 'timer', action: running ? 'pause' : 'resume' })}
        >
          {running ? t.timerPause : t.timerResume}
        </button>
      )}
    </fieldset>
  );
}

function Notes(props: {
  readonly decision: number;
  readonly saved: string;
  readonly act: (message: Record<string, unknown>) => Promise<void>;
}) {
  const { t } = useRoomUi();
  const [text, setText] = useState(props.saved);
  const [done, setDone] = useState(false);
  useEffect(() => setText(props.saved), [props.saved]);
  const save = async () => {
    await props.act({ type: 'note', decision: props.decision, text });
    setDone(true);
  };
  return (
    <div class="room-notes">
      <label>
        {t.notes}
        <textarea
          rows={4}
          maxLength={4000}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setDone(false);
          }}
        />
      </label>
      <button type="button" onClick={() => void save()}>
        {t.saveNotes}
      </button>
      <span role="status">{done ? t.notesSaved : ''}</span>
    </div>
  );
}

/** One of the room's links, shown whole so the facilitator can read it out or copy it. */
function RoomLinkLine(props: { label: string; href: string; kind: 'display' | 'join' }) {
  return (
    <p>
      {props.label}:{' '}
      <a href={props.href} target="_blank" rel="noopener" data-link={props.kind}>
        {props.href}
      </a>
    </p>
  );
}
