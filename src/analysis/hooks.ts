/**
 * Hooks that read the live analysis. Each selects one small value from the hub's snapshot, so a
 * new answer re-renders only the components whose own value changed (a node whose status stayed
 * the same is not re-rendered).
 */
import { useCallback, useContext, useDeferredValue, useSyncExternalStore } from 'react';
import type { BrokenConnection, Status } from '../engine/types';
import type { ResourceId } from '../model/types';
import { isNoOutage } from '../queries/analysis';
import { useDesignStoreApi } from '../store/context';
import { AnalysisHubContext } from './context';
import type { AnalysisActivity, AnalysisSnapshot } from './hub';
import { brokenIndex, findingCounts, statusIn } from './reportIndex';

const EMPTY: AnalysisSnapshot = { report: undefined, baseline: undefined, activity: 'ready', error: null };
const noSubscription = (): (() => void) => () => undefined;

/**
 * Reads one value from the analysis. `selector` must return a primitive or an object already in
 * the snapshot (never a new object per call), or the component re-renders on every answer.
 */
export function useAnalysisSelector<T>(selector: (snapshot: AnalysisSnapshot) => T): T {
  const hub = useContext(AnalysisHubContext);
  return useSyncExternalStore(
    hub ? hub.subscribe : noSubscription,
    () => selector(hub ? hub.getSnapshot() : EMPTY),
    () => selector(EMPTY),
  );
}

/** A resource's status under the simulated scenario, and whether it differs from no outage. */
export interface ResourceStatus {
  status: Status;
  /** True when the status differs from the status with nothing failed. */
  changed: boolean;
}

const STATUSES: readonly Status[] = ['OK', 'DEGRADED', 'DOWN', 'FAILED'];
/** One shared object per combination, so equal answers compare equal by identity. */
const RESOURCE_STATUS = new Map<string, ResourceStatus>(
  STATUSES.flatMap((status) => [false, true].map((changed) => [`${status}:${String(changed)}`, { status, changed }] as const)),
);

function resourceStatusOf(s: AnalysisSnapshot, id: ResourceId): ResourceStatus {
  const status = statusIn(s.report, id);
  const changed = s.report !== undefined && status !== statusIn(s.baseline, id);
  return RESOURCE_STATUS.get(`${status}:${String(changed)}`) ?? { status, changed };
}

/** The status of one resource (for canvas nodes). `OK` until the first answer arrives. */
export function useResourceStatus(id: ResourceId): ResourceStatus {
  return useAnalysisSelector((s) => resourceStatusOf(s, id));
}

/**
 * True when the analysis on screen is of an outage (every node then says how it is, OK included).
 * Read from the answer, not from the store: the marks of a zone switch appear together with the
 * statuses they belong to, in one redraw of the canvas, not an "OK" on every node first.
 */
export function useOutageShown(): boolean {
  return useAnalysisSelector((s) => s.report !== undefined && !isNoOutage(s.report.scenario));
}

/**
 * The static findings. They do not depend on the scenario, so only the baseline (which a zone
 * switch does not replace) carries them; it is published together with every report.
 */
const findingsOf = (s: AnalysisSnapshot) => s.baseline?.findings;

/** How many static findings name this resource. */
export function useFindingCount(id: ResourceId): number {
  return useAnalysisSelector((s) => {
    const findings = findingsOf(s);
    return findings ? (findingCounts(findings).get(id) ?? 0) : 0;
  });
}

/** The static findings of the design, or undefined before the first answer. */
export function useFindings() {
  return useAnalysisSelector(findingsOf);
}

/**
 * The broken connection with this id under the simulated scenario, or null. Accepts the ids the
 * canvas uses: a connection id as the model lists it, or a pool member's id for its pool → instance
 * edge (broken when the load balancer can no longer reach the member).
 */
export function useBrokenConnection(connectionId: string): BrokenConnection | null {
  return useAnalysisSelector((s) => (s.report ? (brokenIndex(s.report.broken).get(connectionId) ?? null) : null));
}

/** What the analysis is doing, its failure if any, and a way to try again. */
export function useAnalysisActivity(): { activity: AnalysisActivity; error: Error | null; retry: () => void } {
  const hub = useContext(AnalysisHubContext);
  const activity = useAnalysisSelector((s) => s.activity);
  const error = useAnalysisSelector((s) => s.error);
  const retry = useCallback(() => hub?.retry(), [hub]);
  return { activity, error, retry };
}

/** The whole analysis under the simulated scenario (for panels), or undefined before the first. */
export function useAnalysisReport() {
  return useAnalysisSelector((s) => s.report);
}

/**
 * The analysis under the simulated scenario, for panels: a new answer is drawn on the canvas first,
 * and the panels follow in a render that yields to the browser (a zone switch on a large design
 * shows on the canvas without waiting for hundreds of panel rows).
 */
export function useDeferredAnalysisReport() {
  return useDeferredValue(useAnalysisReport());
}

/** The analysis with nothing failed (findings, resilience matrix), or undefined before the first. */
export function useBaselineReport() {
  return useAnalysisSelector((s) => s.baseline);
}

/**
 * Toggles a zone's outage: alone (a plain click) or in addition to the zones already failed
 * (`additive`, Shift or Ctrl/Cmd-click). For the zone bar and the canvas's zone headers.
 */
export function useToggleZoneOutage(): (az: ResourceId, additive: boolean) => void {
  const store = useDesignStoreApi();
  return useCallback((az, additive) => store.getState().toggleFailedAz(az, additive), [store]);
}

/** Toggles a whole region's outage, alone or in addition (see {@link useToggleZoneOutage}). */
export function useToggleRegionOutage(): (region: ResourceId, additive: boolean) => void {
  const store = useDesignStoreApi();
  return useCallback((region, additive) => store.getState().toggleFailedRegion(region, additive), [store]);
}
