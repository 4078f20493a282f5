/**
 * Opening a saved design in the app, and what it then costs in memory. Times are in the page's
 * clock (from navigation start); every wait is bounded.
 */
import type { CDPSession, Page } from '@playwright/test';
import { cdpMetric } from './drag';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** How long the main thread must stay free of long tasks to count as interactive. */
const QUIET_MS = 2_000;

/** Where the app keeps its library (src/storage/keyValueStore.ts, src/storage/designRepository.ts). */
export interface LibraryLocation {
  database: string;
  store: string;
}

export interface OpenResult {
  /** From navigation start: the later of the first painted nodes and the end of the last long task before 2 s without any. */
  interactiveMs: number;
  /** Sum of (long task − 50 ms) from navigation start (when the saved design is handed over) to interactive. */
  totalBlockingMs: number;
  firstContentfulPaintMs: number | null;
  /** The first frame with nodes: its main-thread end, or the first contentful paint when later. */
  nodesPaintedMs: number;
  /** The first "Up to date" of the analysis indicator, painted. */
  analysedMs: number | null;
  /** Sum of (long task − 50 ms) from navigation start to the first analysis painted (the work after interactive included). */
  blockingToAnalysedMs: number | null;
  /** The first analysis request posted to the worker, and the worker's first answer. */
  firstRequestMs: number | null;
  firstAnswerMs: number | null;
  /** Long tasks up to interactive. */
  longTasks: number;
  longestTaskMs: number;
  /** Scripts the page fetched while opening (file names). */
  scripts: string[];
}

/**
 * Stores the fixture as the library's last open design (as a previous session would have left it),
 * then starts the app, which reopens it: what a user reopening a saved design goes through.
 */
export async function openSavedDesign(page: Page, origin: string, dataPath: string, library: LibraryLocation): Promise<OpenResult> {
  await page.goto(`${origin}${dataPath}`);
  await page.evaluate(
    async ({ url, database, store }) => {
      const file = (await (await fetch(url)).json()) as { design: { id: string; name: string; resources: unknown[] } };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onupgradeneeded = () => request.result.createObjectStore(store);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const objects = tx.objectStore(store);
        const { id, name, resources } = file.design;
        objects.put({ file }, `design:${id}`);
        objects.put({ id, name, modifiedAt: Date.now(), resourceCount: resources.length }, `summary:${id}`);
        objects.put(id, 'meta:lastOpen');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      });
      db.close();
    },
    { url: dataPath, ...library },
  );
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop() ?? r.url());
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const s = await page
      .evaluate(() => {
        const b = window.__bench;
        if (!b) return null;
        return { now: performance.now(), painted: b.nodesPaintedAt, fcp: b.firstContentfulPaint, tasks: b.longTasks.map((t) => ({ start: t.start, duration: t.duration })) };
      })
      .catch(() => null);
    if (s && s.painted !== null && s.painted > 0) {
      // Paint timing reports presentation; the nodes' stamp is the end of the frame on the main
      // thread. Nodes hold text, so they are on screen no earlier than the first contentful paint.
      const painted = Math.max(s.painted, s.fcp ?? 0);
      const lastEnd = Math.max(0, ...s.tasks.map((t) => t.start + t.duration));
      const interactive = Math.max(painted, lastEnd);
      if (s.now - interactive >= QUIET_MS) {
        const blocking = s.tasks.filter((t) => t.start < interactive).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
        const after = await analysisAfterOpen(page);
        return {
          interactiveMs: interactive,
          totalBlockingMs: blocking,
          firstContentfulPaintMs: s.fcp,
          nodesPaintedMs: painted,
          ...after,
          longTasks: s.tasks.length,
          longestTaskMs: Math.max(0, ...s.tasks.map((t) => t.duration)),
          scripts,
        };
      }
    }
    if (Date.now() > deadline) throw new Error('The design did not become interactive within 180 s');
    await sleep(250);
  }
}

/** The first analysis of the opened design: when it was asked for, answered and painted, and the blocking until then. */
async function analysisAfterOpen(page: Page): Promise<Pick<OpenResult, 'analysedMs' | 'blockingToAnalysedMs' | 'firstRequestMs' | 'firstAnswerMs'>> {
  await page.waitForFunction(() => (window.__bench?.analysisReadyAt ?? 0) > 0, null, { timeout: 120_000, polling: 100 });
  // Long task entries are delivered after their tasks.
  await sleep(500);
  return page.evaluate(() => {
    const b = window.__bench;
    if (!b) throw new Error('The benchmark probes are missing');
    const analysed = b.analysisReadyAt ?? 0;
    const blocking = b.longTasks.filter((t) => t.start < analysed).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { analysedMs: analysed, blockingToAnalysedMs: blocking, firstRequestMs: b.workerPosts[0] ?? null, firstAnswerMs: b.workerMessages[0] ?? null };
  });
}

/** Waits (bounded) until the analysis indicator says "Up to date". */
export async function waitAnalysisReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.fla-indicator--ready') !== null, null, { timeout: timeoutMs, polling: 100 });
}

export interface MemoryResult {
  heapUsedMB: number;
  heapTotalMB: number;
  domNodes: number;
  /** `performance.measureUserAgentSpecificMemory()`: the page and its worker, when it answered within 15 s. */
  userAgentMemoryMB: number | null;
  /** The part of it attributed to workers. */
  workerMemoryMB: number | null;
}

/** Main-thread JS heap after a forced GC, DOM node count, and the browser's own estimate (with the worker). */
export async function measureMemory(page: Page, cdp: CDPSession): Promise<MemoryResult> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const domNodes = await cdpMetric(cdp, 'Nodes');
  const ua = await page.evaluate(async () => {
    interface Breakdown {
      bytes: number;
      attribution: { scope: string }[];
    }
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number; breakdown: Breakdown[] }> })
      .measureUserAgentSpecificMemory;
    if (!measure || !crossOriginIsolated) return null;
    const timeout = new Promise<null>((r) => setTimeout(() => r(null), 15_000));
    const result = await Promise.race([measure.call(performance), timeout]);
    if (!result) return null;
    const worker = result.breakdown.filter((b) => b.attribution.some((a) => a.scope.includes('Worker'))).reduce((sum, b) => sum + b.bytes, 0);
    return { total: result.bytes, worker };
  });
  const mb = (bytes: number): number => bytes / 2 ** 20;
  return {
    heapUsedMB: mb(heap.usedSize),
    heapTotalMB: mb(heap.totalSize),
    domNodes,
    userAgentMemoryMB: ua === null ? null : mb(ua.total),
    workerMemoryMB: ua === null ? null : mb(ua.worker),
  };
}
