/**
 * Browser benchmark (`npm run bench:browser`): the production build (`--mode test`, for the test
 * hook) served by `vite preview`, driven in Debian's Chromium by Playwright with seeded generated
 * designs; see README.md ("Browser benchmark") for what it measures. Prints a table and PASS/MISS
 * per target, and writes `bench/results/browser-latest.json`.
 *
 * Options: `--runs N` (default 5), `--sizes 1000,10000` (default), `--seed N` (default 1),
 * `--no-build` (reuse the last benchmark build), `--screenshots DIR` (pictures of the main steps, to
 * check what was measured). Run alone on the machine. Environment: `FAULTLINE_BENCH_OUT` (build
 * folder) and `FAULTLINE_BENCH_RESULT` (results file) for trial runs beside another benchmark.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { DATABASE_NAME, STORE_NAME } from '../../src/storage/keyValueStore';
import { bundleSizes, type BundleSizes } from './bundle';
import { makeFixture } from './fixtures';
import { summarise, table, targets, fmt, type SizeSummary } from './report';
import { buildForBench, OUT_DIR, startPreview, type PreviewServer } from './server';
import { runApp, runBare } from './session';
import type { SizeRuns } from './types';

/** Chromium launched directly: `/usr/bin/chromium` is a wrapper adding flags from /etc/chromium.d. */
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // measureUserAgentSpecificMemory answers at once instead of at the next natural GC (up to ~20 s).
  '--enable-blink-features=ForceEagerMeasureMemory',
];
const BARE_PAGE = 'bench/bare/index.html';

interface Options {
  runs: number;
  sizes: number[];
  seed: number;
  build: boolean;
  screenshots: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { runs: 5, sizes: [1000, 10_000], seed: 1, build: true, screenshots: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${String(arg)} needs a value`);
      return v;
    };
    if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--sizes') options.sizes = value().split(',').map(Number);
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--screenshots') options.screenshots = value();
    else throw new Error(`Unknown option ${String(arg)} (known: --runs N, --sizes 1000,10000, --seed N, --no-build, --screenshots DIR)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1 || options.runs > 50) throw new Error('--runs must be a whole number from 1 to 50');
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 50 || n > 50_000)) throw new Error('--sizes must be whole numbers from 50 to 50000');
  return options;
}

