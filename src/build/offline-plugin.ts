import type { Plugin } from 'vite';

/**
 * The offline file has no worker: a worker would be a second file, and a file:// page's policy allows no
 * worker script anyway. The start-worker modules of the scenario checker and of the studio's heat are
 * swapped for their no-worker.ts, so opened files are checked on the page (src/ui/scenario-check/) and
 * the heat is played on the page in slices (src/studio/heat/).
 */
export function withoutWorkers(): Plugin {
  return {
    name: 'lab-doors-offline-no-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/start-worker')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved?.id ?? '';
      return /[\\/](scenario-check|heat)[\\/]start-worker\.ts$/.test(id)
        ? id.replace(/start-worker\.ts$/, 'no-worker.ts')
        : null;
    },
  };
}
