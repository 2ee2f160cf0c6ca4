/** The offline file's stand-in for start-worker.ts: no worker, so files are checked on the page. */
export function startCheckWorker(): Worker | null {
  return null;
}
