import { useEffect, useRef } from 'preact/hooks';
import type { SoundCue, SoundCueKind } from '../engine';

/**
 * The game's one sound module: it plays what the presented view says (`view.sound`, see
 * src/engine/present), each cue once. Which cue fits a change is the engine's call; how it sounds is
 * this module's.
 */

/** Each cue: a few soft sine notes (frequency in Hz, start and length in seconds). Generated, not loaded. */
const CUES: Record<SoundCueKind, readonly [number, number, number][]> = {
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

function play(cue: SoundCueKind): void {
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

/**
 * Plays the view's cue when it is new. The cue present when the screen mounts (a resumed run) is taken
 * as already heard, and a muted cue counts as heard too, so unmuting never replays an old one.
 */
export function useSoundCue(sound: SoundCue | null, muted: boolean): void {
  const heard = useRef(sound?.serial ?? -1);
  useEffect(() => {
    if (sound === null || sound.serial === heard.current) return;
    heard.current = sound.serial;
    if (!muted) play(sound.cue);
  }, [sound, muted]);
}
