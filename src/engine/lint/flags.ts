import { formatJsonPath, type JsonPath } from '../diagnostics';
import type { LintContext } from './context';

interface FlagUses {
  firstRead?: JsonPath;
  firstSet?: JsonPath;
}

/**
 * LD318–LD320: a flag is worth declaring when something sets it and something reads it. Reported at
 * the declaration, once per flag, naming the first use, so a flag read ten times is one finding.
 */
export function checkFlags(context: LintContext): void {
  const uses = flagUses(context);
  context.scenario.flags.forEach((flag, i) => {
    const path = ['flags', i, 'id'];
    const { firstRead, firstSet } = uses.get(flag.id) ?? {};
    if (firstSet !== undefined && firstRead === undefined) {
      context.report('LD318', path, { flag: flag.id, at: formatJsonPath(firstSet) });
    } else if (firstRead !== undefined && firstSet === undefined) {
      context.report('LD319', path, { flag: flag.id, at: formatJsonPath(firstRead) });
    } else if (firstRead === undefined && firstSet === undefined) {
      context.report('LD320', path, { flag: flag.id });
    }
  });
}

/** First read and first set of each flag; "clear" is neither, it only undoes a set. */
function flagUses(context: LintContext): Map<string, FlagUses> {
  const uses = new Map<string, FlagUses>();
  for (const use of context.sites.ids) {
    if (use.kind !== 'flag') continue;
    const entry = uses.get(use.id) ?? {};
    if (use.role === 'read') entry.firstRead ??= use.path;
    if (use.role === 'write') entry.firstSet ??= use.path;
    uses.set(use.id, entry);
  }
  return uses;
}

/** Flags that something sets, for checks that need to know whether a flag can ever be true. */
export function flagsEverSet(context: LintContext): Set<string> {
  const set = new Set<string>();
  for (const use of context.sites.ids) if (use.kind === 'flag' && use.role === 'write') set.add(use.id);
  return set;
}
