import './styles/play.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Announcement, CompiledScenario, MeterView, PresentedView, RunState } from '../engine';
import { instituteModel } from '../game/model';
import { ChoiceList } from './choice-list';
import { localize, useUi } from './context';
import { EndingPanel } from './ending';
import { DiscussionPrompt, LearningNote, VoteResult } from './facilitator/reveal';
import { DecisionTimer } from './facilitator/timer';
import { VotePanel } from './facilitator/vote-panel';
import { workshop } from './facilitator/workshop';
import { Intro } from './intro';
import { NegotiationForm } from './negotiation';
import { Notices } from './notices';
import { OutcomePanel } from './outcome';
import { useSoundCue } from './sound';
import { useInstitute } from './stage';
import { useStore } from './use-store';

/**
 * The play screen: the institute view (Phaser, in #stage) beside the event card (DOM). Both render
 * parts of the presented view; neither reads the run. (The run goes only to the result download.)
 */
export function PlayScreen(props: {
  scenario: CompiledScenario;
  run: RunState;
  view: PresentedView;
  onMenu(): void;
  onDebrief(): void;
  onTitle(): void;
}) {
  const { view } = props;
  const { m, locale, settings, game } = useUi();
  const display = useStore(settings, (s) => `${s.locale}|${s.reducedMotion}|${s.highContrast}`);
  const model = useMemo(() => {
    const s = settings.getState();
    return instituteModel(view, {
      locale: s.locale,
      reducedMotion: s.reducedMotion,
      highContrast: s.highContrast,
    });
  }, [view, display]);
  useInstitute(model);
  const session = useStore(game, (s) => s.session);
  const facilitating = session?.mode === 'facilitator';
  const timerMinutes = useStore(workshop, (s) => s.timerMinutes);
  // The discussion timer starts once the first-play introduction (over the first card) is closed.
  const introOpen = useStore(settings, (s) => !s.introSeen) && view.decisions === 0;
  useSoundCue(
    view.sound,
    useStore(settings, (s) => s.muted),
  );

  const { phase, card } = view;
  const deciding = phase === 'choosing' || phase === 'negotiating';
  const heading = useRef<HTMLHeadingElement>(null);
  const cardKey = `${view.calendar.turn}:${card?.event ?? ''}:${view.decisions}`;
  useEffect(() => {
    // Focus without a jump: on a wide screen the card is already in view; on a phone, bring it up.
    if (deciding) {
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [cardKey, phase]);

  return (
    <main
      class="screen play-screen"
      aria-label={localize(view.scenario.title, locale)}
      data-mode={facilitating ? 'facilitator' : 'solo'}
    >
      <div class="stage-spacer" aria-hidden="true" />
      <div class="card-column">
        <header class="play-header">
          <p class="calendar">
            {localize(view.calendar.label, locale)} · {m.turnOf(view.calendar.turn, view.calendar.turns)}
          </p>
          <button type="button" class="menu-button" onClick={props.onMenu} aria-keyshortcuts="Escape">
            {m.menu}
          </button>
        </header>
        <MeterList meters={view.meters} />
        {view.ending !== null ? (
          <EndingPanel
            ending={view.ending}
            disclaimer={view.scenario.disclaimer}
            scenario={props.scenario}
            run={props.run}
            onDebrief={props.onDebrief}
            onTitle={props.onTitle}
          />
        ) : (
          card !== null && (
            <article class="event-card" aria-labelledby="event-title">
              <Notices notices={view.notices} />
              <h2 id="event-title" tabIndex={-1} ref={heading}>
                {localize(card.title, locale)}
              </h2>
              {card.speaker && (
                <p class="speaker">
                  <strong>{localize(card.speaker.name, locale)}</strong>,{' '}
                  {localize(card.speaker.role, locale)}
                </p>
              )}
              <p class="event-text">{localize(card.text, locale)}</p>
              {facilitating && phase !== 'outcome' && <DiscussionPrompt prompt={card.prompt} />}
              {facilitating && timerMinutes > 0 && !introOpen && deciding && (
                <DecisionTimer key={cardKey} minutes={timerMinutes} />
              )}
              {phase === 'choosing' && facilitating && <VotePanel key={cardKey} choices={view.choices} />}
              {phase === 'choosing' && !facilitating && (
                <ChoiceList choices={view.choices} onChoose={(id) => game.getState().choose(id)} />
              )}
              {view.negotiation !== null && <NegotiationForm key={cardKey} negotiation={view.negotiation} />}
              {view.outcome !== null && facilitating && session !== null && (
                <VoteResult outcome={view.outcome} decisions={view.decisions} session={session} />
              )}
              {view.outcome !== null && <OutcomePanel outcome={view.outcome} step={view.step} />}
              {view.outcome !== null && facilitating && <LearningNote outcome={view.outcome} />}
            </article>
          )
        )}
        <p class="keyboard-help">{m.keyboardHelp}</p>
      </div>
      <Announcer announcement={view.announcement} />
      {view.decisions === 0 && phase === 'choosing' && <Intro meters={view.meters} />}
    </main>
  );
}

/** The meters as text for screen readers and for anyone who prefers numbers; Phaser draws the gauges. */
function MeterList({ meters }: { meters: readonly MeterView[] }) {
  const { m, locale } = useUi();
  return (
    <ul class="meter-list visually-hidden" aria-label={m.meters}>
      {meters.map((meter) => {
        const label = localize(meter.label, locale);
        return (
          <li key={meter.id}>
            {m.meterValue(label, meter.value, meter.max)}
            {meter.danger && `, ${m.meterDanger(label)}`}
          </li>
        );
      })}
    </ul>
  );
}

/** A polite live region that says what the view announces: after a decision, what it changed. */
function Announcer({ announcement }: { announcement: Announcement | null }) {
  const { m, locale } = useUi();
  const text =
    announcement?.changes
      .map((change) => m.changeAnnounce(localize(change.label, locale), change.delta, change.to))
      .join('. ') ?? '';
  return (
    <div class="visually-hidden" aria-live="polite" role="status">
      {text}
    </div>
  );
}
