import * as z from 'zod/mini';
import type { RunSave } from './save';

/**
 * The shape of a save as read back from storage or a file: untrusted until it passes this. Written with
 * zod/mini because it ships in the game's first chunk, where the full zod (about 90 kB gzipped) would
 * weigh more than everything else together.
 */
const SaveId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

export const RunSaveSchema = z.strictObject({
  scenario: z.strictObject({ id: SaveId, version: z.string().check(z.maxLength(32)) }),
  seed: z.int().check(z.minimum(-2147483648), z.maximum(2147483647)),
  actions: z
    .array(
      z.union([
        z.strictObject({ choose: SaveId }),
        z.strictObject({ propose: z.record(SaveId, SaveId) }),
        z.enum(['acceptCounter', 'walkAway', 'continue']),
      ]),
    )
    .check(z.maxLength(5000)),
}) satisfies z.ZodMiniType<RunSave>;
