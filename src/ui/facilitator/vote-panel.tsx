import '../styles/facilitator-setup.css';
import '../styles/facilitator-play.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { readVoteFields } from '../../classroom/votes';
import { type ChoiceView, ownValue } from '../../engine';
import { localize, useUi } from '../context';
import { LockGlyph } from '../glyphs';
import { Moves } from '../moves';
import { useStore } from '../use-store';

/**
 * Facilitator mode's way of choosing: a count per choice (how many teams or people voted for it), then
 * "Play the majority". The store decides the majority (src/classroom/votes.ts); on a tie it returns the
 * tied choices and the facilitator picks one of them here. The digit keys focus a choice's count
 * (keyboard.ts).
 */
export function VotePanel({ choices }: { choices: readonly ChoiceView[] }) {
  const { m, locale, settings, game } = useUi();
  const preview = useStore(settings, (s) => s.preview);
  const [counts, setCounts] = useState<Readonly<Record<string, string>>>({});
  const [tied, setTied] = useState<readonly string[]>([]);
  const [empty, setEmpty] = useState(false);
  const tieGroup = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (tied.length > 0) tieGroup.current?.querySelector('button')?.focus();
  }, [tied]);

  const numbers = () =>
    readVoteFields(
      counts,
      choices.filter((choice) => !choice.locked).map((choice) => choice.id),
    );
  const playMajority = (event: Event) => {
    event.preventDefault();
    const result = game.getState().vote(numbers());
    if (result.played) return;
    setTied(result.tied);
    setEmpty(result.tied.length === 0);
  };
  const number = (id: string) => choices.find((c) => c.id === id)?.number ?? 0;

  return (
    <form class="vote-panel" onSubmit={playMajority} aria-labelledby="votes-heading" noValidate>
      <h3 id="votes-heading">{m.votes}</h3>
      <p class="hint">{m.votesHint}</p>
      <ol class="choices vote-list" aria-label={m.choices}>
        {choices.map((choice) => (
          <li key={choice.id} class={`vote-row${choice.locked ? ' locked' : ''}`}>
            <span class="choice-key" aria-hidden="true">
              {choice.number}
            </span>
            <label class="vote-choice" for={`vote-${choice.id}`}>
              <span class="visually-hidden">{m.votesFor(choice.number)}: </span>
              <span class="choice-text">{localize(choice.text, locale)}</span>
            </label>
            <input
              id={`vote-${choice.id}`}
              class="vote-count"
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              step={1}
              data-vote={choice.number}
              disabled={choice.locked}
              placeholder="0"
              value={ownValue(counts, choice.id) ?? ''}
              aria-describedby={choice.locked ? `vote-locked-${choice.id}` : undefined}
              onInput={(e) => {
                setCounts({ ...counts, [choice.id]: e.currentTarget.value });
                setTied([]);
                setEmpty(false);
              }}
            />
            {preview && !choice.locked && <Moves meters={choice.moves} />}
            {choice.locked && (
              <p class="locked-reason" id={`vote-locked-${choice.id}`}>
                <LockGlyph /> {m.locked}: {localize(choice.lockedReason, locale)}
              </p>
            )}
          </li>
        ))}
      </ol>
      <button type="submit" class="play-majority">
        {m.playMajority}
      </button>
      {empty && (
        <p class="vote-problem" role="alert">
          {m.noVotes}
        </p>
      )}
      {tied.length > 0 && (
        <div class="vote-tie" ref={tieGroup}>
          <p id="vote-tie-text" role="alert">
            {m.tie}
          </p>
          <ul>
            {tied.map((id) => (
              <li key={id}>
                <button type="button" class="tie-break" onClick={() => game.getState().vote(numbers(), id)}>
                  <strong>{m.playThis(number(id))}</strong>:{' '}
                  {localize(choices.find((c) => c.id === id)?.text, locale)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
