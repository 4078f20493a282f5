/**
 * A service's status under the simulated scenario in one or two sentences, built from the first
 * reason of its entry point (the engine's reason text) and, when that reason does not name it, the
 * failed zone the chain of causes leads back to.
 */
import type { AnalysisReport } from '../../engine/engine';
import type { ServiceResult } from '../../engine/services';
import { placesBehind, type DesignLookup } from '../../analysis/explainReport';
import type { DescribeReason } from './reasonWords';
import { listInWords } from './scenarioWords';
import { SERVICE_WORD } from './statusText';

/**
 * "www — down. It runs in availability zone europe-se-1a, which is out, so it is gone." For a
 * service whose first reason points elsewhere, adds where the chain ends: "Traced back to the loss
 * of europe-se-1b."
 *
 * Without the reason sentences (`describe` is null while they load) it says what it can without
 * them: the status and every failed zone or region the chain ends at.
 */
export function describeService(
  service: ServiceResult,
  report: Pick<AnalysisReport, 'resources'>,
  lookup: DesignLookup,
  describe: DescribeReason | null,
): string {
  const head = `${service.name} — ${SERVICE_WORD[service.status]}`;
  const first = service.reasons[0];
  if (service.status === 'OK' || !first) return `${head}.`;
  const text = describe ? ` ${describe(first, lookup.nameOf, { kindOf: lookup.kindOf, subject: service.id })}` : '';
  const roots = placesBehind(report, lookup, service.id).filter((r) => !describe || !first.causes.includes(r));
  const trace = roots.length > 0 ? ` Traced back to the loss of ${listInWords(roots.map(lookup.nameOf))}.` : '';
  return `${head}.${text}${trace}`;
}
