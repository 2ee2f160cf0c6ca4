import path from 'node:path';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp-plugin';
import { shippedScenarios } from './src/build/scenario-plugin';

export default defineConfig({
  base: './',
  plugins: [shippedScenarios('scenarios'), contentSecurityPolicy()],
  resolve: {
    alias: [
      // A custom Phaser build (src/game/phaser-build.cjs): core plus Container, about 60% of the full file.
      { find: /^phaser$/, replacement: path.resolve('src/game/phaser-build.cjs') },
      { find: /^phaser-src\//, replacement: `${path.resolve('node_modules/phaser/src')}/` },
    ],
  },
  // The flags Phaser's own webpack build defines; `global` is webpack's name for globalThis.
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof EXPERIMENTAL': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    global: 'globalThis',
  },
  build: {
    target: 'es2022',
    // Phaser alone is about 1.4 MB raw (350 kB gzipped): it is its own lazy chunk, loaded with the
    // institute view. Everything else stays small; the bench reports the sizes.
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
  },
  // Module workers (src/studio/heat/) built as ES modules, like the page: they may share chunks.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
