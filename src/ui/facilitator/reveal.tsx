import '../styles/facilitator-play.css';
import type { SessionInfo } from '../../classroom/session';
import { type LocalText, type OutcomeView, ownValue } from '../../engine';
import { localize, useUi } from '../context';
import { ExpertView } from '../expert-view';

/** Facilitator mode: the event's discussion prompt, shown prominently before the votes. */
export function DiscussionPrompt({ prompt }: { prompt: LocalText | null }) {
  const { m, locale } = useUi();
  if (prompt === null) return null;
  return (
    <section class="discussion-prompt" aria-labelledby="discussion-prompt-heading">
      <h3 id="discussion-prompt-heading">{m.discussionPrompt}</h3>
      <p>{localize(prompt, locale)}</p>
    </section>
  );
}

/** Facilitator mode's reveal, before the outcome: how the room voted on the decision just played. */
export function VoteResult(props: { outcome: OutcomeView; decisions: number; session: SessionInfo }) {
  const { outcome, session } = props;
  const { m, locale } = useUi();
  const chosen = outcome.chosen?.id;
  const vote = [...session.votes]
    .reverse()
    .find((v) => v.decision === props.decisions - 1 && v.chosen === chosen);
  const options = outcome.expert.groups[0]?.options ?? [];
  if (vote === undefined || chosen === undefined) return null;
  return (
    <section class="vote-result" aria-labelledby="vote-result-heading">
      <h3 id="vote-result-heading">{m.roomVoted}</h3>
      <ol class="vote-tally">
        {options.map((option) =>
          Object.hasOwn(vote.counts, option.id) ? (
            <li key={option.id} class={option.id === vote.chosen ? 'chosen-choice' : undefined}>
              <span class="tally-count">{m.voteCount(ownValue(vote.counts, option.id) ?? 0)}</span>{' '}
              <span class="tally-text">{localize(option.text, locale)}</span>
            </li>
          ) : null,
        )}
      </ol>
      {vote.tieBroken && <p class="tie-note">{m.tieBroken}</p>}
    </section>
  );
}

/**
 * Facilitator mode's reveal, after the outcome and its meter changes: the decision's learning note and,
 * when the scenario has them, the expert's view of every option (the one taken marked), so the room can
 * argue what each protected and what it cost. (The play screen's CSS keeps Continue below it.)
 */
export function LearningNote({ outcome }: { outcome: OutcomeView }) {
  const { m, locale } = useUi();
  const note = outcome.lesson?.note;
  if (note === undefined && !outcome.expert.any) return null;
  return (
    <section class="learning-note" aria-labelledby="learning-note-heading">
      <h3 id="learning-note-heading">{m.learningNote}</h3>
      {note !== undefined && <p>{localize(note, locale)}</p>}
      {outcome.expert.any && (
        <ExpertView groups={outcome.expert.groups} heading={m.expertView} takenLabel={m.expertTaken} />
      )}
    </section>
  );
}
