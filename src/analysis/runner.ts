/**
 * Adapts the engine client to the query layer: it numbers design revisions for the worker.
 *
 * The worker keeps the indexed design of the last revision number and the client refuses numbers
 * older than the newest it was asked for. The store's `designRevision` is not used for that because
 * a new store (another open design) starts counting again; instead, every design that becomes the
 * one on screen (`activate`) gets a fresh, higher number, so that a late request for a design that
 * is no longer on screen is refused by the client instead of replacing the current one.
 */
import type { Scenario } from '../engine/types';
import type { Design } from '../model/types';
import type { AnalysisRunner } from '../queries/analysis';
import type { EngineClient } from '../worker/protocol';

/** An {@link AnalysisRunner} that is told which design is the current one. */
export interface ActivatableRunner extends AnalysisRunner {
  /** Makes `design` the current design: from now on its requests win over any older design's. */
  activate(design: Design): void;
}

/** Wraps an engine client (anything with its `analyze`) as an {@link ActivatableRunner}. */
export function createRunner(client: Pick<EngineClient, 'analyze'>): ActivatableRunner {
  const numbers = new WeakMap<Design, number>();
  let newest = 0;
  return {
    activate(design) {
      if (numbers.get(design) !== newest) numbers.set(design, ++newest);
    },
    analyze(design: Design, scenario: Scenario, baseline: boolean) {
      // A design never activated gets number 0: the client refuses it once anything newer was asked.
      const revision = numbers.get(design) ?? 0;
      return client.analyze({ revision, design, scenario, withMatrix: baseline, withFindings: baseline });
    },
  };
}

/** An engine client made on first use, and made again after `dispose` (React may remount). */
export interface ReusableClient extends Pick<EngineClient, 'analyze'> {
  dispose(): void;
}

/** Wraps an engine client factory as a {@link ReusableClient}. */
export function reusableClient(create: () => ReusableClient): ReusableClient {
  let client: ReusableClient | null = null;
  return {
    analyze: (request) => (client ??= create()).analyze(request),
    dispose() {
      client?.dispose();
      client = null;
    },
  };
}
