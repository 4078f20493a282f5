/**
 * The production build the browser benchmark measures and the `vite preview` server that serves it
 * (with the cross-origin isolation headers of vite.config.ts). The build goes to its own folder, so
 * that end-to-end runs rebuilding `dist/` at the same time do not pull it from under the benchmark.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
/**
 * Where the benchmark build goes (ignored by git: `.vite/`). `FAULTLINE_BENCH_OUT` names another
 * folder, so that two benchmarks built from different work in progress do not share one.
 */
export const OUT_DIR = process.env.FAULTLINE_BENCH_OUT ?? fileURLToPath(new URL('../../.vite/bench-browser-dist/', import.meta.url));

const benchEnv = (): NodeJS.ProcessEnv => ({ ...process.env, FAULTLINE_BENCH: '1' });

/** Builds the app with the test hook (`--mode test`) and the bare page as a second entry. */
export function buildForBench(): void {
  execFileSync(process.execPath, [VITE, 'build', '--mode', 'test', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: benchEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('No free port found'))));
    });
  });
}

export interface PreviewServer {
  origin: string;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `vite preview` on a free port and waits until it answers (at most 30 s). */
export async function startPreview(): Promise<PreviewServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${String(port)}`;
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    env: benchEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const server: PreviewServer = { origin, stop: () => stopChild(child) };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${String(child.exitCode)}): ${errors.trim()}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await server.stop();
  throw new Error(`vite preview did not answer on ${origin} within 30 s: ${errors.trim()}`);
}
