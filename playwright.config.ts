import { defineConfig } from '@playwright/test';

/** Port of the `vite preview` server the browser tests run against (override when 4173 is taken). */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${String(port)}`;
const isCi = Boolean(process.env.CI);

/**
 * Set by `scripts/ci.sh`, which makes the test build as a step of its own so that a failing build
 * is reported as such; otherwise the web server makes the test build before serving it.
 */
const prebuilt = process.env.FAULTLINE_E2E_PREBUILT === '1';
/** Build folder (default `dist/`): another one lets two test runs of different work go side by side. */
const outDir = process.env.E2E_OUT_DIR;
const dirArg = outDir ? ` --outDir ${outDir}` : '';
const build = outDir ? `npx vite build --mode test --outDir ${outDir} --emptyOutDir` : 'npm run build:test';
const serve = `npx vite preview --port ${String(port)} --strictPort${dirArg}`;

/**
 * Browser tests run against the production build made with `--mode test` (which exposes the test
 * hook), so the real bundles and worker chunks are what is tested.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Not the default `test-results`: Playwright empties its output folder, which also holds unit.json.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  forbidOnly: isCi,
  retries: 0,
  workers: isCi ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: prebuilt ? serve : `${build} && ${serve}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
