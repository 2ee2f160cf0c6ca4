export type Severity = 'error' | 'warning';

/**
 * One diagnostic code: its severity (always the same for the code) and its message in each language,
 * built from the finding's arguments. English is what the CLI prints; the game shows the player's.
 */
export interface CodeEntry<Args> {
  readonly severity: Severity;
  readonly en: (args: Args) => string;
  readonly ko: (args: Args) => string;
}

export function error<Args = void>(en: (args: Args) => string, ko: (args: Args) => string): CodeEntry<Args> {
  return { severity: 'error', en, ko };
}

export function warning<Args = void>(
  en: (args: Args) => string,
  ko: (args: Args) => string,
): CodeEntry<Args> {
  return { severity: 'warning', en, ko };
}
