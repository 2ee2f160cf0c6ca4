/**
 * Starts the heat worker, or returns null where the page may not start one. The offline single file
 * (src/build/vite.offline.config.ts) replaces this module by no-worker.ts: it runs from file://, whose
 * policy allows no worker script, and must stay one file; there the page plays the heat in slices.
 */
export function startHeatWorker(): Worker | null {
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'studio-heat' });
  } catch {
    return null;
  }
}
