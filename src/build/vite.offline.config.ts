import { defineConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from '../../vite.config';
import { contentSecurityPolicy } from './csp-plugin';
import { withoutWorkers } from './offline-plugin';
import { shippedScenarios } from './scenario-plugin';

/**
 * `npm run build:offline`: the whole game in one HTML file (dist-offline/lab-doors.html) that runs from
 * file:// (a USB stick, double-click), with no network. The normal build's settings (Phaser alias and
 * defines) are kept; what differs: scenarios are modules, not fetched JSON; vite-plugin-singlefile
 * inlines every chunk (Phaser included: no code splitting), the CSS and, as data: URLs, the fonts and the
 * art (assets/); the page's policy allows the inline script this file needs; scenario files are checked
 * and the studio's heat is played on the page, not in a worker (see withoutWorkers).
 */
const config: UserConfig = base as UserConfig;

export default defineConfig({
  ...config,
  publicDir: false,
  plugins: [
    shippedScenarios('scenarios', { inline: true }),
    contentSecurityPolicy({ offline: true }),
    withoutWorkers(),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'lab-doors.html' }),
  ],
  build: {
    ...config.build,
    outDir: 'dist-offline',
    emptyOutDir: true,
    chunkSizeWarningLimit: 100_000,
  },
});
