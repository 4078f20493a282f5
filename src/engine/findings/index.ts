/**
 * All static finding rules, in rule-number order.
 */
import type { Topology } from '../topology';
import type { Finding, FindingRule } from './types';

export type { Finding, FindingRule, Severity } from './types';

/** The registered rules. Each rule module adds its rules here. */
export const FINDING_RULES: readonly FindingRule[] = [];

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Every static finding of a design, sorted by severity, then rule id, then subject. */
export function computeFindings(topo: Topology): Finding[] {
  const out = FINDING_RULES.flatMap((rule) => rule(topo));
  return out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.id.localeCompare(b.id) ||
      (a.subjects[0] ?? '').localeCompare(b.subjects[0] ?? ''),
  );
}
