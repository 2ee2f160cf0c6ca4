/** A tiny flag parser for our commands: `--name value`, `--flag`, and positional files. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
  /** Unknown options and options missing their value, each as a sentence for the user. */
  readonly problems: string[];
}

export interface OptionSpec {
  /** Options that take a value: `--runs 500`. */
  readonly valued: readonly string[];
  /** Options that stand alone: `--json`. */
  readonly flags?: readonly string[];
}

/**
 * A valued option needs a value that is not itself an option: `--seed --json` or a trailing `--seed`
 * is a mistake to report, never a seed of 0. An option nobody declared is reported, not ignored: a
 * typo such as `--run 500` would otherwise quietly use the default.
 */
export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.slice(2);
    if (!arg.startsWith('--')) positional.push(arg);
    // `npm run x -- files` passes the `--` through on some npm versions; it is not an option.
    else if (arg === '--') continue;
    else if (spec.valued.includes(name)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) problems.push(`--${name} needs a value`);
      else {
        options.set(name, value);
        i++;
      }
    } else if (spec.flags?.includes(name)) options.set(name, true);
    else problems.push(`unknown option ${arg}`);
  }
  return { positional, options, problems };
}

/** An integer option within bounds, or an error message naming the option. */
export function intOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | string {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw === true || raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    return `--${name} needs a whole number from ${min} to ${max}, got "${raw === true ? '' : raw}"`;
  }
  return value;
}

/** Runs `main` when this module is the program Node started (not when a test imports it). */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === new URL(`file://${entry}`).href;
}
