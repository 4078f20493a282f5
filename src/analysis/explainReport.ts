/**
 * The chain of causes of a resource, computed on the main thread from an analysis report.
 *
 * The engine's `explain()` works on an `Evaluation`, which stays in the worker. The report already
 * carries every non-OK resource with its reasons and their causes, so the same breadth-first walk
 * runs here on it, producing the engine's `ExplanationStep`s with the engine's reason texts
 * (`describeReason`) — no extra round trip to the worker when the selection changes. Its tests
 * check that both give the same steps.
 */
import type { AnalysisReport } from '../engine/engine';
import type { ExplanationStep } from '../engine/explain';
import { describeReason } from '../engine/reasonText';
import type { ResourceId, ResourceKind } from '../model/types';
import { resultIn } from './reportIndex';

/** Name and kind look-ups of the analysed design. */
export interface DesignLookup {
  nameOf: (id: ResourceId) => string;
  kindOf: (id: ResourceId) => ResourceKind | undefined;
}

const isPlace = (kind: ResourceKind | undefined): boolean => kind === 'availabilityZone' || kind === 'region';

/**
 * The explanation of `id` under `report`: its own reasons first (depth 0), then its causes'
 * reasons (depth 1), and so on, each resource once. Empty when the resource is OK or unknown.
 */
export function explainReport(report: Pick<AnalysisReport, 'resources'>, lookup: DesignLookup, id: ResourceId): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  const seen = new Set<string>([id]);
  const queue: { id: ResourceId; depth: number }[] = [{ id, depth: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const item = queue[head];
    const kind = item ? lookup.kindOf(item.id) : undefined;
    const result = item ? resultIn(report, item.id) : undefined;
    if (!item || !kind || !result) continue;
    for (const reason of result.reasons) {
      steps.push({
        id: item.id,
        name: lookup.nameOf(item.id),
        kind,
        status: result.status,
        reason: reason.code,
        text: describeReason(reason, lookup.nameOf, { kindOf: lookup.kindOf, subject: item.id }),
        inferred: reason.inferred,
        causes: reason.causes,
        depth: item.depth,
      });
      for (const cause of reason.causes) {
        if (seen.has(cause) || !lookup.kindOf(cause)) continue;
        seen.add(cause);
        queue.push({ id: cause, depth: item.depth + 1 });
      }
    }
  }
  return steps;
}

/**
 * The failed zones and regions a chain ends at: causes of its steps that are zones or regions, in
 * the order the chain reaches them.
 */
export function rootPlaces(steps: readonly ExplanationStep[], lookup: Pick<DesignLookup, 'kindOf'>): ResourceId[] {
  const out: ResourceId[] = [];
  for (const step of steps) {
    for (const cause of step.causes) if (isPlace(lookup.kindOf(cause)) && !out.includes(cause)) out.push(cause);
  }
  return out;
}
