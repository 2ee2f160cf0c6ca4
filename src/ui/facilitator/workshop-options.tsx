import '../styles/facilitator-setup.css';
import { useUi } from '../context';
import { useStore } from '../use-store';
import { setTimerMinutes, TIMER_CHOICES, workshop } from './workshop';

/** "Run a workshop": facilitator mode on or off, the timer per decision and an optional group name. */
export function WorkshopOptions(props: {
  enabled: boolean;
  group: string;
  onEnabled(enabled: boolean): void;
  onGroup(group: string): void;
}) {
  const { m } = useUi();
  const minutes = useStore(workshop, (s) => s.timerMinutes);
  return (
    <section class="workshop-options" aria-labelledby="workshop-heading">
      <h2 id="workshop-heading" class="visually-hidden">
        {m.facilitatorMode}
      </h2>
      <label class="workshop-toggle">
        <input
          type="checkbox"
          id="workshop-mode"
          checked={props.enabled}
          aria-describedby="workshop-hint"
          onChange={(e) => props.onEnabled(e.currentTarget.checked)}
        />
        <span>{m.workshop}</span>
      </label>
      <p id="workshop-hint" class="hint">
        {m.workshopHint}
      </p>
      {props.enabled && (
        <div class="workshop-settings">
          <div class="field">
            <label for="workshop-timer">{m.timerPerDecision}</label>
            <select
              id="workshop-timer"
              value={String(minutes)}
              onChange={(e) => setTimerMinutes(Number(e.currentTarget.value))}
            >
              {TIMER_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  {n === 0 ? m.timerOff : m.timerMinutes(n)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="workshop-group">{m.workshopGroup}</label>
            <input
              id="workshop-group"
              type="text"
              autoComplete="off"
              maxLength={60}
              value={props.group}
              onInput={(e) => props.onGroup(e.currentTarget.value)}
            />
          </div>
        </div>
      )}
    </section>
  );
}
