import type { Plugin } from 'vite';

/**
 * The offline file has no scenario-checker worker: a worker would be a second file, and a file:// page's
 * policy allows no worker script anyway. Its start-worker module is swapped for no-worker.ts, so opened
 * files are checked on the page (src/ui/scenario-check/).
 */
export function withoutCheckWorker(): Plugin {
  return {
    name: 'lab-doors-offline-no-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/start-worker')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved?.id ?? '';
      return /[\\/]scenario-check[\\/]start-worker\.ts$/.test(id)
        ? id.replace(/start-worker\.ts$/, 'no-worker.ts')
        : null;
    },
  };
}
