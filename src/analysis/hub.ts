/**
 * The analysis hub: one per app. It debounces edits (not scenario changes), drives two TanStack Query
 * observers (the simulated scenario and the baseline with nothing failed) and publishes one
 * immutable snapshot that React hooks select from narrowly (`useSyncExternalStore`), so that a new
 * answer re-renders only the components whose selected value changed.
 *
 * The answers stay in the query cache; the snapshot only points at them.
 */
import { QueryObserver, type QueryClient, type QueryObserverResult } from '@tanstack/react-query';
import {
  AnalysisSupersededError,
  analysisQueryKey,
  analysisQueryOptions,
  ANALYSIS_QUERY,
  revisionQueryKey,
  scenarioKey,
  type AnalysisTarget,
} from '../queries/analysis';
import type { AnalysisResponse } from '../worker/protocol';
import { createOutagePrefetcher, type IdleScheduler } from './prefetch';
import type { ActivatableRunner } from './runner';

/** What the analysis is doing: computing (or waiting to), up to date, or failed. */
export type AnalysisActivity = 'analysing' | 'ready' | 'error';

/** Everything the UI reads about the analysis, as one immutable value. */
export interface AnalysisSnapshot {
  /**
   * The analysis under the simulated scenario. While the next one is computed this is still the
   * previous one: the canvas never waits.
   */
  report: AnalysisResponse | undefined;
  /** The analysis with nothing failed, of the same design revision as `report`. */
  baseline: AnalysisResponse | undefined;
  activity: AnalysisActivity;
  /** The failure, when `activity` is `error`. */
  error: Error | null;
}

export interface AnalysisHub {
  /**
   * Asks for the analysis of `target`. Another scenario on the design revision already analysed is
   * applied at once; a new design revision (an edit) once no newer request came for `debounceMs`.
   */
  request(target: AnalysisTarget): void;
  getSnapshot: () => AnalysisSnapshot;
  /** Calls `listener` whenever the snapshot changes. Returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** Computes the current revision's analyses again (after a failure). */
  retry(): void;
  /** Forgets every cached analysis (another design store took over: revisions start again). */
  reset(): void;
  /** Stops watching and waiting; the next request starts again (so a remount can reuse the hub). */
  dispose(): void;
}

export interface AnalysisHubOptions {
  queryClient: QueryClient;
  runner: ActivatableRunner;
  /** Quiet time after the last change before analysing (default 150 ms). */
  debounceMs?: number;
  /**
   * When to fetch single-zone outages ahead (see `prefetch`); without it (the default) nothing is
   * fetched ahead.
   */
  prefetchWhen?: IdleScheduler;
}

const EMPTY: AnalysisSnapshot = { report: undefined, baseline: undefined, activity: 'analysing', error: null };

type Observer = QueryObserver<AnalysisResponse, Error, AnalysisResponse, AnalysisResponse, ReturnType<typeof analysisQueryKey>>;
type Result = QueryObserverResult<AnalysisResponse>;

const sameKey = (a: AnalysisTarget, b: AnalysisTarget): boolean =>
  a.designId === b.designId && a.designRevision === b.designRevision && scenarioKey(a.scenario) === scenarioKey(b.scenario);

const realError = (r: Result): Error | null => (r.error && !(r.error instanceof AnalysisSupersededError) ? r.error : null);

/** Creates the hub. The first request is applied at once (nothing to debounce on start). */
export function createAnalysisHub({ queryClient, runner, debounceMs = 150, prefetchWhen }: AnalysisHubOptions): AnalysisHub {
  const listeners = new Set<() => void>();
  let snapshot = EMPTY;
  let applied: AnalysisTarget | null = null;
  let waiting: AnalysisTarget | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: Observer | null = null;
  let baseline: Observer | null = null;
  const unsubscribers: (() => void)[] = [];
  const idle = (): boolean =>
    waiting === null && current?.getCurrentResult().fetchStatus === 'idle' && baseline?.getCurrentResult().fetchStatus === 'idle';
  const prefetcher = prefetchWhen ? createOutagePrefetcher({ queryClient, runner, isIdle: idle, schedule: prefetchWhen }) : null;

  const publish = (next: AnalysisSnapshot): void => {
    const s = snapshot;
    if (next.report === s.report && next.baseline === s.baseline && next.activity === s.activity && next.error === s.error) return;
    snapshot = next;
    for (const l of [...listeners]) l();
  };

  const recompute = (): void => {
    if (!current || !baseline) return;
    const cur = current.getCurrentResult();
    const base = baseline.getCurrentResult();
    // A request superseded while this key was (again) the wanted one: ask once more, after this
    // notification is done (refetching notifies again, synchronously).
    for (const [observer, r] of [[current, cur], [baseline, base]] as const) {
      if (r.error instanceof AnalysisSupersededError && r.fetchStatus === 'idle') queueMicrotask(() => void observer.refetch());
    }
    // Publish the scenario and the baseline only as a pair of the same revision, so "changed
    // compared with no outage" never compares two different designs.
    const paired = cur.data !== undefined && base.data !== undefined && cur.data.revision === base.data.revision;
    const report = paired ? cur.data : snapshot.report;
    const base2 = paired ? base.data : snapshot.baseline;
    const error = realError(cur) ?? realError(base);
    const upToDate =
      waiting === null && cur.status === 'success' && !cur.isPlaceholderData && base.status === 'success' && !base.isPlaceholderData && paired;
    publish({ report, baseline: base2, activity: error ? 'error' : upToDate ? 'ready' : 'analysing', error });
    if (upToDate && applied) prefetcher?.start(applied);
  };

  const observe = (observer: Observer): void => {
    unsubscribers.push(observer.subscribe(recompute));
  };

  const apply = (target: AnalysisTarget): void => {
    waiting = null;
    timer = null;
    applied = target;
    runner.activate(target.design);
    const options = analysisQueryOptions(runner, target);
    const baseOptions = analysisQueryOptions(runner, { ...target, scenario: { failedAzs: [], failedRegions: [] } });
    if (!current || !baseline) {
      baseline = new QueryObserver(queryClient, baseOptions);
      current = new QueryObserver(queryClient, options);
      observe(baseline);
      observe(current);
    } else {
      baseline.setOptions(baseOptions);
      current.setOptions(options);
    }
    recompute();
  };

  return {
    request(target) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (!applied) {
        apply(target);
        return;
      }
      if (sameKey(applied, target)) {
        // Back to what is already analysed (an edit undone within the quiet time): nothing to do.
        waiting = null;
        recompute();
        return;
      }
      if (applied.designId === target.designId && applied.designRevision === target.designRevision) {
        // Another scenario on the design already analysed: a click, not a burst of edits, so at once
        // (the engine client lets only the newest request through if clicks come fast).
        apply(target);
        return;
      }
      waiting = target;
      prefetcher?.stop();
      if (snapshot.activity !== 'analysing') publish({ ...snapshot, activity: 'analysing', error: null });
      timer = setTimeout(() => apply(target), debounceMs);
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      if (!applied) return;
      void queryClient.refetchQueries({ queryKey: revisionQueryKey(applied), type: 'active' });
    },
    reset() {
      prefetcher?.stop();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
      applied = null;
      queryClient.removeQueries({ queryKey: [ANALYSIS_QUERY] });
      publish(EMPTY);
    },
    dispose() {
      prefetcher?.stop();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
      applied = null;
      for (const u of unsubscribers.splice(0)) u();
      current?.destroy();
      baseline?.destroy();
      current = null;
      baseline = null;
    },
  };
}
