/**
 * Summaries of the browser benchmark: per design size, the median, min and max of every metric
 * over the runs, the targets of issue 7 as PASS/MISS, and the table printed at the end.
 */
import type { AppRun, BareRun, SizeRuns } from './types';
import type { BundleSizes } from './bundle';

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Runs that produced a value. */
  n: number;
}

/** Median, min and max of the values that exist (null when none does). */
export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? (xs[mid] ?? 0) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
  return { median, min: xs[0] ?? 0, max: xs[xs.length - 1] ?? 0, n: xs.length };
}

interface MetricDef {
  key: string;
  label: string;
  unit: 'ms' | 'fps' | '%' | 'MB' | '' | '×';
  pick: (app: AppRun, bare: BareRun) => number | null | undefined;
}

const median = (xs: readonly number[] | null | undefined): number | null => stat(xs ?? [])?.median ?? null;
const ratio = (a: number | undefined, b: number | undefined): number | null => (a !== undefined && b !== undefined && b > 0 ? a / b : null);

/** Every metric summarised per size, in table order. */
export const METRICS: readonly MetricDef[] = [
  { key: 'interactiveMs', label: 'open → interactive', unit: 'ms', pick: (a) => a.open?.interactiveMs },
  { key: 'totalBlockingMs', label: 'total blocking time (to interactive)', unit: 'ms', pick: (a) => a.open?.totalBlockingMs },
  { key: 'nodesPaintedMs', label: 'first nodes painted', unit: 'ms', pick: (a) => a.open?.nodesPaintedMs },
  { key: 'firstRequestMs', label: 'first analysis request to the worker', unit: 'ms', pick: (a) => a.open?.firstRequestMs },
  { key: 'firstAnswerMs', label: 'first answer from the worker', unit: 'ms', pick: (a) => a.open?.firstAnswerMs },
  { key: 'analysedMs', label: 'first analysis painted', unit: 'ms', pick: (a) => a.open?.analysedMs },
  { key: 'blockingToAnalysedMs', label: 'total blocking time to first analysis painted', unit: 'ms', pick: (a) => a.open?.blockingToAnalysedMs },
  { key: 'dragWorkingFps', label: 'drag, working zoom: fps', unit: 'fps', pick: (a) => a.dragWorking?.fps },
  { key: 'dragWorkingP95', label: 'drag, working zoom: p95 frame', unit: 'ms', pick: (a) => a.dragWorking?.p95FrameMs },
  { key: 'dragWorkingOver25', label: 'drag, working zoom: frames > 25 ms', unit: '%', pick: (a) => (a.dragWorking ? a.dragWorking.over25Share * 100 : null) },
  { key: 'dragWorkingMain', label: 'drag, working zoom: main thread / frame', unit: 'ms', pick: (a) => a.dragWorking?.mainThreadMsPerFrame },
  { key: 'bareWorkingFps', label: 'bare React Flow, working zoom: fps', unit: 'fps', pick: (_a, b) => b.dragWorking?.fps },
  { key: 'bareWorkingMain', label: 'bare React Flow, working zoom: main / frame', unit: 'ms', pick: (_a, b) => b.dragWorking?.mainThreadMsPerFrame },
  { key: 'workingFpsRatio', label: 'working zoom fps, ours / bare', unit: '×', pick: (a, b) => ratio(a.dragWorking?.fps, b.dragWorking?.fps) },
  { key: 'fitZoom', label: 'fit view zoom', unit: '', pick: (a) => a.dragFit?.zoom },
  { key: 'dragFitFps', label: 'drag, fit view: fps', unit: 'fps', pick: (a) => a.dragFit?.fps },
  { key: 'dragFitP95', label: 'drag, fit view: p95 frame', unit: 'ms', pick: (a) => a.dragFit?.p95FrameMs },
  { key: 'dragFitOver25', label: 'drag, fit view: frames > 25 ms', unit: '%', pick: (a) => (a.dragFit ? a.dragFit.over25Share * 100 : null) },
  { key: 'dragFitMain', label: 'drag, fit view: main thread / frame', unit: 'ms', pick: (a) => a.dragFit?.mainThreadMsPerFrame },
  { key: 'bareFitFps', label: 'bare React Flow, fit view: fps', unit: 'fps', pick: (_a, b) => b.dragFit?.fps },
  { key: 'bareFitMain', label: 'bare React Flow, fit view: main / frame', unit: 'ms', pick: (_a, b) => b.dragFit?.mainThreadMsPerFrame },
  { key: 'fitFpsRatio', label: 'fit view fps, ours / bare', unit: '×', pick: (a, b) => ratio(a.dragFit?.fps, b.dragFit?.fps) },
  { key: 'azClickEventMs', label: 'AZ switch: click Event Timing (≤16 = not reported)', unit: 'ms', pick: (a) => (a.azClick ? (a.azClick.clickEventMs ?? 16) : null) },
  { key: 'azOverlayDomMs', label: 'AZ switch: click → failed status in DOM', unit: 'ms', pick: (a) => a.azClick?.overlayDomMs },
  { key: 'azOverlayMs', label: 'AZ switch: click → overlay painted (main thread)', unit: 'ms', pick: (a) => a.azClick?.overlayMs },
  { key: 'azOverlayPresentedMs', label: 'AZ switch: click → overlay on screen (Element Timing)', unit: 'ms', pick: (a) => a.azClick?.overlayPresentedMs },
  { key: 'editRequestMs', label: 'edit → analysis request sent (median of 3)', unit: 'ms', pick: (a) => median(a.edits?.map((e) => e.requestMs ?? Number.NaN)) },
  { key: 'editAnswerMs', label: 'edit → last worker answer (median of 3)', unit: 'ms', pick: (a) => median(a.edits?.map((e) => e.answerMs ?? Number.NaN)) },
  { key: 'editMs', label: 'edit → analysis painted (median of 3)', unit: 'ms', pick: (a) => median(a.edits?.map((e) => e.totalMs)) },
  { key: 'burstLastEditMs', label: '20-edit burst: last edit → analysis painted', unit: 'ms', pick: (a) => a.burst?.lastEditToAnalysisMs },
  { key: 'burstLongTasks', label: '20-edit burst: long tasks', unit: '', pick: (a) => a.burst?.longTasks.length },
  { key: 'burstLongestTask', label: '20-edit burst: longest task', unit: 'ms', pick: (a) => (a.burst ? Math.max(0, ...a.burst.longTasks.map((t) => t.durationMs)) : null) },
  { key: 'burstAnalysisTasks', label: '20-edit burst: long tasks after the edits (analysis)', unit: '', pick: (a) => a.burst?.longTasks.filter((t) => t.phase === 'analysis').length },
  { key: 'burstStorageLongest', label: '20-edit burst: longest task saving the design (autosave)', unit: 'ms', pick: (a) => (a.burst ? Math.max(0, ...a.burst.longTasks.filter((t) => t.phase === 'storage').map((t) => t.durationMs)) : null) },
  { key: 'heapMB', label: 'JS heap after GC (main thread)', unit: 'MB', pick: (a) => a.memory?.heapUsedMB },
  { key: 'uaMemoryMB', label: 'measureUserAgentSpecificMemory (page + worker)', unit: 'MB', pick: (a) => a.memory?.userAgentMemoryMB },
  { key: 'workerMemoryMB', label: '… of which the analysis worker', unit: 'MB', pick: (a) => a.memory?.workerMemoryMB },
  { key: 'domNodes', label: 'DOM nodes', unit: '', pick: (a) => a.memory?.domNodes },
];

