import type { SimulationTally, SliceOptions } from '../engine/index';

/** What the main thread asks a simulation worker: play one slice of a batch of this scenario file. */
export interface SliceRequest {
  readonly id: number;
  readonly file: string;
  readonly text: string;
  readonly slice: SliceOptions;
}

/** The worker's answer: the slice's tally, or why the scenario could not be played. */
export type SliceReply =
  | { readonly id: number; readonly tally: SimulationTally }
  | { readonly id: number; readonly error: string };
