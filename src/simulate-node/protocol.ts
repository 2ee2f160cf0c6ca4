import type { SimulationTally, SliceOptions } from '../engine';

/** What the main thread asks a simulation worker: play one slice of a batch of its scenario. */
export interface SliceRequest {
  readonly id: number;
  readonly slice: SliceOptions;
}

/** The worker's answer: the slice's tally, or what went wrong. */
export type SliceReply =
  | { readonly id: number; readonly tally: SimulationTally }
  | { readonly id: number; readonly error: string };
