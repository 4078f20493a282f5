/**
 * The drag measurement, the same for the app and the bare page: a node is dragged with real mouse
 * events (`page.mouse`, about one move per 60 Hz frame) while the page records its animation frames
 * and CDP reports the main thread's task time.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** One drag: frame rate over wall time, frame time distribution and main-thread time per frame. */
export interface DragSample {
  frames: number;
  wallMs: number;
  fps: number;
  p95FrameMs: number;
  /** Share of frame intervals over 25 ms (0–1). */
  over25Share: number;
  mainThreadMsPerFrame: number;
  /** The zoom the drag ran at. */
  zoom: number;
  /** True when, before the drop, the node's box had moved by at least half the drag (the drag really happened). */
  moved: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The p-th percentile (0–100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Frame statistics of requestAnimationFrame timestamps. */
export function frameStats(stamps: readonly number[]): { frames: number; spanMs: number; fps: number; p95FrameMs: number; over25Share: number } {
  const intervals = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
  const spanMs = stamps.length > 1 ? (stamps[stamps.length - 1] ?? 0) - (stamps[0] ?? 0) : 0;
  return {
    frames: intervals.length,
    spanMs,
    fps: spanMs > 0 ? (intervals.length * 1000) / spanMs : 0,
    p95FrameMs: percentile(intervals, 95),
    over25Share: intervals.length > 0 ? intervals.filter((d) => d > 25).length / intervals.length : 0,
  };
}

/** A CDP `Performance.getMetrics` value (`Performance.enable` must have been sent). */
export async function cdpMetric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

/** The canvas zoom, read from React Flow's viewport transform. */
export function readZoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    if (!viewport) throw new Error('No React Flow viewport on the page');
    return new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
  });
}

/** The React Flow container's box in page coordinates. */
export async function flowBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('The React Flow container is not on screen');
  return box;
}

/** The centre of the node with this id, when it is rendered inside the flow's visible area. */
export async function nodeCentre(page: Page, id: string): Promise<Point> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`Node ${id} is not rendered`);
  const area = await flowBox(page);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (centre.x < area.x || centre.x > area.x + area.width || centre.y < area.y || centre.y > area.y + area.height) {
    throw new Error(`Node ${id} is outside the visible canvas`);
  }
  return centre;
}

/** Waits for two painted frames and then `ms` more (lets the page settle between steps). */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate(async () => {
    const probes = window.__bench;
    if (!probes) throw new Error('The benchmark probes are missing');
    await probes.nextPaint();
    await probes.nextPaint();
  });
  await sleep(ms);
}

/**
 * Drags the node with this id by `delta` (CSS pixels) in `steps` mouse moves paced at 60 Hz,
 * measuring the frames painted meanwhile; then releases it and lets the page settle.
 */
export async function measureDrag(page: Page, cdp: CDPSession, id: string, delta: Point, steps = 90): Promise<DragSample> {
  const start = await nodeCentre(page, id);
  const zoom = await readZoom(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.__bench?.startFrames());
  const taskBefore = await cdpMetric(cdp, 'TaskDuration');
  const t0 = performance.now();
  for (let i = 1; i <= steps; i++) {
    const due = t0 + (i * 1000) / 60;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    await page.mouse.move(start.x + (delta.x * i) / steps, start.y + (delta.y * i) / steps);
  }
  const stamps = await page.evaluate(() => window.__bench?.stopFrames() ?? []);
  const taskAfter = await cdpMetric(cdp, 'TaskDuration');
  const wallMs = performance.now() - t0;
  // Where the node is at the end of the drag, before the drop (which the app may refuse).
  const end = await nodeCentre(page, id).catch(() => start);
  await page.mouse.up();
  await settle(page, 500);
  const stats = frameStats(stamps);
  const movedBy = Math.hypot(end.x - start.x, end.y - start.y);
  return {
    frames: stats.frames,
    wallMs,
    fps: stats.fps,
    p95FrameMs: stats.p95FrameMs,
    over25Share: stats.over25Share,
    mainThreadMsPerFrame: stats.frames > 0 ? ((taskAfter - taskBefore) * 1000) / stats.frames : 0,
    zoom,
    moved: movedBy >= Math.hypot(delta.x, delta.y) / 2,
  };
}
