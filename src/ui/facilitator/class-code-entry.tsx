import '../styles/facilitator-setup.css';
import { useRef, useState } from 'preact/hooks';
import { type ClassCodeProblem, EXAMPLE_CLASS_CODE, readClassCode } from '../../classroom/class-code';
import { normalizeTyped } from '../../classroom/typed-text';
import { useUi } from '../context';
import type { StartRequest } from './workshop';

/**
 * Where a learner types the class code a teacher read out (and, if they like, a team or player name):
 * a valid code starts the scenario it names with its seed; a mistyped one is said plainly and nothing
 * starts.
 */
export function ClassCodeEntry(props: { onStart(id: string, start: StartRequest): void }) {
  const { m, library } = useUi();
  const [code, setCode] = useState('');
  const [team, setTeam] = useState('');
  const [problem, setProblem] = useState<ClassCodeProblem | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const cards = library.cards();
    const read = readClassCode(
      code,
      cards.flatMap((c) => (c.classKey === undefined ? [] : [c.classKey])),
    );
    const card = read.ok ? cards.find((c) => c.classKey === read.classKey) : undefined;
    if (!read.ok || card === undefined) {
      setProblem(read.ok ? { kind: 'unknown-key', key: read.classKey } : read.problem);
      input.current?.focus();
      return;
    }
    setProblem(null);
    const name = normalizeTyped(team).slice(0, 60);
    props.onStart(card.id, {
      seed: read.seed,
      session: { mode: 'solo', classCode: read.code, team: name === '' ? null : name },
    });
  };
  return (
    <section class="class-code-entry" aria-labelledby="class-code-heading">
      <h2 id="class-code-heading">{m.classCode}</h2>
      <p class="hint">{m.classCodeJoinHint}</p>
      <form class="class-code-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="class-code-input">{m.classCode}</label>
          <input
            id="class-code-input"
            ref={input}
            class="class-code-input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={24}
            placeholder={EXAMPLE_CLASS_CODE}
            value={code}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : 'class-code-problem'}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="class-code-team">{m.classCodeTeam}</label>
          <input
            id="class-code-team"
            type="text"
            autoComplete="off"
            maxLength={60}
            value={team}
            aria-describedby="class-code-team-hint"
            onInput={(e) => setTeam(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="start-code">
          {m.classCodeStart}
        </button>
        <p id="class-code-team-hint" class="hint team-hint">
          {m.classCodeTeamHint}
        </p>
      </form>
      {problem !== null && (
        <p id="class-code-problem" class="class-code-problem" role="alert">
          {m.classCodeProblem(problem)}
        </p>
      )}
    </section>
  );
}