export type SizeSummary = Record<string, Stat | null>;

export function summarise(size: SizeRuns): SizeSummary {
  const out: SizeSummary = {};
  for (const m of METRICS) out[m.key] = stat(size.runs.map((r) => m.pick(r.app, r.bare)));
  return out;
}

export interface TargetResult {
  name: string;
  value: number | null;
  limit: number;
  pass: boolean;
  /** What the figure does not say on its own. */
  note?: string;
}

const atMost = (name: string, value: number | null | undefined, limit: number): TargetResult => ({ name, value: value ?? null, limit, pass: value !== null && value !== undefined && value <= limit });
const atLeast = (name: string, value: number | null | undefined, limit: number): TargetResult => ({ name, value: value ?? null, limit, pass: value !== null && value !== undefined && value >= limit });

/** The targets of issue 7, on medians (the burst target on every run). */
export function targets(sizes: readonly SizeRuns[], summaries: ReadonlyMap<number, SizeSummary>, bundle: BundleSizes | null): TargetResult[] {
  const out: TargetResult[] = [];
  const m = (n: number, key: string): number | undefined => summaries.get(n)?.[key]?.median;
  // Interactive ends at the first 2 s without long tasks; the first analysis may land later.
  const afterOpen = (n: number): TargetResult['note'] => {
    const analysed = m(n, 'analysedMs');
    const blocking = m(n, 'blockingToAnalysedMs');
    return analysed === undefined || blocking === undefined ? undefined : `first analysis painted at ${fmt(analysed)} ms, ${fmt(blocking)} ms blocking until then`;
  };
  if (summaries.has(1000)) {
    out.push({ ...atMost('1k: open → interactive ≤ 1000 ms', m(1000, 'interactiveMs'), 1000), note: afterOpen(1000) });
    out.push(atLeast('1k: drag at working zoom ≥ 55 fps', m(1000, 'dragWorkingFps'), 55));
    out.push(atLeast('1k: drag at fit view ≥ 40 fps', m(1000, 'dragFitFps'), 40));
    out.push(atLeast('1k: drag fps ≥ 0.9 × bare, working zoom', m(1000, 'workingFpsRatio'), 0.9));
    out.push(atLeast('1k: drag fps ≥ 0.9 × bare, fit view', m(1000, 'fitFpsRatio'), 0.9));
    out.push(atMost('1k: AZ click → overlay on screen ≤ 50 ms', m(1000, 'azOverlayPresentedMs'), 50));
  }
  if (summaries.has(10_000)) {
    out.push({ ...atMost('10k: open → interactive ≤ 3000 ms', m(10_000, 'interactiveMs'), 3000), note: afterOpen(10_000) });
    out.push(atLeast('10k: drag at working zoom ≥ 50 fps', m(10_000, 'dragWorkingFps'), 50));
    out.push(atMost('10k: AZ click → overlay on screen ≤ 100 ms', m(10_000, 'azOverlayPresentedMs'), 100));
    out.push(atMost('10k: JS heap after GC ≤ 100 MB', m(10_000, 'heapMB'), 100));
  }
  for (const size of sizes) {
    const bursts = size.runs.map((r) => r.app.burst).filter((b) => b !== null);
    const worst = bursts.length === 0 ? null : Math.max(0, ...bursts.flatMap((b) => b.longTasks.filter((t) => t.phase === 'analysis').map((t) => t.durationMs)));
    out.push(atMost(`${label(size.resources)}: 20-edit burst, longest analysis long task, any run (none > 50 ms)`, worst, 50));
  }
  if (bundle) {
    out.push(atMost('initial JS ≤ 200 kB gzip', bundle.initialJsGzipBytes / 1000, 200));
    const workerApart = bundle.worker.length > 0 && bundle.initialJs.every((c) => !c.file.includes('worker'));
    out.push({ name: 'worker chunk separate from the initial JS', value: bundle.worker.reduce((s, c) => s + c.gzipBytes, 0) / 1000, limit: 0, pass: workerApart });
  }
  return out;
}

const label = (n: number): string => (n >= 1000 ? `${String(n / 1000)}k` : String(n));

/** A number for the table: whole numbers from 100, one decimal from 10, two below. */
export function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** The summary table: one row per metric, one column per size (median, then min–max). */
export function table(sizes: readonly SizeRuns[], summaries: ReadonlyMap<number, SizeSummary>): string {
  const head = ['metric', ...sizes.map((s) => `${label(s.resources)} resources: median (min–max)`)];
  const rows = METRICS.map((metric) => [
    `${metric.label}${metric.unit === '' || metric.unit === '×' ? '' : ` (${metric.unit})`}`,
    ...sizes.map((s) => {
      const st = summaries.get(s.resources)?.[metric.key];
      return st ? `${fmt(st.median)} (${fmt(st.min)}–${fmt(st.max)})${st.n < s.runs.length ? ` [${String(st.n)}/${String(s.runs.length)}]` : ''}` : '—';
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
