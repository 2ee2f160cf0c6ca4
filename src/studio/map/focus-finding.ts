import type { ShownDiagnostic } from '../../ui/scenario-check';
import { findingKey } from '../editor/findings';

/**
 * Takes focus to a finding in the findings list beside the map (a badge's link): from there, Enter
 * goes on to the field, as for any finding.
 */
export function focusFinding(finding: ShownDiagnostic): void {
  const key = CSS.escape(findingKey(finding));
  const button = document.querySelector<HTMLButtonElement>(`.findings [data-finding="${key}"]`);
  button?.focus();
  button?.scrollIntoView({ block: 'nearest' });
}
