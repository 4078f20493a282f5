/**
 * The contract between the app and the analysis worker: what is asked, what comes back, and the
 * shape of the client facade. Shared by `analysisApi` (the worker side), `analysis.worker` and
 * `engineClient` (the main-thread side).
 */
import type { Endpoint } from 'comlink';
import type { AnalysisReport } from '../engine/engine';
import type { Scenario } from '../engine/types';
import type { Design } from '../model/types';
import type { DesignPatch } from './designPatch';

/** One analysis request: a design revision and the scenario to evaluate on it. */
export interface AnalysisRequest {
  /**
   * The document revision of `design`. It must change whenever the design changes: the worker keeps
   * the indexed design of the last revision and reuses it when only the scenario changes, and the
   * client drops answers for revisions older than the newest one asked for.
   */
  revision: number;
  design: Design;
  scenario: Scenario;
  /** Also compute the resilience matrix (every single-AZ and single-region outage). */
  withMatrix: boolean;
  /**
   * False: leave the static findings out (an empty list). They are the same under every scenario of
   * a revision, so the baseline carries them and an outage's answer need not copy them again (they
   * are most of an answer's size on a large design). Included when omitted.
   */
  withFindings?: boolean;
}

/**
 * A request as the client sends it to the worker: without the design (null) when that worker has
 * already indexed this revision, so that a zone switch does not copy the whole design across; as
 * the changes from the revision the worker has (a {@link DesignPatch}) after a small edit.
 */
export type WireRequest = Omit<AnalysisRequest, 'design'> & { design: Design | DesignPatch | null };

/** The analysis of one request, tagged with its revision and the time the engine took. */
export type AnalysisResponse = AnalysisReport & {
  revision: number;
  /** Engine time for this request in milliseconds (indexing when needed, evaluation, matrix). */
  elapsedMs: number;
};

/** What the worker exposes (and what the in-thread fallback runs). */
export interface AnalysisApi {
  /**
   * Rejects a request without design for a revision it has not indexed, and a patch on a revision
   * it does not have (the client then sends the design whole).
   */
  analyze(request: WireRequest): Promise<AnalysisResponse>;
}

/**
 * The client's state: `idle` nothing pending; `busy` a request is being evaluated; `restarting` the
 * worker crashed or hung and is being replaced; `fallback` evaluating on the main thread because
 * Workers are unavailable; `error` the last request failed.
 */
export type EngineStatus = 'idle' | 'busy' | 'restarting' | 'fallback' | 'error';

/** Anything that talks like a dedicated worker: a real `Worker`, or a test double. */
export interface WorkerLike extends Endpoint {
  terminate(): void;
}

export interface EngineClientOptions {
  /** Makes the worker; defaults to the bundled `analysis.worker.ts` as a module worker. */
  createWorker?: () => Worker | WorkerLike;
  /** How long a request may go unanswered before the worker is restarted (default 10 000 ms). */
  timeoutMs?: number;
  /** Consecutive crashes or timeouts tolerated before giving up on a request (default 2). */
  maxRestarts?: number;
  /** Called whenever the client's status changes. */
  onStatusChange?: (status: EngineStatus) => void;
}

/** A typed async facade over the analysis worker. */
export interface EngineClient {
  /**
   * Analyses a request. Resolves `null` when a newer request superseded this one before its answer
   * arrived (stale answers are never applied); rejects when the engine itself throws, or when the
   * worker keeps hanging after `maxRestarts` restarts.
   */
  analyze(request: AnalysisRequest): Promise<AnalysisResponse | null>;
  /** The current status. */
  readonly status: EngineStatus;
  /** Terminates the worker; pending requests resolve `null`. */
  dispose(): void;
}