function git(command: string): string | null {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const load1 = (): number => os.loadavg()[0] ?? 0;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.screenshots !== null) mkdirSync(options.screenshots, { recursive: true });
  const executablePath = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error(`No Chromium found (looked for ${CHROMIUM_CANDIDATES.join(', ')})`);
  const loadBefore = os.loadavg();
  if ((loadBefore[0] ?? 0) > os.cpus().length * 0.5) {
    console.warn(`Note: load average ${fmt(loadBefore[0] ?? 0)} on ${String(os.cpus().length)} cores — other work is running; the figures will be noisy.`);
  }
  if (options.build) {
    console.log('Building (vite build --mode test, with the bare page)…');
    buildForBench();
  } else if (!existsSync(join(OUT_DIR, 'index.html'))) throw new Error('--no-build: there is no previous benchmark build');

  console.log('Writing fixtures…');
  const dataDir = join(OUT_DIR, 'bench-data');
  mkdirSync(dataDir, { recursive: true });
  const fixtures = options.sizes.map((n) => {
    const fixture = makeFixture(n, options.seed);
    writeFileSync(join(dataDir, `design-${String(n)}.json`), JSON.stringify(fixture.file));
    writeFileSync(join(dataDir, `bare-${String(n)}.json`), JSON.stringify(fixture.bare));
    return fixture;
  });

  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  const cleanUp = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    browser = null;
    await server?.stop();
    server = null;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`\n${signal}: closing the browser and the server…`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: SizeRuns[] = [];
  let chromiumVersion = '';
  try {
    server = await startPreview();
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    chromiumVersion = browser.version();
    console.log(`Chromium ${chromiumVersion} at ${executablePath}; serving ${server.origin}`);
    for (const fixture of fixtures) {
      const size: SizeRuns = { resources: fixture.resources, relations: fixture.relations, nodes: fixture.bare.nodes.length, edges: fixture.bare.edges.length, runs: [] };
      results.push(size);
      console.log(`\n${String(size.resources)} resources, ${String(size.relations)} relations → ${String(size.nodes)} nodes, ${String(size.edges)} edges`);
      for (let k = 1; k <= options.runs; k++) {
        const target = {
          browser,
          origin: server.origin,
          designPath: `/bench-data/design-${String(fixture.resources)}.json`,
          barePath: `/bench-data/bare-${String(fixture.resources)}.json`,
          landmarks: fixture.landmarks,
          library: { database: DATABASE_NAME, store: STORE_NAME },
          label: `${String(fixture.resources)}-run${String(k)}`,
          screenshots: options.screenshots,
        };
        const app = await runApp(target);
        const bare = await runBare(target, app);
        size.runs.push({ app, bare });
        const f = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : fmt(x));
        console.log(
          `  run ${String(k)}: interactive ${f(app.open?.interactiveMs)} ms, drag ${f(app.dragWorking?.fps)} / ${f(app.dragFit?.fps)} fps (bare ${f(bare.dragWorking?.fps)} / ${f(bare.dragFit?.fps)}), ` +
            `AZ overlay ${f(app.azClick?.overlayMs)} ms, edit ${f(app.edits?.[0]?.totalMs)} ms, heap ${f(app.memory?.heapUsedMB)} MB, load ${fmt(load1())}`,
        );
        for (const e of [...app.errors.map((x) => `app ${x}`), ...bare.errors.map((x) => `bare ${x}`)]) console.log(`    ! ${e}`);
      }
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanUp();
  }

  const bundle: BundleSizes | null = (() => {
    try {
      return bundleSizes(OUT_DIR, BARE_PAGE);
    } catch (error) {
      console.warn(`Bundle sizes not read: ${String(error)}`);
      return null;
    }
  })();
  const summaries = new Map<number, SizeSummary>(results.map((s) => [s.resources, summarise(s)]));
  const checks = targets(results, summaries, bundle);
  const loadAfter = os.loadavg();

  console.log(`\n${table(results, summaries)}`);
  if (bundle) {
    const kb = (b: number): string => `${(b / 1000).toFixed(1)} kB`;
    console.log(`\nInitial JS ${kb(bundle.initialJsGzipBytes)} gzip (${bundle.initialJs.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ')}); CSS ${kb(bundle.initialCssGzipBytes)} gzip`);
    console.log(`Worker: ${bundle.worker.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ') || 'none'}`);
    console.log(`Lazy: ${bundle.lazy.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ') || 'none'}`);
  }
  console.log('\nTargets (medians):');
  for (const t of checks) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value === null ? 'not measured' : t.value < 10 ? t.value.toPrecision(3) : fmt(t.value)}${t.note === undefined ? '' : ` (${t.note})`}`);

  const environment = {
    date: new Date().toISOString(),
    commit: git('rev-parse --short HEAD'),
    workingTreeChanged: (git('status --porcelain --untracked-files=no') ?? '') !== '',
    node: process.version,
    cpuModel: os.cpus()[0]?.model ?? null,
    cores: os.cpus().length,
    memoryGB: os.totalmem() / 2 ** 30,
    chromium: chromiumVersion,
    chromiumPath: executablePath,
    chromiumArgs: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800, deviceScaleFactor: 1 },
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    runs: options.runs,
    seed: options.seed,
  };
  const summary = Object.fromEntries(results.map((s) => [String(s.resources), summaries.get(s.resources)]));
  // FAULTLINE_BENCH_RESULT: another file for trial runs, so the recorded results stay those of a full run.
  const out = process.env.FAULTLINE_BENCH_RESULT ?? fileURLToPath(new URL('../results/browser-latest.json', import.meta.url));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ environment, summary, targets: checks, bundle, sizes: results }, null, 2)}\n`);
  console.log(`\nLoad average ${fmt(loadBefore[0] ?? 0)} before, ${fmt(loadAfter[0] ?? 0)} after. Wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
