import '../styles/class-debrief.css';
import '../styles/class-room.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadResult, ResultSession, RunResult } from '../../classroom/result-schema';
import { verify } from '../../classroom/result-verify';
import type { CompiledScenario } from '../../engine';
import type { ClassControlView, StudentProgress } from '../../room';
import { ClassView } from '../class-debrief/class-view';
import { localize } from '../context';
import type { ScenarioLibrary } from '../library';
import { QrCode } from './qr-code';
import { useRoomUi } from './room-locale';
import { useClassText } from './use-class-text';

/**
 * The teacher's live class debrief: the room's code, join link and QR code, each student's progress as
 * it streams in, and, as runs finish, the class debrief itself (src/ui/class-debrief/class-view.tsx:
 * ending shares, objectives shown or missed, where the class split most, the CSV), over the runs
 * verified here exactly as handed-in results are, by replaying each save. No paste.
 */
export function ClassLiveDebrief(props: {
  readonly room: ClassControlView;
  readonly library: ScenarioLibrary;
  /** The base of the join address (the server's public URL, or this page's origin). */
  readonly publicBase: string;
}) {
  const { room, library } = props;
  const { locale, t } = useRoomUi();
  const c = useClassText();
  const scenario = useScenario(library, room.scenario.id);
  const { results, refused } = useVerifiedRuns(room, scenario);
  const joinLink = `${props.publicBase}/join?room=${room.code}`;
  const finished = room.students.filter((s) => s.ended).length;
  return (
    <>
      <section class="room-links room-class-links no-print">
        {scenario !== null && <h2>{localize(scenario.source.title, locale)}</h2>}
        <p>
          {t.roomCode}: <strong class="room-code-value">{room.code}</strong> ·{' '}
          {t.joined(room.students.length)}
          {room.classCode !== null && (
            <>
              {' '}
              · {c.classCode}: <strong class="class-code-value">{room.classCode}</strong>
            </>
          )}
        </p>
        <p>
          {t.joinLink}:{' '}
          <a href={joinLink} target="_blank" rel="noopener" data-link="join">
            {joinLink}
          </a>
        </p>
        <p class="room-small">{c.joinHint}</p>
        <QrCode text={joinLink} label={`${c.scanToJoin}: ${joinLink}`} />
        {room.expiresAt !== null && (
          <p class="room-small">{t.expires(new Date(room.expiresAt).toLocaleDateString(locale))}</p>
        )}
      </section>
      <section class="class-progress" aria-labelledby="class-progress-heading">
        <h2 id="class-progress-heading">{c.progress}</h2>
        <p class="class-finished" role="status">
          {c.finishedOf(finished, room.students.length)}
        </p>
        {room.students.length === 0 ? <p>{c.noStudents}</p> : <ProgressTable students={room.students} />}
      </section>
      <section class="class-live" aria-labelledby="class-live-heading">
        <h2 id="class-live-heading">{c.liveDebrief}</h2>
        {refused > 0 && <p class="room-refusal">{c.unverified(refused)}</p>}
        {scenario !== null && results.length > 0 ? (
          <ClassView scenario={scenario} results={results} />
        ) : (
          <p>{c.waitingForRuns}</p>
        )}
      </section>
    </>
  );
}

function ProgressTable({ students }: { readonly students: readonly StudentProgress[] }) {
  const c = useClassText();
  return (
    <table class="class-progress-table">
      <thead>
        <tr>
          <th scope="col">{c.student}</th>
          <th scope="col">{c.turn}</th>
          <th scope="col">{c.decisions}</th>
          <th scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody>
        {students.map((s) => (
          <tr key={s.number} data-student={s.number} data-ended={String(s.ended)}>
            <th scope="row">
              {c.studentNumber(s.number)}
              {s.nickname !== null && (
                <>
                  {' '}
                  (<bdi>{s.nickname}</bdi>)
                </>
              )}
            </th>
            <td>{s.turn}</td>
            <td>{s.decisions}</td>
            <td>{s.ended ? c.finished : c.playing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useScenario(library: ScenarioLibrary, id: string): CompiledScenario | null {
  const [scenario, setScenario] = useState<CompiledScenario | null>(() => library.get(id) ?? null);
  useEffect(() => {
    let current = true;
    void library.ensure(id).then((ok) => {
      if (current && ok) setScenario(library.get(id) ?? null);
    });
    return () => {
      current = false;
    };
  }, [library, id]);
  return scenario;
}

/** The session a result of this room keeps: its class code, the nickname (or the student's number), times. */
function sessionOf(room: ClassControlView, student: StudentProgress): ResultSession {
  const finished = student.finishedAt ?? student.joinedAt;
  return {
    mode: 'solo',
    classCode: room.classCode,
    team: student.nickname ?? `#${student.number}`,
    startedAt: new Date(student.joinedAt).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationSeconds: Math.round((finished - student.joinedAt) / 1000),
    votes: [],
  };
}

/**
 * The finished runs, each verified once (by `verify`, the class debrief's own check: replay the save on
 * the scenario and build the result from the replay), in the students' order; and how many failed it.
 */
function useVerifiedRuns(
  room: ClassControlView,
  scenario: CompiledScenario | null,
): { results: readonly RunResult[]; refused: number } {
  const reads = useRef(new Map<string, ReadResult>());
  const [verified, setVerified] = useState<{
    keys: string;
    results: readonly RunResult[];
    refused: number;
  }>({ keys: '', results: [], refused: 0 });
  useEffect(() => {
    if (scenario === null) return;
    let current = true;
    const finished = room.students.filter((s) => s.ended);
    void (async () => {
      for (const student of finished) {
        const key = `${student.number}:${student.save.actions.length}`;
        if (!reads.current.has(key)) {
          reads.current.set(key, await verify(student.save, sessionOf(room, student), () => scenario));
        }
      }
      if (!current) return;
      const keys = finished.map((s) => `${s.number}:${s.save.actions.length}`);
      // A move of a student still playing changes no finished run: the class view is not laid out again.
      if (keys.join(' ') === verified.keys) return;
      const all = keys.map((key) => reads.current.get(key));
      setVerified({
        keys: keys.join(' '),
        results: all.flatMap((read) => (read?.ok ? [read.result] : [])),
        refused: all.filter((read) => read !== undefined && !read.ok).length,
      });
    })();
    return () => {
      current = false;
    };
  }, [room.students, scenario]);
  return { results: verified.results, refused: verified.refused };
}
