import { describe, expect, it } from 'vitest';
import { startAssets } from './bundle';
import { frameStats, percentile } from './drag';
import { classifyTasks } from './editScenarios';
import { stat, targets, type SizeSummary } from './report';

describe('frame statistics', () => {
  it('gives fps over the sampled span, the p95 interval and the share of slow frames', () => {
    // 10 frames: 8 of 16 ms, one of 40 ms, one of 50 ms → 218 ms.
    const intervals = [16, 16, 16, 40, 16, 16, 16, 50, 16, 16];
    const stamps = intervals.reduce<number[]>((acc, d) => [...acc, (acc[acc.length - 1] ?? 0) + d], [1000]);
    const s = frameStats(stamps);
    expect(s.frames).toBe(10);
    expect(s.spanMs).toBe(218);
    expect(s.fps).toBeCloseTo(10_000 / 218, 6);
    expect(s.p95FrameMs).toBe(50);
    expect(s.over25Share).toBe(0.2);
  });

  it('has no frames for fewer than two stamps', () => {
    expect(frameStats([5])).toEqual({ frames: 0, spanMs: 0, fps: 0, p95FrameMs: 0, over25Share: 0 });
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('burst task classification', () => {
  const task = (start: number, duration: number) => ({ start, duration, attribution: [] });
  const span = { start: 100, lastCommit: 1000, posts: [500, 1160], messages: [1300] };

  it('counts tasks that post a request, take an answer or follow the last request as analysis', () => {
    const out = classifyTasks([task(200, 80), task(480, 60), task(1005, 70), task(1150, 60), task(1290, 55), task(1500, 90)], [], span);
    expect(out.map((t) => t.phase)).toEqual(['edits', 'analysis', 'edits', 'analysis', 'analysis', 'analysis']);
    expect(out[0]).toMatchObject({ startMs: 100, durationMs: 80, scripts: [] });
  });

  it('counts a task that writes the design to storage, and talks to no worker, as storage, even after the last request', () => {
    const withWrites = { ...span, storeWrites: [1020, 1520, 1170] };
    const out = classifyTasks([task(1005, 70), task(1500, 90), task(1150, 60), task(1700, 60)], [], withWrites);
    expect(out.map((t) => t.phase)).toEqual(['storage', 'storage', 'analysis', 'analysis']);
  });

  it('names the longest scripts of the animation frame a task ran in', () => {
    const loaf = {
      start: 190,
      duration: 100,
      blockingDuration: 40,
      renderStart: 280,
      styleAndLayoutStart: 282,
      scripts: [
        { invoker: 'TimerHandler:setTimeout', invokerType: 'user-callback', sourceURL: 'http://x/assets/main.js', sourceFunctionName: 'commit', start: 200, duration: 70 },
        { invoker: '', invokerType: 'resolve-promise', sourceURL: 'http://x/assets/style.js', sourceFunctionName: '', start: 275, duration: 5 },
      ],
    };
    const [out] = classifyTasks([task(200, 80)], [loaf], span);
    expect(out?.scripts).toEqual(['TimerHandler:setTimeout commit@main.js 70 ms', 'resolve-promise (anonymous)@style.js 5 ms']);
  });
});

describe('bundle start assets', () => {
  it('reads the entry script, module preloads and stylesheets of an HTML page', () => {
    const html = `<script type="module" crossorigin src="/assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
      <link rel="stylesheet" crossorigin href="/assets/main-3.css">
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />`;
    expect(startAssets(html)).toEqual({ js: ['/assets/main-1.js', '/assets/shared-2.js'], css: ['/assets/main-3.css'] });
  });
});

describe('summaries and targets', () => {
  it('takes median, min and max of the values that exist', () => {
    expect(stat([3, null, 1, undefined, Number.NaN, 2, 10])).toEqual({ median: 2.5, min: 1, max: 10, n: 4 });
    expect(stat([null])).toBeNull();
  });

  it('passes a target on the median and misses one that was not measured', () => {
    const one = (median: number) => ({ median, min: median, max: median, n: 1 });
    const summary: SizeSummary = { interactiveMs: one(900), dragWorkingFps: one(54), dragFitFps: one(41), workingFpsRatio: one(0.95), fitFpsRatio: null, azOverlayPresentedMs: one(50) };
    const result = targets([], new Map([[1000, summary]]), null);
    expect(result.map((t) => [t.name, t.pass])).toEqual([
      ['1k: open → interactive ≤ 1000 ms', true],
      ['1k: drag at working zoom ≥ 55 fps', false],
      ['1k: drag at fit view ≥ 40 fps', true],
      ['1k: drag fps ≥ 0.9 × bare, working zoom', true],
      ['1k: drag fps ≥ 0.9 × bare, fit view', false],
      ['1k: AZ click → overlay on screen ≤ 50 ms', true],
    ]);
  });
});
