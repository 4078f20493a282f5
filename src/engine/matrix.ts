/**
 * The resilience matrix (DOMAIN.md 2.9): every single-AZ outage and every single-region outage,
 * with each service's status, the worst single failure, and each service's single points of failure.
 */
import type { ResourceId } from '../model/types';
import { evaluateScenario, type Evaluation } from './evaluate';
import { serviceInfo, type ServiceInfo } from './services';
import type { Topology } from './topology';
import { DOWN, statusName, type Scenario, type Status } from './types';

export interface MatrixScenario {
  /** `az:<id>` or `region:<id>`. */
  key: string;
  kind: 'az' | 'region';
  target: ResourceId;
  label: string;
  scenario: Scenario;
}

export interface ResilienceMatrix {
  scenarios: MatrixScenario[];
  services: ServiceInfo[];
  /** `cells[s][c]`: status of service s under scenario c. */
  cells: Status[][];
  /** The scenario that takes the most services down, then degrades the most; null without scenarios. */
  worst: { key: string; label: string; down: number; degraded: number } | null;
  /** Per service id: the AZs whose single loss takes it down. */
  singlePointsOfFailure: Record<string, ResourceId[]>;
}

/** Single-AZ scenarios (each region's AZs in region order), then single-region scenarios. */
export function matrixScenarios(topo: Topology): MatrixScenario[] {
  const out: MatrixScenario[] = [];
  const name = (i: number): string => topo.resources[i]?.name ?? '';
  const id = (i: number): ResourceId => topo.ids[i] as ResourceId;
  for (const region of topo.regions) {
    for (const az of topo.azsOfRegion.get(region) ?? []) {
      out.push({ key: `az:${id(az)}`, kind: 'az', target: id(az), label: `${name(az)} down`, scenario: { failedAzs: [id(az)], failedRegions: [] } });
    }
  }
  for (const region of topo.regions) {
    out.push({ key: `region:${id(region)}`, kind: 'region', target: id(region), label: `${name(region)} down`, scenario: { failedAzs: [], failedRegions: [id(region)] } });
  }
  return out;
}

/**
 * Evaluates every matrix scenario and summarises it per service. Each scenario's evaluation is
 * dropped as soon as its service statuses are read (unless `keepEvaluations`): holding all of them
 * at once made the garbage collector copy every reason of every scenario, which cost about as much
 * as the evaluations themselves on large designs.
 */
export function buildMatrix(
  topo: Topology,
  dependents: readonly Int32Array[],
  baseline: Evaluation,
  entries: readonly number[],
  options: { keepEvaluations?: boolean } = {},
): { matrix: ResilienceMatrix; evaluations?: Evaluation[] } {
  const scenarios = matrixScenarios(topo);
  const kept: Evaluation[] = [];
  // columns[c][k]: status code of service k under scenario c.
  const columns = scenarios.map((s) => {
    const e = evaluateScenario(topo, dependents, s.scenario, baseline);
    if (options.keepEvaluations) kept.push(e);
    return Uint8Array.from(entries, (i) => e.status[i] ?? 0);
  });
  const cells = entries.map((_, k) => columns.map((col) => statusName(col[k] ?? 0)));
  let worst: ResilienceMatrix['worst'] = null;
  scenarios.forEach((s, c) => {
    let down = 0;
    let degraded = 0;
    for (const code of columns[c] ?? []) {
      if (code >= DOWN) down++;
      else if (code > 0) degraded++;
    }
    if (!worst || down > worst.down || (down === worst.down && degraded > worst.degraded)) {
      worst = { key: s.key, label: s.label, down, degraded };
    }
  });
  const singlePointsOfFailure: Record<string, ResourceId[]> = {};
  entries.forEach((i, k) => {
    const id = topo.ids[i] as ResourceId;
    singlePointsOfFailure[id] = scenarios.filter((s, c) => s.kind === 'az' && (columns[c]?.[k] ?? 0) >= DOWN).map((s) => s.target);
  });
  const matrix: ResilienceMatrix = { scenarios, services: entries.map((i) => serviceInfo(topo, i)), cells, worst, singlePointsOfFailure };
  return options.keepEvaluations ? { matrix, evaluations: kept } : { matrix };
}
