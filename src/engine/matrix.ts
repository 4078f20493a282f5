/**
 * The resilience matrix (DOMAIN.md 2.9): every single-AZ outage and every single-region outage,
 * with each service's status, the worst single failure, and each service's single points of failure.
 */
import type { ResourceId } from '../model/types';
import { evaluateScenario, type Evaluation } from './evaluate';
import { finishZones, markScenario, runFixpoint, writeLog, type WriteLog } from './fixpoint';
import { SharedReasons, type EvalState } from './rules-support';
import { serviceInfo, type ServiceInfo } from './services';
import type { Csr } from './csr';
import type { Topology } from './topology';
import { DOWN, statusName, type Reason, type Scenario, type Status } from './types';

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
 * Evaluates matrix scenarios one after the other on one working copy of the baseline. After each
 * scenario only the resources it wrote are put back, so a scenario costs what it touches rather than
 * a copy of every status and reason. Only statuses are read out: the external networks and broken
 * connections of an evaluation are not part of the matrix and are not computed.
 */
class ScenarioRunner {
  private readonly status: Uint8Array;
  private readonly reasons: (Reason[] | undefined)[];
  private readonly azDown: Uint8Array;
  private readonly regionDown: Uint8Array;
  private readonly log: WriteLog;
  /**
   * One cache of shared reasons for every scenario of the runner: a shared reason's content depends
   * only on its code and cause, never on the scenario, and reasons are never written once made.
   */
  private readonly shared: SharedReasons;

  constructor(
    private readonly topo: Topology,
    private readonly dependents: Csr,
    private readonly baseline: Evaluation,
  ) {
    this.status = baseline.status.slice();
    this.reasons = baseline.reasons.slice() as (Reason[] | undefined)[];
    this.azDown = new Uint8Array(topo.n);
    this.regionDown = new Uint8Array(topo.n);
    this.log = writeLog(topo.n);
    this.shared = new SharedReasons(topo.ids);
  }

  /** The status codes under `scenario`, indexed like the topology; valid until the next call. */
  statusesUnder(scenario: Scenario): Uint8Array {
    this.restore();
    const { topo, azDown, regionDown } = this;
    markScenario(topo, scenario, azDown, regionDown, 1);
    const state: EvalState = { topo, status: this.status, reasons: this.reasons, azDown, regionDown, shared: this.shared };
    runFixpoint(state, this.dependents, true, this.log);
    finishZones(state, this.log);
    markScenario(topo, scenario, azDown, regionDown, 0);
    return this.status;
  }

  private restore(): void {
    const { log, status, reasons, baseline } = this;
    for (let k = 0; k < log.count; k++) {
      const i = log.indexes[k] as number;
      status[i] = baseline.status[i] as number;
      reasons[i] = baseline.reasons[i] as Reason[] | undefined;
      log.written[i] = 0;
    }
    log.count = 0;
  }
}

/** The status codes of the service entry points. */
function column(status: Uint8Array, entries: readonly number[]): Uint8Array {
  const out = new Uint8Array(entries.length);
  for (let k = 0; k < entries.length; k++) out[k] = status[entries[k] as number] ?? 0;
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
  dependents: Csr,
  baseline: Evaluation,
  entries: readonly number[],
  options: { keepEvaluations?: boolean } = {},
): { matrix: ResilienceMatrix; evaluations?: Evaluation[] } {
  const scenarios = matrixScenarios(topo);
  const kept: Evaluation[] = [];
  // columns[c][k]: status code of service k under scenario c.
  const columns: Uint8Array[] = [];
  if (options.keepEvaluations) {
    for (const s of scenarios) {
      const e = evaluateScenario(topo, dependents, s.scenario, baseline);
      kept.push(e);
      columns.push(column(e.status, entries));
    }
  } else {
    const runner = new ScenarioRunner(topo, dependents, baseline);
    for (const s of scenarios) columns.push(column(runner.statusesUnder(s.scenario), entries));
  }
  // Indexed loops, one list per service and cell row: this runs for every service of the design.
  const cells: Status[][] = new Array<Status[]>(entries.length);
  for (let k = 0; k < entries.length; k++) {
    const row: Status[] = new Array<Status>(columns.length);
    for (let c = 0; c < columns.length; c++) row[c] = statusName((columns[c] as Uint8Array)[k] ?? 0);
    cells[k] = row;
  }
  let worst: ResilienceMatrix['worst'] = null;
  for (let c = 0; c < scenarios.length; c++) {
    const s = scenarios[c] as MatrixScenario;
    const col = columns[c] as Uint8Array;
    let down = 0;
    let degraded = 0;
    for (let k = 0; k < col.length; k++) {
      const code = col[k] as number;
      if (code >= DOWN) down++;
      else if (code > 0) degraded++;
    }
    if (!worst || down > worst.down || (down === worst.down && degraded > worst.degraded)) {
      worst = { key: s.key, label: s.label, down, degraded };
    }
  }
  const singlePointsOfFailure: Record<string, ResourceId[]> = {};
  for (let k = 0; k < entries.length; k++) {
    const spof: ResourceId[] = [];
    for (let c = 0; c < scenarios.length; c++) {
      const s = scenarios[c] as MatrixScenario;
      if (s.kind === 'az' && ((columns[c] as Uint8Array)[k] ?? 0) >= DOWN) spof.push(s.target);
    }
    singlePointsOfFailure[topo.ids[entries[k] as number] as ResourceId] = spof;
  }
  const matrix: ResilienceMatrix = { scenarios, services: entries.map((i) => serviceInfo(topo, i)), cells, worst, singlePointsOfFailure };
  return options.keepEvaluations ? { matrix, evaluations: kept } : { matrix };
}
