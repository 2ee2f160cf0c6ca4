import { useRef, useState } from 'preact/hooks';
import {
  admit,
  EMPTY_INTAKE,
  type IntakeRead,
  type IntakeState,
  lookupOncePerId,
  readInBatches,
  readPastedCode,
  readResultFile,
} from '../../classroom/intake';
import { splitPastedCodes } from '../../classroom/result-code';
import type { ScenarioLookup } from '../../classroom/result-schema';

/** How long the intake reads before it shows what it has (and lets the page take input). */
const BATCH_MS = 150;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * The class debrief's intake as screen state: files and pasted codes are read in batches (see
 * `readInBatches`), and the state changes once per batch, so a thousand results render a few times
 * rather than a thousand. Scenarios are looked up once per id for as long as the screen is open.
 */
export function useIntake(lookup: ScenarioLookup) {
  const [state, setState] = useState<IntakeState>(EMPTY_INTAKE);
  const [progress, setProgress] = useState<Progress | null>(null);
  const once = useRef(lookupOncePerId(lookup));
  // Hand-ins queue behind one another, so entries keep the order they were handed in.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const counts = useRef({ done: 0, total: 0, codes: 0, generation: 0 });

  const enqueue = <T>(items: readonly T[], read: (item: T, index: number) => Promise<IntakeRead>) => {
    if (items.length === 0) return;
    const c = counts.current;
    c.total += items.length;
    setProgress({ done: c.done, total: c.total });
    const generation = c.generation;
    const run = async () => {
      if (generation !== c.generation) return;
      await readInBatches(
        items,
        read,
        (batch) => {
          // "Clear all" during a hand-in drops what is still being read.
          if (generation !== c.generation) return;
          c.done += batch.length;
          setState((current) => admit(current, batch));
          if (c.done === c.total) {
            c.done = 0;
            c.total = 0;
            setProgress(null);
          } else setProgress({ done: c.done, total: c.total });
        },
        { now: () => performance.now(), batchMs: BATCH_MS, pause: nextTask },
      );
    };
    queue.current = queue.current.then(run, run);
  };

  return {
    state,
    progress,
    addFiles(files: readonly File[]) {
      enqueue(files, (file) => readResultFile(file, once.current));
    },
    addCodes(pasted: string) {
      const first = counts.current.codes;
      const codes = splitPastedCodes(pasted);
      counts.current.codes += codes.length;
      enqueue(codes, (code, i) => readPastedCode(code, first + i + 1, once.current));
    },
    clear() {
      const c = counts.current;
      Object.assign(c, { done: 0, total: 0, codes: 0, generation: c.generation + 1 });
      setProgress(null);
      setState(EMPTY_INTAKE);
    },
  };
}
