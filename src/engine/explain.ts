/**
 * Explanations (DOMAIN.md 2.9): the chain of causes from a resource back to the failed zone(s) or
 * region(s), so a user can see why something is down or degraded.
 */
import type { ResourceId, ResourceKind } from '../model/types';
import type { Evaluation } from './evaluate';
import { describeReason } from './reasonText';
import { statusName, type ReasonCode, type Status } from './types';

/** One reason of one resource on the way back to the failure. */
export interface ExplanationStep {
  id: ResourceId;
  name: string;
  kind: ResourceKind;
  status: Status;
  reason: ReasonCode;
  /** One plain-language sentence, naming the causes; assumptions are marked. */
  text: string;
  /** True when the rule behind the reason is an assumption ([INFERRED]). */
  inferred: boolean;
  /** The resources this reason points to (the next steps back). */
  causes: readonly ResourceId[];
  /** Distance from the explained resource: 0 for its own reasons, 1 for its causes' reasons, … */
  depth: number;
}

/**
 * The chain of causes of resource `id` in an evaluation: breadth-first over the causes of every
 * reason (so every branch of a resource with several reasons is included), each resource once, from
 * the resource itself back to the failed zones or regions. Empty for an OK or unknown resource.
 */
export function explain(evaluation: Evaluation, id: ResourceId): ExplanationStep[] {
  const { topo } = evaluation;
  const start = topo.indexOf.get(id);
  if (start === undefined) return [];
  const nameOf = (x: ResourceId): string => {
    const i = topo.indexOf.get(x);
    return (i === undefined ? undefined : topo.resources[i]?.name) || x;
  };
  const kindOf = (x: ResourceId): ResourceKind | undefined => {
    const i = topo.indexOf.get(x);
    return i === undefined ? undefined : topo.resources[i]?.kind;
  };
  const steps: ExplanationStep[] = [];
  const seen = new Set<number>([start]);
  const queue: { i: number; depth: number }[] = [{ i: start, depth: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const { i, depth } = queue[head] as { i: number; depth: number };
    const resource = topo.resources[i];
    if (!resource) continue;
    for (const reason of evaluation.reasons[i] ?? []) {
      steps.push({
        id: resource.id,
        name: resource.name || resource.id,
        kind: resource.kind,
        status: statusName(evaluation.status[i] ?? 0),
        reason: reason.code,
        text: describeReason(reason, nameOf, { kindOf, subject: resource.id }),
        inferred: reason.inferred,
        causes: reason.causes,
        depth,
      });
      for (const cause of reason.causes) {
        const c = topo.indexOf.get(cause);
        if (c === undefined || seen.has(c)) continue;
        seen.add(c);
        queue.push({ i: c, depth: depth + 1 });
      }
    }
  }
  return steps;
}
