import { useMemo, useState } from 'preact/hooks';
import { compile, type Locale, type RunSave, type Scenario } from '../../engine';
import type { StudioMessages } from '../i18n';
import { type CardPath, pathToCard } from './path-to-card';

/** A play-test's starting point beyond the first card: the path to replay and the sentence naming it. */
export interface PlaytestStart {
  readonly save: RunSave;
  readonly note: string;
}

/**
 * Pick a card and play-test from it, with the state the path there reaches: the author's last play-test
 * of this draft when it passed the card, else a simulated run (see path-to-card.ts). The path is found
 * when the author asks, on the page (a few hundred runs at most, each a fraction of a millisecond for
 * a flagship-sized scenario), and the sentence naming it goes with the play-test.
 */
export function PlayFromCard(props: {
  scenario: Scenario;
  recorded: RunSave | null;
  locale: Locale;
  s: StudioMessages;
  onStart(start: PlaytestStart): void;
}) {
  const { s, scenario } = props;
  const events = scenario.events;
  const [picked, setPicked] = useState(events[0]?.id ?? '');
  const [none, setNone] = useState(false);
  const compiled = useMemo(() => compile(scenario), [scenario]);
  const eventId = events.some((e) => e.id === picked) ? picked : (events[0]?.id ?? '');

  const play = () => {
    const path = pathToCard(compiled, eventId, props.recorded);
    setNone(path === null);
    if (path !== null) props.onStart({ save: path.save, note: noteOf(path, s) });
  };

  return (
    <fieldset class="studio-from-card">
      <legend>{s.fromCardHeading}</legend>
      <p id="studio-from-card-hint">{s.fromCardHint}</p>
      <label for="studio-from-card">{s.fromCardLabel}</label>
      <select
        id="studio-from-card"
        value={eventId}
        aria-describedby="studio-from-card-hint"
        onChange={(e) => {
          setPicked(e.currentTarget.value);
          setNone(false);
        }}
      >
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title[props.locale] ?? event.id} ({event.id})
          </option>
        ))}
      </select>
      <button type="button" onClick={play}>
        {s.fromCard}
      </button>
      <p role="status">{none ? s.fromCardNone : ''}</p>
    </fieldset>
  );
}

function noteOf(path: CardPath, s: StudioMessages): string {
  return path.source.kind === 'recorded'
    ? s.pathRecorded(path.decisions, path.turn)
    : s.pathSimulated(path.source.policy, path.source.seed, path.decisions, path.turn);
}
