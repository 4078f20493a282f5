/**
 * Static findings (DOMAIN.md section 3): lint rules computed without any outage.
 */
import type { ResourceId } from '../../model/types';
import type { Topology } from '../topology';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule number, e.g. `F01`. */
  id: string;
  /** Rule name, e.g. `FIP_AZ_MISMATCH` (for rules with two variants, the variant that fired). */
  rule: string;
  severity: Severity;
  /** The resources the finding is about; the first is the main subject. */
  subjects: ResourceId[];
  /** What is wrong, in the product's words, naming the resources. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** True when the rule rests on an [INFERRED] assumption. */
  inferred: boolean;
}

/** A finding rule: reads the indexed design, returns what it finds. */
export type FindingRule = (topo: Topology) => Finding[];
