/**
 * The analysis as TanStack Query server state. The worker's answer for one design revision under one
 * scenario is cached under `[analysis, designId, designRevision, scenarioKey]`; it is never copied
 * into the design store. Two queries matter per revision: the baseline (nothing failed, with the
 * resilience matrix) and the simulated scenario (which waits for the baseline first, see
 * {@link analysisQueryOptions}).
 */
import { keepPreviousData, queryOptions, type QueryFunctionContext } from '@tanstack/react-query';
import type { Scenario } from '../engine/types';
import type { Design } from '../model/types';
import type { AnalysisResponse } from '../worker/protocol';

/** The first element of every analysis query key. */
export const ANALYSIS_QUERY = 'analysis';

/** The scenario key of "nothing failed". */
export const NO_OUTAGE_KEY = 'none';

/** What one analysis is asked about: a design revision and a scenario. */
export interface AnalysisTarget {
  designId: string;
  /** The store's `designRevision` of `design` (the cache key; `design` itself is not part of it). */
  designRevision: number;
  design: Design;
  scenario: Scenario;
}

/**
 * Runs one analysis. Resolves `null` when a newer request superseded it (see `EngineClient`).
 * The analysis hub adapts the engine client to this shape, numbering design revisions itself.
 */
export interface AnalysisRunner {
  /**
   * `baseline`: the answer carries what is the same under every scenario of the revision (the
   * resilience matrix and the static findings); an outage's answer leaves both out.
   */
  analyze(design: Design, scenario: Scenario, baseline: boolean): Promise<AnalysisResponse | null>;
}

/** Thrown by a query whose request was superseded by a newer one; never shown to the user. */
export class AnalysisSupersededError extends Error {
  constructor() {
    super('A newer analysis request replaced this one.');
    this.name = 'AnalysisSupersededError';
  }
}

/** True when nothing is failed. */
export const isNoOutage = (scenario: Scenario): boolean => scenario.failedAzs.length === 0 && scenario.failedRegions.length === 0;

/**
 * A stable key for a scenario: the same set of failed zones and regions gives the same key whatever
 * the order they were clicked in.
 */
export function scenarioKey(scenario: Scenario): string {
  if (isNoOutage(scenario)) return NO_OUTAGE_KEY;
  const azs = [...scenario.failedAzs].sort().join(',');
  const regions = [...scenario.failedRegions].sort().join(',');
  return `az:${azs}|region:${regions}`;
}

/** The query key of an analysis. */
export function analysisQueryKey(target: Pick<AnalysisTarget, 'designId' | 'designRevision' | 'scenario'>) {
  return [ANALYSIS_QUERY, target.designId, target.designRevision, scenarioKey(target.scenario)] as const;
}

/** The key prefix of every analysis of one design revision (for refetching them together). */
export function revisionQueryKey(target: Pick<AnalysisTarget, 'designId' | 'designRevision'>) {
  return [ANALYSIS_QUERY, target.designId, target.designRevision] as const;
}

const NO_FAILURE: Scenario = { failedAzs: [], failedRegions: [] };

const settle = (response: AnalysisResponse | null): AnalysisResponse => {
  if (response === null) throw new AnalysisSupersededError();
  return response;
};

/** The query key type of an analysis. */
export type AnalysisQueryKey = ReturnType<typeof analysisQueryKey>;

/** The options shared by the observed query and by the one-off baseline fetch inside it. */
function fetchOptions(runner: AnalysisRunner, target: AnalysisTarget) {
  const baseline = isNoOutage(target.scenario);
  return {
    queryKey: analysisQueryKey(target),
    queryFn: async ({ client }: QueryFunctionContext<AnalysisQueryKey>): Promise<AnalysisResponse> => {
      if (baseline) return settle(await runner.analyze(target.design, NO_FAILURE, true));
      // Nearly always the baseline is there (a click on an analysed revision): then the request goes
      // out in this very call, not a microtask later, behind the render of the click.
      const base = fetchOptions(runner, { ...target, scenario: NO_FAILURE });
      if (client.getQueryData(base.queryKey) === undefined) await client.query(base);
      return settle(await runner.analyze(target.design, target.scenario, false));
    },
    networkMode: 'always' as const,
    staleTime: Infinity,
    // Old revisions are rarely visited again; do not keep large reports around for long.
    gcTime: 60_000,
    // The engine client already restarts crashed or hung workers; a failure here is final until Retry.
    retry: false,
  };
}

/**
 * Query options of the analysis of `target`.
 *
 * - Without an outage this is the baseline, computed with the resilience matrix (the engine keeps
 *   the matrix per revision, so it is computed once per edit).
 * - With an outage, the query first makes sure the baseline of the same revision is there, then
 *   asks for the scenario. The engine client lets only its newest request through, so asking for
 *   both at once would make one supersede the other; in sequence they never collide.
 *
 * `networkMode: 'always'` because the worker needs no network; `staleTime: Infinity` because a
 * revision's answer never changes; the previous answer stays on screen while the next is computed.
 */
export function analysisQueryOptions(runner: AnalysisRunner, target: AnalysisTarget) {
  return queryOptions({
    ...fetchOptions(runner, target),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
