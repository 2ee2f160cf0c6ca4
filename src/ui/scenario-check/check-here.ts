import { loadScenario, messageIn } from '../../engine';
import type { CheckResponse } from './messages';

/**
 * The check itself, as `npm run validate` does it, with each finding worded in both languages (the list
 * follows a language switch without checking again). The worker runs it; so does the page where no worker
 * may start (the offline file under file://), loading it on first use so the game's first chunk carries
 * neither zod, the linter nor the message tables. The file's size bound (ScenarioLibrary's and the
 * loader's own) is then what keeps the check short.
 */
export function checkHere(fileName: string, text: string): CheckResponse {
  const { scenario, diagnostics } = loadScenario(fileName, text);
  const shown = diagnostics.map((d) => ({ ...d, text: { en: d.message, ko: messageIn(d, 'ko') } }));
  return { ...(scenario && { scenario }), diagnostics: shown };
}
