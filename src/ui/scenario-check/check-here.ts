import { type LoadResult, loadScenario } from '../../engine';

/**
 * Checks a scenario file on the page itself: where no worker may start (the offline file under file://).
 * Loaded on first use, so the game's first chunk carries neither zod nor the linter. The file's size bound
 * (ScenarioLibrary's and the loader's own) is then what keeps the check short.
 */
export function checkHere(fileName: string, text: string): LoadResult {
  return loadScenario(fileName, text);
}
