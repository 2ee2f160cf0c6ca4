import type { StoreApi } from 'zustand/vanilla';
import type { GameState } from '../store/game';

/**
 * Hooks for `npm run bench` (browser part): restart the current run, and measure frames while the
 * meters animate. They only call the store's public intents, as a player's keys would.
 */
export function installBenchHooks(game: StoreApi<GameState>): void {
  (window as unknown as { __labDoorsBench: object }).__labDoorsBench = {
    restart: () => game.getState().restart(),
    /** Plays choices and continues for `durationMs`, returning the frame rate seen meanwhile. */
    animateMeters: (durationMs: number) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const started = performance.now();
        const tick = () => {
          frames += 1;
          const state = game.getState();
          const phase = state.run?.phase;
          if (phase?.kind === 'outcome') state.proceed();
          else if (phase?.kind === 'choosing' && frames % 20 === 0) {
            const first = document.querySelector<HTMLButtonElement>('.choices button:not([disabled])');
            first?.click();
          } else if (phase?.kind === 'negotiating' && frames % 20 === 0) {
            document.querySelector<HTMLButtonElement>('.negotiation-actions button')?.click();
          } else if (phase?.kind === 'ended') state.restart();
          if (performance.now() - started < durationMs) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (performance.now() - started));
        };
        requestAnimationFrame(tick);
      }),
  };
}
