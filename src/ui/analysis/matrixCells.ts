/**
 * The resilience matrix as the panel shows it: which scenario a cell stands for, whether it is the
 * one being simulated, and the summary lines (worst single failure, single points of failure).
 */
import type { MatrixScenario, ResilienceMatrix } from '../../engine/matrix';
import type { Scenario } from '../../engine/types';
import type { ResourceId } from '../../model/types';
import { scenarioKey } from '../../queries/analysis';
import { listInWords } from './scenarioWords';

/** The scenario a matrix column applies when clicked (a fresh copy, never the matrix's own arrays). */
export function scenarioOfColumn(column: MatrixScenario): Scenario {
  return { failedAzs: [...column.scenario.failedAzs], failedRegions: [...column.scenario.failedRegions] };
}

/** True when the simulated scenario, given by its key (`scenarioKey`), is exactly this column's. */
export function isColumnActive(column: MatrixScenario, activeKey: string): boolean {
  return scenarioKey(column.scenario) === activeKey;
}

/** "europe-se-1a down takes 1 service down and degrades 2." */
export function worstText(matrix: ResilienceMatrix): string {
  const w = matrix.worst;
  if (!w || (w.down === 0 && w.degraded === 0)) return 'No single zone or region outage takes a service down or degrades it.';
  const parts: string[] = [];
  if (w.down > 0) parts.push(`takes ${String(w.down)} ${w.down === 1 ? 'service' : 'services'} down`);
  if (w.degraded > 0) parts.push(`degrades ${String(w.degraded)}`);
  return `Worst single failure: ${w.label} — it ${listInWords(parts)}.`;
}

/** "fA: europe-se-1a and europe-se-1b", or "none" when no single zone takes the service down. */
export function singlePointsText(matrix: ResilienceMatrix, serviceId: string, nameOf: (id: ResourceId) => string): string {
  const zones = Object.hasOwn(matrix.singlePointsOfFailure, serviceId) ? (matrix.singlePointsOfFailure[serviceId] ?? []) : [];
  return zones.length === 0 ? 'none' : listInWords(zones.map(nameOf));
}

/** A column's heading: the zone's name, or the region's name marked as a region. */
export function columnTitle(column: MatrixScenario, nameOf: (id: ResourceId) => string): string {
  return column.kind === 'region' ? `${nameOf(column.target)} (region)` : nameOf(column.target);
}
