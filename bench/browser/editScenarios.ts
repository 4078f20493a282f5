/**
 * Edits through the store (the test hook's `commit`, as the app's own edits do): one at a time,
 * timed to the painted "Up to date", and a burst, with the long tasks it causes.
 */
import type { Page } from '@playwright/test';
import { settle } from './drag';
import type { LoafRecord, LongTaskRecord } from './probes';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One edit: from the commit to the analysis request, to the worker's last answer, to the painted "Up to date". */
export interface EditSample {
  requestMs: number | null;
  answerMs: number | null;
  totalMs: number;
}

/** Renames resources one at a time through the store and times each up to the painted "Up to date". */
export async function editToAnalysis(page: Page, ids: readonly string[], count = 3): Promise<EditSample[]> {
  const samples: EditSample[] = [];
  for (let k = 0; k < count; k++) {
    const id = ids[k % ids.length] ?? '';
    const sample = await page.evaluate(
      async ({ id, name }) => {
        const b = window.__bench;
        const hook = window.__faultline;
        if (!b || !hook) throw new Error('The probes or the test hook are missing (is this a --mode test build?)');
        const t0 = performance.now();
        const renamed = hook.commit('Rename', (f) => ({ ...f, design: { ...f.design, resources: f.design.resources.map((r) => (r.id === id ? { ...r, name } : r)) } }));
        if (!renamed) throw new Error(`Renaming ${id} changed nothing`);
        await b.waitFor('.fla-indicator--analysing', 5_000);
        const ready = await b.waitFor('.fla-indicator--ready', 60_000);
        const painted = await b.nextPaint();
        const post = b.workerPosts.find((t) => t >= t0);
        const answers = b.workerMessages.filter((t) => t >= t0 && t <= ready);
        const answer = answers[answers.length - 1];
        return { requestMs: post === undefined ? null : post - t0, answerMs: answer === undefined ? null : answer - t0, totalMs: painted - t0 };
      },
      { id, name: `${id}-edit${String(k)}` },
    );
    samples.push(sample);
    await settle(page, 500);
  }
  return samples;
}

export interface BurstTask {
  /** From the burst's first commit. */
  startMs: number;
  durationMs: number;
  /**
   * `analysis` when the task sent an analysis request or took in a worker answer, or came after the
   * request that followed the last edit without writing to storage; `storage` when it wrote the
   * design to IndexedDB (autosave) and exchanged nothing with the worker; `edits` otherwise (the
   * commits and their renders).
   */
  phase: 'edits' | 'analysis' | 'storage';
  /**
   * The scripts of the long animation frame the task ran in, longest first ("benchmark script" is
   * the burst's own timer, inside which each commit re-renders the canvas).
   */
  scripts: string[];
}

export interface BurstResult {
  commits: number;
  /** From the last commit to the painted "Up to date". */
  lastEditToAnalysisMs: number;
  longTasks: BurstTask[];
  longAnimationFrames: number;
  longestAnimationFrameMs: number;
}

function scriptsOf(loaf: LoafRecord | undefined): string[] {
  if (!loaf) return [];
  return [...loaf.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((s) => `${s.invoker || s.invokerType} ${s.sourceFunctionName || '(anonymous)'}@${s.sourceURL.split('/').pop() || 'benchmark script'} ${s.duration.toFixed(0)} ms`);
}

/** Sorts the burst's long tasks into edit work and analysis work (see {@link BurstTask.phase}). */
export function classifyTasks(
  tasks: readonly LongTaskRecord[],
  loafs: readonly LoafRecord[],
  span: { start: number; lastCommit: number; posts: readonly number[]; messages: readonly number[]; storeWrites?: readonly number[] },
): BurstTask[] {
  const requestAfterEdits = span.posts.find((t) => t >= span.lastCommit) ?? Number.POSITIVE_INFINITY;
  const inside = (t: LongTaskRecord, stamps: readonly number[]): boolean => stamps.some((s) => s >= t.start && s <= t.start + t.duration);
  return tasks.map((t) => {
    const worker = inside(t, span.posts) || inside(t, span.messages);
    const storage = !worker && inside(t, span.storeWrites ?? []);
    const analysis = worker || (!storage && t.start + t.duration >= requestAfterEdits);
    const loaf = loafs.find((l) => t.start >= l.start - 1 && t.start <= l.start + l.duration);
    const phase = analysis ? 'analysis' : storage ? 'storage' : 'edits';
    return { startMs: t.start - span.start, durationMs: t.duration, phase, scripts: scriptsOf(loaf) };
  });
}

/** `count` renames `spacingMs` apart, then until the analysis is painted and 1 s more; long tasks meanwhile. */
export async function editBurst(page: Page, ids: readonly string[], count = 20, spacingMs = 50): Promise<BurstResult> {
  const r = await page.evaluate(
    async ({ ids, count, spacingMs }) => {
      const b = window.__bench;
      const hook = window.__faultline;
      if (!b || !hook) throw new Error('The probes or the test hook are missing (is this a --mode test build?)');
      const commits: number[] = [];
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const wait = start + i * spacingMs - performance.now();
        if (wait > 0) await new Promise((res) => setTimeout(res, wait));
        const id = ids[i % ids.length] ?? '';
        const name = `${id}-burst${String(i)}`;
        // Stamped before the commit: the store re-renders the canvas synchronously inside it.
        commits.push(performance.now());
        hook.commit('Rename', (f) => ({ ...f, design: { ...f.design, resources: f.design.resources.map((r) => (r.id === id ? { ...r, name } : r)) } }));
      }
      await b.waitFor('.fla-indicator--analysing', 5_000);
      await b.waitFor('.fla-indicator--ready', 60_000);
      const painted = await b.nextPaint();
      await new Promise((res) => setTimeout(res, 1_000));
      return { start, lastCommit: commits[commits.length - 1] ?? start, painted, commits: commits.length, end: performance.now() };
    },
    { ids: [...ids], count, spacingMs },
  );
  // Long task and LoAF entries are delivered after their tasks, later still behind other long tasks.
  await sleep(1_000);
  const entries = await page.evaluate(({ start, end }) => {
    const b = window.__bench;
    if (!b) throw new Error('The benchmark probes are missing');
    const within = (t: number): boolean => t >= start && t <= end;
    return {
      tasks: b.longTasks.filter((t) => within(t.start)),
      loafs: b.loafs.filter((l) => within(l.start)),
      posts: b.workerPosts.filter(within),
      messages: b.workerMessages.filter(within),
      storeWrites: b.storeWrites.filter(within),
    };
  }, r);
  return {
    commits: r.commits,
    lastEditToAnalysisMs: r.painted - r.lastCommit,
    longTasks: classifyTasks(entries.tasks, entries.loafs, { start: r.start, lastCommit: r.lastCommit, posts: entries.posts, messages: entries.messages, storeWrites: entries.storeWrites }),
    longAnimationFrames: entries.loafs.length,
    longestAnimationFrameMs: Math.max(0, ...entries.loafs.map((l) => l.duration)),
  };
}
