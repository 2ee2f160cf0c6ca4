/** The offline file's stand-in for start-worker.ts: no worker, so the page plays the heat in slices. */
export function startHeatWorker(): Worker | null {
  return null;
}
