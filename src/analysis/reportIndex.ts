/**
 * Look-ups over an analysis report, built once per report and shared by every component that
 * asks (cached by the report's own arrays, which never change once answered).
 */
import type { AnalysisReport } from '../engine/engine';
import type { Finding } from '../engine/findings';
import type { BrokenConnection, Reason, Status } from '../engine/types';

type ResourceResult = AnalysisReport['resources'][string];

/** A resource's result in a report; own properties only (an id may be any string). */
export function resultIn(report: Pick<AnalysisReport, 'resources'> | undefined, id: string): ResourceResult | undefined {
  return report && Object.hasOwn(report.resources, id) ? report.resources[id] : undefined;
}

/** A resource's status in a report: resources the report does not list are OK. */
export function statusIn(report: Pick<AnalysisReport, 'resources'> | undefined, id: string): Status {
  return resultIn(report, id)?.status ?? 'OK';
}

/** A resource's reasons in a report (none when OK). */
export function reasonsIn(report: Pick<AnalysisReport, 'resources'> | undefined, id: string): readonly Reason[] {
  return resultIn(report, id)?.reasons ?? [];
}

const countCache = new WeakMap<readonly Finding[], Map<string, number>>();

/** How many findings name each resource (any subject position). */
export function findingCounts(findings: readonly Finding[]): Map<string, number> {
  let counts = countCache.get(findings);
  if (!counts) {
    counts = new Map();
    for (const f of findings) {
      for (const id of new Set(f.subjects)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    countCache.set(findings, counts);
  }
  return counts;
}

const brokenCache = new WeakMap<readonly BrokenConnection[], Map<string, BrokenConnection>>();

/**
 * Broken connections by id. A member the load balancer cannot reach is also listed under the
 * member's own id, which is the id of the canvas's pool → instance edge for that member.
 */
export function brokenIndex(broken: readonly BrokenConnection[]): Map<string, BrokenConnection> {
  let index = brokenCache.get(broken);
  if (!index) {
    index = new Map();
    for (const b of broken) {
      index.set(b.id, b);
      if (b.kind === 'memberTarget' && !index.has(b.from)) index.set(b.from, b);
    }
    brokenCache.set(broken, index);
  }
  return index;
}
