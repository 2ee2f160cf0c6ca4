import type { ResultProblem } from '../../classroom/result-schema';
import type { Messages } from '../../i18n';

/** Why a result was not loaded, in the interface's language. */
export function problemMessage(m: Messages, problem: ResultProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return m.resultTooLarge;
    case 'not-json':
      return m.resultNotJson;
    case 'not-a-result':
      return m.resultNotResult;
    case 'unknown-scenario':
      return m.resultUnknownScenario(problem.id);
    case 'other-version':
      return m.resultOtherVersion(problem.version, problem.expected);
    case 'unplayable':
      return m.resultUnplayable;
    case 'unfinished':
      return m.resultUnfinished;
    case 'tampered':
      return m.resultTampered;
    case 'code-format':
      return m.resultCodeFormat;
    case 'checksum':
      return m.resultChecksum;
    case 'code-corrupt':
      return m.resultCodeCorrupt;
  }
}
