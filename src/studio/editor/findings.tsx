import { formatJsonPath, type Locale } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import type { StudioMessages } from '../i18n';

/** Shown at most: a file with more has a broken structure, and its first findings say where. */
const MAX_SHOWN = 100;

/**
 * The checker's findings, errors first, each a button that takes the caret to the field it is about.
 * Messages are in the player's language and come from scenario text: shown as text nodes only.
 */
export function Findings(props: {
  findings: readonly ShownDiagnostic[];
  locale: Locale;
  s: StudioMessages;
  onGo(finding: ShownDiagnostic): void;
}) {
  const { s, locale } = props;
  const sorted = [...props.findings].sort(
    (a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column,
  );
  return (
    <ol class="findings">
      {sorted.slice(0, MAX_SHOWN).map((d, i) => (
        <li key={`${i}:${d.code}:${d.line}:${d.column}`} class={`finding ${d.severity}`}>
          <button
            type="button"
            class="finding-link"
            data-finding={findingKey(d)}
            onClick={() => props.onGo(d)}
          >
            <span class="finding-code">{d.code}</span>{' '}
            <span class="finding-severity">{s.severity[d.severity]}</span>{' '}
            <span class="finding-where">
              {d.line > 0 ? `${d.line}:${d.column}` : ''} <bdi>{formatJsonPath(d.path)}</bdi>
            </span>{' '}
            <span class="finding-message">{d.text[locale]}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

const rank = (d: ShownDiagnostic) => (d.severity === 'error' ? 0 : 1);

/** A finding's mark in the list, so the map's badges can take focus to it. */
export const findingKey = (d: ShownDiagnostic) => `${d.code}|${d.line}|${d.column}|${formatJsonPath(d.path)}`;
