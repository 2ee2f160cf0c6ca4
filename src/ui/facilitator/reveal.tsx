import '../styles/facilitator-play.css';
import type { SessionInfo } from '../../classroom/session';
import type { CompiledScenario } from '../../engine/compile/types';
import { lastDecision } from '../../engine/decision-view';
import type { LocalText } from '../../engine/format/text';
import { ownValue } from '../../engine/own-value';
import type { RunState } from '../../engine/run/types';
import { localize, useUi } from '../context';

/** Facilitator mode: the event's discussion prompt, shown prominently before the votes. */
export function DiscussionPrompt({ prompt }: { prompt: LocalText | undefined }) {
  const { m, locale } = useUi();
  if (prompt === undefined) return null;
  return (
    <section class="discussion-prompt" aria-labelledby="discussion-prompt-heading">
      <h3 id="discussion-prompt-heading">{m.discussionPrompt}</h3>
      <p>{localize(prompt, locale)}</p>
    </section>
  );
}

/** The vote behind the decision just played, if it was taken by vote; the reveal shows it. */
function lastVote(scenario: CompiledScenario, run: RunState, session: SessionInfo) {
  const decision = lastDecision(scenario, run);
  if (decision === null || decision.kind !== 'choice') return undefined;
  return [...session.votes]
    .reverse()
    .find((v) => v.decision === run.decisions - 1 && v.chosen === decision.choice);
}

/** Facilitator mode's reveal, before the outcome: how the room voted on the decision just played. */
export function VoteResult(props: { scenario: CompiledScenario; run: RunState; session: SessionInfo }) {
  const { scenario, run, session } = props;
  const { m, locale } = useUi();
  const vote = lastVote(scenario, run, session);
  const decision = lastDecision(scenario, run);
  if (vote === undefined || decision === null) return null;
  const event = scenario.events[scenario.index.event.get(decision.event) ?? -1]?.source;
  return (
    <section class="vote-result" aria-labelledby="vote-result-heading">
      <h3 id="vote-result-heading">{m.roomVoted}</h3>
      <ol class="vote-tally">
        {(event?.choices ?? []).map((choice) =>
          choice.id in vote.counts ? (
            <li key={choice.id} class={choice.id === vote.chosen ? 'chosen-choice' : undefined}>
              <span class="tally-count">{m.voteCount(ownValue(vote.counts, choice.id) ?? 0)}</span>{' '}
              <span class="tally-text">{localize(choice.text, locale)}</span>
            </li>
          ) : null,
        )}
      </ol>
      {vote.tieBroken && <p class="tie-note">{m.tieBroken}</p>}
    </section>
  );
}

/**
 * Facilitator mode's reveal, after the outcome and its meter changes: the decision's learning note, so
 * the room can discuss what happened and why. (The play screen's CSS keeps Continue below it.)
 */
export function LearningNote(props: { scenario: CompiledScenario; run: RunState }) {
  const { m, locale } = useUi();
  const decision = lastDecision(props.scenario, props.run);
  if (decision === null) return null;
  const note =
    props.scenario.events[props.scenario.index.event.get(decision.event) ?? -1]?.source.lesson?.note;
  if (note === undefined) return null;
  return (
    <section class="learning-note" aria-labelledby="learning-note-heading">
      <h3 id="learning-note-heading">{m.learningNote}</h3>
      <p>{localize(note, locale)}</p>
    </section>
  );
}
