import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The offline file's page tweaks: the favicon, a file of its own in the normal build, becomes a data:
 * URL (under file:// "/favicon.svg" is the root of the disk, a failed request).
 */
export function offlinePage(faviconFile: string): Plugin {
  return {
    name: 'lab-doors-offline-page',
    apply: 'build',
    transformIndexHtml(html) {
      const svg = readFileSync(faviconFile);
      const data = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      return html.replace(/(<link rel="icon" href=")[^"]*(")/, `$1${data}$2`);
    },
  };
}

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
