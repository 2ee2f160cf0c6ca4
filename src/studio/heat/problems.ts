import type { Diagnostic } from '../../engine';

/** A scenario with errors: the heat is refused with the file's diagnostics. */
export class ScenarioProblems extends Error {
  override readonly name = 'ScenarioProblems';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`the scenario has ${diagnostics.length} problem(s)`);
  }
}

/** The author stopped the heat (or started another): nothing to report. */
export class HeatCancelled extends Error {
  override readonly name = 'HeatCancelled';
  constructor() {
    super('the heat was stopped');
  }
}
