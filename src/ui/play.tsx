import './styles/play.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import { lastMeterChange } from '../engine/decision-view';
import { recentNotices } from '../engine/notices';
import type { RunState } from '../engine/run/types';
import { meterViews, visibleChoices } from '../engine/view';
import { deriveInstituteModel } from '../game/model';
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
import { useSoundCues } from './sound';
import { useInstitute } from './stage';
import { useStore } from './use-store';

/** The play screen: the institute view (Phaser, in #stage) beside the event card (DOM). */
export function PlayScreen(props: {
  scenario: CompiledScenario;
  run: RunState;
  onMenu(): void;
  onDebrief(): void;
  onTitle(): void;
}) {
  const { scenario, run } = props;
  const { m, locale, settings, game } = useUi();
  const display = useStore(settings, (s) => `${s.locale}|${s.reducedMotion}|${s.highContrast}`);
  const change = useMemo(() => lastMeterChange(scenario, run), [scenario, run]);
  const model = useMemo(() => {
    const s = settings.getState();
    return deriveInstituteModel(
      scenario,
      run,
      { locale: s.locale, reducedMotion: s.reducedMotion, highContrast: s.highContrast },
      { lastChange: change.changes, changeSerial: change.serial },
    );
  }, [scenario, run, display, change]);
  useInstitute(model);
  const session = useStore(game, (s) => s.session);
  const facilitating = session?.mode === 'facilitator';
  const timerMinutes = useStore(workshop, (s) => s.timerMinutes);
  // The discussion timer starts once the first-play introduction (over the first card) is closed.
  const introOpen = useStore(settings, (s) => !s.introSeen) && run.decisions === 0;
  useSoundCues(
    scenario,
    run,
    useStore(settings, (s) => s.muted),
  );

  const phase = run.phase;
  const event = phase.kind === 'ended' ? undefined : scenario.events[phase.event]?.source;
  const speaker = scenario.source.characters.find(
    (c) => c.id === (event?.speaker ?? event?.negotiation?.partner),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const cardKey = `${run.turn}:${phase.kind === 'ended' ? -1 : phase.event}:${run.decisions}`;
  useEffect(() => {
    // Focus without a jump: on a wide screen the card is already in view; on a phone, bring it up.
    if (phase.kind === 'choosing' || phase.kind === 'negotiating') {
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [cardKey, phase.kind]);

  return (
    <main
      class="screen play-screen"
      aria-label={localize(scenario.source.title, locale)}
      data-mode={facilitating ? 'facilitator' : 'solo'}
    >
      <div class="stage-spacer" aria-hidden="true" />
      <div class="card-column">
        <header class="play-header">
          <p class="calendar">
            {localize(scenario.source.calendar.labels[Math.min(run.turn, scenario.turns) - 1], locale)} ·{' '}
            {m.turnOf(Math.min(run.turn, scenario.turns), scenario.turns)}
          </p>
          <button type="button" class="menu-button" onClick={props.onMenu} aria-keyshortcuts="Escape">
            {m.menu}
          </button>
        </header>
        <MeterList scenario={scenario} run={run} />
        {phase.kind === 'ended' ? (
          <EndingPanel scenario={scenario} run={run} onDebrief={props.onDebrief} onTitle={props.onTitle} />
        ) : (
          <article class="event-card" aria-labelledby="event-title">
            {phase.kind !== 'outcome' && (
              <Notices scenario={scenario} notices={recentNotices(scenario, run)} />
            )}
            <h2 id="event-title" tabIndex={-1} ref={heading}>
              {localize(event?.title, locale)}
            </h2>
            {speaker && (
              <p class="speaker">
                <strong>{localize(speaker.name, locale)}</strong>, {localize(speaker.role, locale)}
              </p>
            )}
            <p class="event-text">{localize(event?.text, locale)}</p>
            {facilitating && phase.kind !== 'outcome' && <DiscussionPrompt prompt={event?.prompt} />}
            {facilitating &&
              timerMinutes > 0 &&
              !introOpen &&
              (phase.kind === 'choosing' || phase.kind === 'negotiating') && (
                <DecisionTimer key={cardKey} minutes={timerMinutes} />
              )}
            {phase.kind === 'choosing' && facilitating && (
              <VotePanel key={cardKey} scenario={scenario} choices={visibleChoices(scenario, run)} />
            )}
            {phase.kind === 'choosing' && !facilitating && (
              <ChoiceList
                scenario={scenario}
                choices={visibleChoices(scenario, run)}
                onChoose={(id) => game.getState().choose(id)}
              />
            )}
            {phase.kind === 'negotiating' && <NegotiationForm scenario={scenario} run={run} phase={phase} />}
            {phase.kind === 'outcome' && facilitating && session !== null && (
              <VoteResult scenario={scenario} run={run} session={session} />
            )}
            {phase.kind === 'outcome' && <OutcomePanel scenario={scenario} run={run} />}
            {phase.kind === 'outcome' && facilitating && <LearningNote scenario={scenario} run={run} />}
          </article>
        )}
        <p class="keyboard-help">{m.keyboardHelp}</p>
      </div>
      <Announcer scenario={scenario} run={run} />
      {run.decisions === 0 && phase.kind === 'choosing' && <Intro scenario={scenario} />}
    </main>
  );
}

/** The meters as text for screen readers and for anyone who prefers numbers; Phaser draws the gauges. */
function MeterList({ scenario, run }: { scenario: CompiledScenario; run: RunState }) {
  const { m, locale } = useUi();
  return (
    <ul class="meter-list visually-hidden" aria-label={m.meters}>
      {meterViews(scenario, run).map((view, i) => {
        const label = localize(scenario.meters[i]?.source.label, locale);
        return (
          <li key={view.id}>
            {m.meterValue(label, view.value, scenario.meters[i]?.max ?? 100)}
            {view.danger && `, ${m.meterDanger(label)}`}
          </li>
        );
      })}
    </ul>
  );
}

/** A polite live region that says what changed after each decision and which card arrived. */
function Announcer({ scenario, run }: { scenario: CompiledScenario; run: RunState }) {
  const { m, locale } = useUi();
  let text = '';
  if (run.phase.kind === 'outcome') {
    const { changes } = lastMeterChange(scenario, run);
    text = Object.entries(changes)
      .map(([id, delta]) => {
        const meter = scenario.meters[scenario.index.meter.get(id) ?? -1];
        const value = run.meters[meter ? (scenario.index.meter.get(id) ?? 0) : 0] ?? 0;
        return m.changeAnnounce(localize(meter?.source.label, locale), delta, value);
      })
      .join('. ');
  }
  return (
    <div class="visually-hidden" aria-live="polite" role="status">
      {text}
    </div>
  );
}
