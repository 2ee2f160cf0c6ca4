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
    rolldownOptions: {
      // The engine is pure: loading one of its modules has no effect beyond its exports. Saying so lets
      // the bundler drop what a chunk does not use when it imports through the engine's one entry
      // (src/engine/index.ts): the game's first chunk then carries neither zod's format nor the linter.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]engine[\\/]/.test(id) },
    },
  },
  // Module workers (the scenario checker in src/ui/scenario-check/, the studio's heat in src/studio/heat/)
  // are built as ES modules, like the page: they may share chunks.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
