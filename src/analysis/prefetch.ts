/**
 * Single-zone outages fetched ahead. Once a design revision is analysed and nothing else waits for
 * the worker, the outage of each of its zones is asked for, one at a time in idle time, into the
 * query cache. The first click on a zone then shows its outage straight from the cache, in the
 * frame of the click, instead of after a worker round trip that waits behind the click's own render
 * (tens of milliseconds on a large design).
 *
 * Only the newest revision's outages are kept, for as long as it is the newest: those fetched for an
 * older revision are dropped when the next revision's round starts (unless something shows them). A round pauses as soon as anything
 * else needs the worker (an edit, a scenario the user asked for) and goes on when the hub is up to
 * date with the same revision again.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ResourceId } from '../model/types';
import { analysisQueryKey, analysisQueryOptions, type AnalysisQueryKey, type AnalysisRunner, type AnalysisTarget } from '../queries/analysis';

/** Runs `task` when the page is idle; returns a function that cancels it. */
export type IdleScheduler = (task: () => void) => () => void;

export interface OutagePrefetcherOptions {
  queryClient: QueryClient;
  runner: AnalysisRunner;
  /** True while nothing else needs the worker (checked before each outage is asked for). */
  isIdle: () => boolean;
  schedule?: IdleScheduler;
  /** Designs with more zones get the first this many (default 12). */
  maxZones?: number;
}

export interface OutagePrefetcher {
  /** Starts, or goes on with, the round of `target`'s revision (`target` is analysed). */
  start(target: AnalysisTarget): void;
  /** Pauses the current round (the next `start` of the same revision goes on with it). */
  stop(): void;
}

/** Idle time by `requestIdleCallback` where there is one (at the latest after half a second). */
export const idleScheduler: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
};

const roundOf = (t: AnalysisTarget): string => `${t.designId}\n${String(t.designRevision)}`;

function zonesOf(target: AnalysisTarget, max: number): ResourceId[] {
  const zones: ResourceId[] = [];
  for (const r of target.design.resources) {
    if (r.kind !== 'availabilityZone') continue;
    zones.push(r.id);
    if (zones.length === max) break;
  }
  return zones;
}

/** Creates the prefetcher of the analysis hub. */
export function createOutagePrefetcher({ queryClient, runner, isIdle, schedule = idleScheduler, maxZones = 12 }: OutagePrefetcherOptions): OutagePrefetcher {
  /** The round's zones still to ask for: listed in its first idle step, not while an answer is applied. */
  let round: { id: string; target: AnalysisTarget; zones: ResourceId[] | null } | null = null;
  let cancel: (() => void) | null = null;
  let asking = false;
  /** Keys fetched ahead, with the round they belong to. */
  let fetched: { round: string; key: AnalysisQueryKey }[] = [];

  const unobserved = (key: AnalysisQueryKey): boolean => (queryClient.getQueryCache().find({ queryKey: key, exact: true })?.getObserversCount() ?? 0) === 0;

  /** Removes what older rounds fetched, except what something still shows (tried again next round). */
  const dropOthers = (keep: string): void => {
    fetched = fetched.filter(({ round: r, key }) => {
      if (r === keep) return true;
      if (!unobserved(key)) return true;
      queryClient.removeQueries({ queryKey: key, exact: true });
      return false;
    });
  };

  const stop = (): void => {
    cancel?.();
    cancel = null;
  };

  /** Asks for the round's next outage not in the cache; pauses (until the next `start`) when the worker is wanted. */
  const step = (): void => {
    cancel = null;
    const current = round;
    if (!current || asking || !isIdle()) return;
    current.zones ??= zonesOf(current.target, maxZones);
    const zones = current.zones;
    let az = zones.shift();
    let next: AnalysisTarget | null = null;
    while (az !== undefined) {
      next = { ...current.target, scenario: { failedAzs: [az], failedRegions: [] } };
      if (queryClient.getQueryData(analysisQueryKey(next)) === undefined) break;
      next = null;
      az = zones.shift();
    }
    if (!next || az === undefined) return;
    const key = analysisQueryKey(next);
    const retry = az;
    asking = true;
    // Kept until a newer round drops it (the query layer would forget it after a minute unwatched).
    void queryClient.query({ ...analysisQueryOptions(runner, next), gcTime: Infinity }).catch(() => undefined).then(() => {
      asking = false;
      if (round !== current) {
        if (unobserved(key)) queryClient.removeQueries({ queryKey: key, exact: true });
        return;
      }
      if (queryClient.getQueryState(key)?.data === undefined) {
        // Superseded (something else needed the worker) or failed: leave no error behind, try it
        // again in the next round of this revision.
        if (unobserved(key)) queryClient.removeQueries({ queryKey: key, exact: true });
        zones.unshift(retry);
        return;
      }
      fetched.push({ round: current.id, key });
      cancel = schedule(step);
    });
  };

  return {
    start(target) {
      const id = roundOf(target);
      // The same revision number of another design object is another design (a new store counts again).
      if (round?.id !== id || round.target.design !== target.design) {
        stop();
        round = { id, target, zones: null };
        dropOthers(id);
      }
      if (cancel === null && !asking && (round.zones === null || round.zones.length > 0)) cancel = schedule(step);
    },
    stop,
  };
}
