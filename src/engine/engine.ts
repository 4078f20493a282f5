/**
 * The engine facade: one design revision in, scenario evaluations, services, the resilience matrix
 * and static findings out. Indexing happens once; everything else reuses it.
 */
import type { Design, ResourceId } from '../model/types';
import { buildDependents, evaluateScenario, type Evaluation } from './evaluate';
import { computeFindings, type Finding } from './findings';
import { buildMatrix, type ResilienceMatrix } from './matrix';
import { serviceEntryPoints, servicesOf, type ServiceResult } from './services';
import { buildTopology, type Topology } from './topology';
import { NO_FAILURE, statusName, type BrokenConnection, type Reason, type Scenario, type Status } from './types';

export interface Engine {
  readonly topology: Topology;
  /** The evaluation with nothing failed (static problems only). */
  readonly baseline: Evaluation;
  evaluate(scenario: Scenario): Evaluation;
  services(evaluation: Evaluation): ServiceResult[];
  matrix(): ResilienceMatrix;
  findings(): Finding[];
}

export function createEngine(design: Design): Engine {
  const topology = buildTopology(design);
  const dependents = buildDependents(topology);
  const baseline = evaluateScenario(topology, dependents, NO_FAILURE);
  const entries = serviceEntryPoints(topology);
  let matrix: ResilienceMatrix | undefined;
  let findings: Finding[] | undefined;
  return {
    topology,
    baseline,
    evaluate: (scenario) =>
      scenario.failedAzs.length === 0 && scenario.failedRegions.length === 0
        ? baseline
        : evaluateScenario(topology, dependents, scenario, baseline),
    services: (evaluation) => servicesOf(evaluation, entries),
    matrix: () => (matrix ??= buildMatrix(topology, dependents, baseline, entries).matrix),
    findings: () => (findings ??= computeFindings(topology)),
  };
}

/** A plain, serializable analysis of one scenario (what the worker and the CLI hand out). */
export interface AnalysisReport {
  designId: string;
  scenario: Scenario;
  /** Non-OK resources only. */
  resources: Record<string, { status: Status; reasons: readonly Reason[] }>;
  externalNetworks: Record<string, Status>;
  broken: readonly BrokenConnection[];
  services: ServiceResult[];
  findings: Finding[];
  matrix: ResilienceMatrix | null;
}

export function reportOf(engine: Engine, scenario: Scenario, withMatrix: boolean): AnalysisReport {
  const e = engine.evaluate(scenario);
  const resources: AnalysisReport['resources'] = {};
  e.status.forEach((code, i) => {
    if (code !== 0) resources[engine.topology.ids[i] as ResourceId] = { status: statusName(code), reasons: e.reasons[i] ?? [] };
  });
  return {
    designId: engine.topology.design.id,
    scenario,
    resources,
    externalNetworks: Object.fromEntries(e.externalNetworks),
    broken: e.broken,
    services: engine.services(e),
    findings: engine.findings(),
    matrix: withMatrix ? engine.matrix() : null,
  };
}

/** Convenience: analyse a design under one scenario. */
export function analyzeDesign(design: Design, scenario: Scenario = NO_FAILURE, withMatrix = true): AnalysisReport {
  return reportOf(createEngine(design), scenario, withMatrix);
}
