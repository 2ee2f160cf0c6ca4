// The two small verdicts both the compiled scenario (conditions read them) and the run (its log records
// them) name. They live apart so compile/types.ts and run/types.ts need not import each other.

/** A meter past its fail line on one side: the run ends because of it. */
export interface FailedMeter {
  readonly meter: number;
  readonly side: 'low' | 'high';
}

/** How a negotiation partner answers a proposal. */
export type PartnerAnswer = 'accept' | 'counter' | 'reject';
