import type { CompiledChoice, CompiledEvent, EvalContext } from '../compile/types';

/** A choice is available when it has no condition or its condition holds now. */
export function isAvailable(choice: CompiledChoice, ctx: EvalContext): boolean {
  return choice.when === null || choice.when(ctx);
}

/** An event can be shown only if the player will have something to do: a negotiation or a choice. */
export function hasAvailableChoice(event: CompiledEvent, ctx: EvalContext): boolean {
  if (event.negotiation !== null) return true;
  for (const choice of event.choices) if (isAvailable(choice, ctx)) return true;
  return false;
}
