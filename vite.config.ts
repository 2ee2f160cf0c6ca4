import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp-plugin';
import { shippedScenarios } from './src/build/scenario-plugin';

export default defineConfig({
  base: './',
  plugins: [shippedScenarios('scenarios'), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // Phaser alone is about 1.4 MB raw (350 kB gzipped): it is its own lazy chunk, loaded with the
    // institute view. Everything else stays small; the bench reports the sizes.
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
