/**
 * Timing and memory helpers for the benchmarks: warm-up, repeated runs, median/min/max.
 */

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of samples (milliseconds or bytes). */
export function stat(samples: readonly number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** True when the process runs with `--expose-gc`, so memory figures start from a collected heap. */
export const gcExposed = typeof gc === 'function';

export function collect(): void {
  gc?.();
}

/** Wall-clock and on-CPU time of the same runs. */
export interface Timing extends Stat {
  /**
   * Process CPU time (user + system, all threads, so GC helper threads count) of the same runs.
   * On a shared machine it excludes the time the process waited for a core, so it shows the work
   * done when wall-clock figures are inflated by other load.
   */
  cpu: Stat;
}

/**
 * Runs `setup` (untimed) then `body` (timed) `warmup + runs` times; returns the timed runs' stat.
 * The garbage collector is left alone (no forced collection before a run): a forced full collection
 * shrinks the young generation and leaves sweeping to do during the next run, which measured the
 * collector's recovery rather than the engine. Garbage of one run may therefore be collected in a
 * later one, as it is in the app.
 */
export function time<T>(warmup: number, runs: number, setup: () => T, body: (input: T) => unknown): Timing {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let sink: unknown;
  for (let k = 0; k < warmup + runs; k++) {
    const input = setup();
    const cpu = process.cpuUsage();
    const start = performance.now();
    sink = body(input);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (k >= warmup) {
      samples.push(elapsed);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  }
  // Keep the last result reachable so the engine's work cannot be optimised away.
  if (sink === Symbol.for('never')) console.log(sink);
  return { ...stat(samples), cpu: stat(cpuSamples) };
}

/**
 * Heap used by `body`: `peak` is the heap growth right after it ran (its garbage included, an
 * approximation of the peak — young-generation collections during the run are not seen), `retained`
 * what is left after a full collection while its result is still held.
 */
export function heapDelta(body: () => unknown): { peakBytes: number; retainedBytes: number } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const result = body();
  const peak = process.memoryUsage().heapUsed - before;
  collect();
  const retained = process.memoryUsage().heapUsed - before;
  if (result === Symbol.for('never')) console.log(result);
  return { peakBytes: peak, retainedBytes: retained };
}
