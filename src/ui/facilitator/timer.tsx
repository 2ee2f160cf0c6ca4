import '../styles/facilitator-play.css';
import { useEffect, useState } from 'preact/hooks';
import { useUi } from '../context';
import { useStore } from '../use-store';

/** A soft two-note chime for the end of the discussion time, unless sound is off. */
function chime(): void {
  const AudioCtor = window.AudioContext ?? null;
  if (AudioCtor === null) return;
  try {
    const ctx = new AudioCtor();
    const start = ctx.currentTime + 0.01;
    for (const [frequency, offset] of [
      [659.25, 0],
      [523.25, 0.25],
    ] as const) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.05, start + offset + 0.03);
      gain.gain.linearRampToValueAtTime(0, start + offset + 0.5);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.55);
    }
    window.setTimeout(() => void ctx.close(), 1500);
  } catch {
    // No audio here: the visual cue is enough.
  }
}

function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The discussion timer of one decision: counts down from the facilitator's minutes, with pause, resume
 * and reset. At zero it shows and (softly) sounds the end, and never chooses anything by itself. Screen
 * readers hear it at one minute left and at zero, not every second.
 */
export function DecisionTimer({ minutes }: { minutes: number }) {
  const { m, settings } = useUi();
  const muted = useStore(settings, (s) => s.muted);
  const total = minutes * 60_000;
  const [spent, setSpent] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, total - spent - (since === null ? 0 : now - since));
  const done = remaining === 0;
  useEffect(() => {
    if (since === null || done) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [since, done]);
  useEffect(() => {
    if (done && !muted) chime();
  }, [done]);
  const running = since !== null && !done;
  const pause = () => {
    const at = Date.now();
    if (since !== null) setSpent(spent + (at - since));
    setSince(null);
    setNow(at);
  };
  const resume = () => {
    const at = Date.now();
    setSince(at);
    setNow(at);
  };
  const reset = () => {
    const at = Date.now();
    setSpent(0);
    setSince(at);
    setNow(at);
  };
  const announcement = done ? m.timerDone : total > 60_000 && remaining <= 60_000 ? m.timerOneMinute : '';
  return (
    <section
      class={`decision-timer${done ? ' timer-done' : ''}${since === null && !done ? ' timer-paused' : ''}`}
      aria-labelledby="timer-heading"
    >
      <h3 id="timer-heading" class="timer-label">
        {m.timer}
      </h3>
      <p class="timer-clock" role="timer" aria-labelledby="timer-heading">
        {formatClock(remaining)}
        {since === null && !done && <span class="timer-state"> ({m.timerPaused})</span>}
      </p>
      <div class="timer-actions">
        {running ? (
          <button type="button" class="timer-pause" onClick={pause}>
            {m.timerPause}
          </button>
        ) : (
          <button type="button" class="timer-resume" onClick={resume} disabled={done}>
            {m.timerResume}
          </button>
        )}
        <button type="button" class="timer-reset" onClick={reset}>
          {m.timerReset}
        </button>
      </div>
      <p class="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      {done && (
        <p class="timer-done-note" aria-hidden="true">
          {m.timerDone}
        </p>
      )}
    </section>
  );
}
