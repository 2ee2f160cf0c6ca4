import { useEffect, useRef } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import { lastMeterChange } from '../engine/decision-view';
import type { RunState } from '../engine/run/types';
import { meterViews } from '../engine/view';

type Cue = 'better' | 'worse' | 'warning';

/** Each cue: a few soft sine notes (frequency in Hz, start and length in seconds). Generated, not loaded. */
const CUES: Record<Cue, readonly [number, number, number][]> = {
  better: [
    [523.25, 0, 0.12],
    [659.25, 0.09, 0.18],
  ],
  worse: [
    [329.63, 0, 0.14],
    [261.63, 0.1, 0.2],
  ],
  warning: [
    [440, 0, 0.12],
    [440, 0.22, 0.12],
  ],
};

let context: AudioContext | null = null;

function play(cue: Cue): void {
  const AudioCtor = window.AudioContext ?? null;
  if (AudioCtor === null) return;
  context ??= new AudioCtor();
  const ctx = context;
  const start = ctx.currentTime + 0.01;
  for (const [frequency, offset, length] of CUES[cue]) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A short swell and fade, quiet enough to sit under a facilitator's voice.
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.06, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + length);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + length + 0.02);
  }
}

/** Subtle cues after a decision (better or worse on balance) and when a meter enters its danger zone. */
export function useSoundCues(scenario: CompiledScenario, run: RunState, muted: boolean): void {
  const lastSerial = useRef(-1);
  const dangers = meterViews(scenario, run).filter((v) => v.danger !== null).length;
  const lastDangers = useRef(dangers);
  useEffect(() => {
    const { changes, serial } = lastMeterChange(scenario, run);
    const newDanger = dangers > lastDangers.current;
    lastDangers.current = dangers;
    if (muted || serial === lastSerial.current) {
      lastSerial.current = serial;
      return;
    }
    lastSerial.current = serial;
    if (newDanger) return play('warning');
    let balance = 0;
    for (const [id, delta] of Object.entries(changes)) {
      const good = scenario.meters[scenario.index.meter.get(id) ?? -1]?.good ?? 'high';
      balance += good === 'high' ? delta : -delta;
    }
    if (balance !== 0) play(balance > 0 ? 'better' : 'worse');
  }, [run, muted]);
}
