/**
 * Test support: an engine client whose answers the test releases by hand, computed by the real
 * analysis API (so reports are genuine) and following the real client's rule that a newer request
 * supersedes the waiting ones.
 */
import { createAnalysisApi } from '../../worker/analysisApi';
import type { AnalysisRequest, AnalysisResponse, EngineClient } from '../../worker/protocol';

export interface ManualCall {
  request: AnalysisRequest;
  /** Answers with the engine's real report. */
  answer(): Promise<void>;
  /** Fails with an error. */
  fail(message: string): Promise<void>;
  /** True once answered, failed or superseded. */
  readonly settled: boolean;
}

export interface ManualClient extends Pick<EngineClient, 'analyze' | 'dispose'> {
  readonly calls: ManualCall[];
  /** The calls not yet settled. */
  open(): ManualCall[];
}

/** Lets pending promise callbacks run (answers travel through several `then`s). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Creates the manual client. */
export function manualClient(): ManualClient {
  const api = createAnalysisApi();
  const calls: ManualCall[] = [];
  const supersede = new Map<ManualCall, () => void>();
  let newest = Number.NEGATIVE_INFINITY;
  return {
    calls,
    open: () => calls.filter((c) => !c.settled),
    dispose() {
      for (const c of calls) if (!c.settled) supersede.get(c)?.();
    },
    analyze(request) {
      if (request.revision < newest) return Promise.resolve(null);
      newest = request.revision;
      for (const c of calls) if (!c.settled) supersede.get(c)?.();
      return new Promise<AnalysisResponse | null>((resolve, reject) => {
        let settled = false;
        const call: ManualCall = {
          request,
          get settled() {
            return settled;
          },
          async answer() {
            settled = true;
            resolve(await api.analyze(request));
            await flush();
          },
          async fail(message) {
            settled = true;
            reject(new Error(message));
            await flush();
          },
        };
        supersede.set(call, () => {
          settled = true;
          resolve(null);
        });
        calls.push(call);
      });
    },
  };
}
