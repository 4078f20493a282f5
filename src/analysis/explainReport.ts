/**
 * The chain of causes of a resource, computed on the main thread from an analysis report.
 *
 * The engine's `explain()` works on an `Evaluation`, which stays in the worker. The report already
 * carries every non-OK resource with its reasons and their causes, so the same breadth-first walk
 * runs here on it, producing the engine's `ExplanationStep`s with the engine's reason texts
 * (`describeReason`, passed in: the UI loads it on first use) — no extra round trip to the worker
 * when the selection changes. Its tests check that both give the same steps.
 */
import type { AnalysisReport } from '../engine/engine';
import type { ExplanationStep } from '../engine/explain';
import type { describeReason } from '../engine/reasonText';
import type { ResourceId, ResourceKind } from '../model/types';
import { resultIn } from './reportIndex';

/** Name and kind look-ups of the analysed design. */
export interface DesignLookup {
  nameOf: (id: ResourceId) => string;
  kindOf: (id: ResourceId) => ResourceKind | undefined;
}

const isPlace = (kind: ResourceKind | undefined): boolean => kind === 'availabilityZone' || kind === 'region';

type ReportResult = NonNullable<ReturnType<typeof resultIn>>;
type Reason = ReportResult['reasons'][number];

/**
 * Walks the chain of causes of `id` breadth first, each resource once, calling `visit` for every
 * reason of every non-OK resource it reaches, in the order of the explanation.
 */
function walkCauses(
  report: Pick<AnalysisReport, 'resources'>,
  lookup: DesignLookup,
  id: ResourceId,
  visit: (id: ResourceId, kind: ResourceKind, result: ReportResult, reason: Reason, depth: number) => void,
): void {
  const seen = new Set<string>([id]);
  const queue: { id: ResourceId; depth: number }[] = [{ id, depth: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const item = queue[head];
    const kind = item ? lookup.kindOf(item.id) : undefined;
    const result = item ? resultIn(report, item.id) : undefined;
    if (!item || !kind || !result) continue;
    for (const reason of result.reasons) {
      visit(item.id, kind, result, reason, item.depth);
      for (const cause of reason.causes) {
        if (seen.has(cause) || !lookup.kindOf(cause)) continue;
        seen.add(cause);
        queue.push({ id: cause, depth: item.depth + 1 });
      }
    }
  }
}

/**
 * The explanation of `id` under `report`: its own reasons first (depth 0), then its causes'
 * reasons (depth 1), and so on, each resource once, each reason in words by `describe` (the
 * engine's `describeReason`). Empty when the resource is OK or unknown.
 */
export function explainReport(
  report: Pick<AnalysisReport, 'resources'>,
  lookup: DesignLookup,
  id: ResourceId,
  describe: typeof describeReason,
): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  walkCauses(report, lookup, id, (at, kind, result, reason, depth) => {
    steps.push({
      id: at,
      name: lookup.nameOf(at),
      kind,
      status: result.status,
      reason: reason.code,
      text: describe(reason, lookup.nameOf, { kindOf: lookup.kindOf, subject: at }),
      inferred: reason.inferred,
      causes: reason.causes,
      depth,
    });
  });
  return steps;
}

/**
 * The failed zones and regions the explanation of `id` ends at (the zones and regions among the
 * causes of its steps, in the order the chain reaches them), without writing the sentences of every
 * step (the services panel asks this for every service on every answer).
 */
export function placesBehind(report: Pick<AnalysisReport, 'resources'>, lookup: DesignLookup, id: ResourceId): ResourceId[] {
  const out: ResourceId[] = [];
  walkCauses(report, lookup, id, (_at, _kind, _result, reason) => {
    for (const cause of reason.causes) if (isPlace(lookup.kindOf(cause)) && !out.includes(cause)) out.push(cause);
  });
  return out;
}
