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

/**
 * Named chunks for what every start loads, so bundle reports say what is what: `vendor` (React,
 * React Flow, zustand, TanStack Query, zod…) and `app` (the app's own modules shared by the entry
 * and the parts loaded later). Everything loaded on first use (dialogs, inspector, image export,
 * auto-layout, the fallback engine) keeps its own chunk, named after its module.
 */
const chunkGroups = {
  groups: [
    { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial' as const], priority: 2 },
    // The entry module stays in the entry chunk (`main`).
    { name: 'app', test: (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]main\.tsx$/.test(id), tags: ['$initial' as const], priority: 1 },
  ],
};

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // The test hook (window.__faultline) exists only in builds made with --mode test.
    __FAULTLINE_TEST_HOOK__: JSON.stringify(mode === 'test' || process.env.FAULTLINE_TEST_HOOK === '1'),
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 modules preloads them natively (Safari since 17): no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: { ...benchEntries, output: { codeSplitting: chunkGroups } },
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
}));
