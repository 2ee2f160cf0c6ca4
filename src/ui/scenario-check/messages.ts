import type { Diagnostic, Phrase, Scenario } from '../../engine';

/** What the page sends the checker worker: a scenario file's name and text. */
export interface CheckRequest {
  readonly fileName: string;
  readonly text: string;
}

/** A finding with its message in both languages, so the list can follow a language switch. */
export interface ShownDiagnostic extends Diagnostic {
  readonly text: Phrase;
}

/** What the check gives: the loader's result (the scenario, when it has no errors), each finding worded in both languages. */
export interface CheckResponse {
  readonly scenario?: Scenario | undefined;
  readonly diagnostics: readonly ShownDiagnostic[];
}

/** The worker's first message, sent when its script has loaded: errors after it are the check's own. */
export interface WorkerNote {
  readonly ready: true;
}
