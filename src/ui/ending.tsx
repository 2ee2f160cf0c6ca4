import './styles/ending.css';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledScenario, EndingView, LocalText, RunState } from '../engine';
import { ResultActions } from './class-debrief/result-actions';
import { localize, useUi } from './context';

/** Which ending, what it means and why it happened. */
export function EndingPanel(props: {
  ending: EndingView;
  disclaimer: LocalText;
  /** For the result download: the classroom builds a result from the run itself. */
  scenario: CompiledScenario;
  run: RunState;
  onDebrief(): void;
  onTitle(): void;
}) {
  const { ending } = props;
  const { m, locale, game } = useUi();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const cause = ending.cause;
  const causeText =
    cause.kind === 'failed'
      ? cause.side === 'low'
        ? m.causeFailedLow(localize(cause.meter.label, locale))
        : m.causeFailedHigh(localize(cause.meter.label, locale))
      : cause.kind === 'term-complete'
        ? m.causeTermComplete
        : m.causeChosen;
  return (
    <section class={`ending tone-${ending.tone}`} aria-labelledby="ending-heading">
      <p class="eyebrow">{m.ending}</p>
      <h2 id="ending-heading" tabIndex={-1} ref={heading}>
        {localize(ending.title, locale)}
      </h2>
      <p class="ending-text">{localize(ending.text, locale)}</p>
      <h3>{m.whyThisEnding}</h3>
      <p class="cause">{causeText}</p>
      <p>{localize(ending.why, locale)}</p>
      <p class="disclaimer">{localize(props.disclaimer, locale)}</p>
      <div class="ending-actions">
        <button type="button" class="primary" onClick={props.onDebrief}>
          {m.seeDebrief}
        </button>
        <button type="button" onClick={() => game.getState().restart()}>
          {m.playAgain}
        </button>
        <button type="button" onClick={props.onTitle}>
          {m.titleScreen}
        </button>
      </div>
      <ResultActions scenario={props.scenario} run={props.run} />
    </section>
  );
}
