import type { Finding, JsonPath } from '../diagnostics';
import type { Anchor } from './locate';
import type { Schema } from './schema';

// Shared by shape.ts and union.ts (which explains a failed union by calling back into shape.ts), kept
// apart so neither module imports the other.

/** A shape finding and whether it points at the property's key or its value. */
export interface ShapeFinding extends Finding {
  readonly anchor: Anchor;
  /** For an unknown key with a suggestion: the key it probably meant, whose "missing" finding it explains. */
  readonly meant?: JsonPath;
}

/** What the issues' paths are relative to: the root at first, a union's branch inside it. */
export interface IssueContext {
  readonly schema: Schema;
  readonly value: unknown;
  readonly basePath: JsonPath;
}
