/**
 * Scenario evaluation: the rules' fixpoint (see `fixpoint.ts`) for one scenario, with its external
 * networks and broken connections.
 */
import type { ResourceId } from '../model/types';
import { brokenConnections } from './brokenConnections';
import { finishZones, markScenario, runFixpoint } from './fixpoint';
import { SharedReasons, type EvalState } from './rules-support';
import type { Csr } from './csr';
import type { Topology } from './topology';
import { type BrokenConnection, type Reason, type ResourceResult, type Scenario, type Status, statusName } from './types';

export { buildDependents } from './dependents';

/** The outcome of one scenario, indexed like the topology. */
export interface Evaluation {
  readonly scenario: Scenario;
  readonly topo: Topology;
  /** Status code per resource index (0 OK … 3 FAILED). */
  readonly status: Uint8Array;
  /** Reasons per resource index; undefined for OK. */
  readonly reasons: readonly (readonly Reason[] | undefined)[];
  /** External network name → status. */
  readonly externalNetworks: ReadonlyMap<string, Status>;
  readonly broken: readonly BrokenConnection[];
}

/**
 * Evaluates a scenario. With `baseline` (the no-failure evaluation of the same topology) only the
 * resources downstream of what failed are re-evaluated: failing zones never improves a status, so
 * the baseline is a valid starting point of the fixpoint.
 */
export function evaluateScenario(
  topo: Topology,
  dependents: Csr,
  scenario: Scenario,
  baseline?: Evaluation,
): Evaluation {
  const { n } = topo;
  const azDown = new Uint8Array(n);
  const regionDown = new Uint8Array(n);
  markScenario(topo, scenario, azDown, regionDown, 1);
  const status = baseline ? baseline.status.slice() : new Uint8Array(n);
  const reasons: (Reason[] | undefined)[] = baseline ? (baseline.reasons.slice() as (Reason[] | undefined)[]) : new Array<Reason[] | undefined>(n);
  const state: EvalState = { topo, status, reasons, azDown, regionDown, shared: new SharedReasons(topo.ids) };
  runFixpoint(state, dependents, baseline !== undefined, null);
  finishZones(state, null);
  return {
    scenario,
    topo,
    status,
    reasons,
    externalNetworks: externalNetworkStatus(topo, azDown),
    broken: brokenConnections(topo, status, reasons),
  };
}

function externalNetworkStatus(topo: Topology, azDown: Uint8Array): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const [name, az] of topo.extNetAzByName) out.set(name, azDown[az] ? 'FAILED' : 'OK');
  return out;
}

/** The status and reasons of one resource in an evaluation. */
export function resultOf(e: Evaluation, id: ResourceId): ResourceResult | undefined {
  const i = e.topo.indexOf.get(id);
  if (i === undefined) return undefined;
  return { status: statusName(e.status[i] ?? 0), reasons: e.reasons[i] ?? [] };
}
