import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Cross-origin isolation gives precise timers and memory measurement in benchmarks. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // The test hook (window.__faultline) exists only in builds made with --mode test.
    __FAULTLINE_TEST_HOOK__: JSON.stringify(mode === 'test' || process.env.FAULTLINE_TEST_HOOK === '1'),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
}));
