import { useEffect, useRef, useState } from 'preact/hooks';
import {
  HeatCancelled,
  type HeatClient,
  type HeatProgress,
  type HeatResult,
  startHeat,
} from '../heat/client';

/** The last heat run to completion: its result, the text it played, how long it took. */
export interface FinishedHeat {
  readonly result: HeatResult;
  readonly text: string;
  readonly runs: number;
  readonly seconds: number;
}

export type HeatStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: HeatProgress | null }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly message: string };

/** A fixed seed, so running the heat twice on the same draft gives the same figures (as `simulate` does). */
const HEAT_SEED = 1;

/**
 * The studio's heat: runs every play style on the draft's text (in the heat worker, or on the page in
 * the offline file), keeps the last finished result while the draft changes, and stops the worker when
 * the studio closes.
 */
export function useHeat(): {
  status: HeatStatus;
  finished: FinishedHeat | null;
  run(text: string, runs: number): void;
  cancel(): void;
} {
  const client = useRef<HeatClient | null>(null);
  const [status, setStatus] = useState<HeatStatus>({ kind: 'idle' });
  const [finished, setFinished] = useState<FinishedHeat | null>(null);
  useEffect(() => () => client.current?.cancel(), []);
  const run = (text: string, runs: number) => {
    client.current ??= startHeat();
    const started = performance.now();
    setStatus({ kind: 'running', progress: null });
    client.current
      .run(text, { runs, seed: HEAT_SEED, file: 'draft.json' }, (progress) =>
        setStatus({ kind: 'running', progress }),
      )
      .then(
        (result) => {
          setFinished({ result, text, runs, seconds: (performance.now() - started) / 1000 });
          setStatus({ kind: 'idle' });
        },
        (error: Error) => {
          if (error instanceof HeatCancelled) setStatus({ kind: 'stopped' });
          else setStatus({ kind: 'failed', message: error.message });
        },
      );
  };
  return { status, finished, run, cancel: () => client.current?.cancel() };
}
