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
