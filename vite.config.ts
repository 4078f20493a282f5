import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Cross-origin isolation gives precise timers and memory measurement in benchmarks. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The browser benchmark (`npm run bench:browser`) builds its bare React Flow page as a second entry
 * of the same build, only when FAULTLINE_BENCH=1, so that the app's own builds stay as they are.
 */
const benchEntries =
  process.env.FAULTLINE_BENCH === '1'
    ? {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          bare: fileURLToPath(new URL('./bench/bare/index.html', import.meta.url)),
        },
      }
    : {};

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // The test hook (window.__faultline) exists only in builds made with --mode test.
    __FAULTLINE_TEST_HOOK__: JSON.stringify(mode === 'test' || process.env.FAULTLINE_TEST_HOOK === '1'),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, rolldownOptions: benchEntries },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
}));
