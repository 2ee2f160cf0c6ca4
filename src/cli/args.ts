/** A tiny flag parser for our three commands: `--name value`, `--flag`, and positional files. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

export function parseArgs(args: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (valued.includes(arg.slice(2))) options.set(arg.slice(2), args[++i] ?? '');
    else options.set(arg.slice(2), true);
  }
  return { positional, options };
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
  if (raw === true || !Number.isInteger(value) || value < min || value > max) {
    return `--${name} needs a whole number from ${min} to ${max}, got "${raw === true ? '' : raw}"`;
  }
  return value;
}

/** Runs `main` when this module is the program Node started (not when a test imports it). */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === new URL(`file://${entry}`).href;
}
