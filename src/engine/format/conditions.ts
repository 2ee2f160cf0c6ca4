import { z } from 'zod';
import { Id } from './text';

/**
 * Conditions are data, not expression strings, so that every meter, flag, event and choice they name
 * can be checked by the linter and compiled once at load into a small function.
 */
export const Range = z
  .strictObject({ atLeast: z.number().optional(), atMost: z.number().optional() })
  .meta({ description: 'Inclusive bounds; give at least one.' });
export type Range = z.infer<typeof Range>;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { meter: string; atLeast?: number; atMost?: number }
  | { flag: string }
  | { turn: Range }
  | { visits: string; atLeast?: number; atMost?: number }
  | { turnsSince: string; atLeast?: number; atMost?: number }
  | { chose: { event: string; choice: string } }
  | { agreed: { event: string; clause: string; option: string } }
  | { failed: string; side?: 'low' | 'high' }
  | { term: string; is: string }
  | { appeal: Range };

/** Far more than a readable condition lists; scenarios/README.md documents it with the other caps. */
const MAX_CONDITION_ITEMS = 100;

const bounds = { atLeast: z.number().optional(), atMost: z.number().optional() };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .strictObject({ all: z.array(Condition).min(1).max(MAX_CONDITION_ITEMS) })
      .meta({ description: 'True when every condition holds.' }),
    z
      .strictObject({ any: z.array(Condition).min(1).max(MAX_CONDITION_ITEMS) })
      .meta({ description: 'True when one condition holds.' }),
    z.strictObject({ not: Condition }).meta({ description: 'True when the condition does not hold.' }),
    z.strictObject({ meter: Id, ...bounds }).meta({ description: 'A meter within bounds.' }),
    z.strictObject({ flag: Id }).meta({ description: 'A declared flag is set.' }),
    z.strictObject({ turn: Range }).meta({ description: 'The current turn (1 = first) within bounds.' }),
    z.strictObject({ visits: Id, ...bounds }).meta({ description: 'How many times an event was shown.' }),
    z
      .strictObject({ turnsSince: Id, ...bounds })
      .meta({ description: 'Turns since an event was last shown; false if never shown.' }),
    z
      .strictObject({ chose: z.strictObject({ event: Id, choice: Id }) })
      .meta({ description: 'The player ever took this choice.' }),
    z
      .strictObject({ agreed: z.strictObject({ event: Id, clause: Id, option: Id }) })
      .meta({ description: 'A negotiation ended in an agreement with this option in this clause.' }),
    z
      .strictObject({ failed: Id, side: z.enum(['low', 'high']).optional() })
      .meta({ description: 'Endings only: the run ended because this meter failed.' }),
    z
      .strictObject({ term: Id, is: Id })
      .meta({ description: 'Negotiation responses only: the proposal puts this option in this clause.' }),
    z
      .strictObject({ appeal: Range })
      .meta({ description: "Negotiation responses only: the sum of the proposal's appeal to the partner." }),
  ]),
);

/** The first key of each condition kind, in the order of the union above; diagnostics use it. */
export const CONDITION_KINDS = [
  'all',
  'any',
  'not',
  'meter',
  'flag',
  'turn',
  'visits',
  'turnsSince',
  'chose',
  'agreed',
  'failed',
  'term',
  'appeal',
] as const;
