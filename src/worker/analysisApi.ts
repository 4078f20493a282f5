/**
 * The analysis API the worker exposes. It lives apart from `analysis.worker.ts` so that the
 * in-thread fallback and the Node tests can call exactly the same code without a worker.
 */
import { createEngine, reportOf, type Engine } from '../engine/engine';
import type { Design } from '../model/types';
import { applyDesignPatch, type DesignPatch } from './designPatch';
import type { AnalysisApi, AnalysisResponse, WireRequest } from './protocol';

export interface AnalysisApiOptions {
  /** Builds the engine for a design (injectable so tests can count re-indexing). */
  createEngine?: (design: Design) => Engine;
  /** Clock in milliseconds (defaults to `performance.now`). */
  now?: () => number;
}

const isPatch = (wire: Design | DesignPatch): wire is DesignPatch => 'kind' in wire;

interface CachedEngine {
  design: Design;
  revision: number;
  engine: Engine;
}

/**
 * Creates the analysis API. It keeps the engine of the last design: a request for the same design
 * object, or for the same revision of the same design id (a structured clone of it, as it arrives
 * in the worker), or without design for the revision it has, reuses the indexed design and only
 * evaluates the new scenario. A patch (the changes since the revision it has) is applied to the
 * design it keeps.
 */
export function createAnalysisApi(options: AnalysisApiOptions = {}): AnalysisApi {
  const build = options.createEngine ?? createEngine;
  const now = options.now ?? (() => performance.now());
  let cached: CachedEngine | null = null;

  const engineFor = (wire: Design | DesignPatch | null, revision: number): Engine => {
    const last = cached;
    if (wire === null) {
      if (last?.revision === revision) return last.engine;
      throw new Error(`The analysis engine has no design for revision ${String(revision)}; it has to be sent again.`);
    }
    if (isPatch(wire)) {
      if (last?.revision === revision) return last.engine;
      if (last?.revision !== wire.base) {
        throw new Error(`The analysis engine has no design for revision ${String(wire.base)} to apply changes to; it has to be sent again.`);
      }
      const design = applyDesignPatch(last.design, wire);
      const engine = build(design);
      cached = { design, revision, engine };
      return engine;
    }
    const design = wire;
    if (last && (last.design === design || (last.revision === revision && last.design.id === design.id))) return last.engine;
    const engine = build(design);
    cached = { design, revision, engine };
    return engine;
  };

  return {
    analyze(request: WireRequest): Promise<AnalysisResponse> {
      // Run synchronously but report failures as a rejected promise, like the worker round trip does.
      try {
        const start = now();
        const report = reportOf(engineFor(request.design, request.revision), request.scenario, request.withMatrix);
        const findings = request.withFindings === false ? [] : report.findings;
        return Promise.resolve({ ...report, findings, revision: request.revision, elapsedMs: now() - start });
      } catch (error: unknown) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
