/**
 * Scenario evaluation: a monotone worklist fixpoint over the per-kind rules (DOMAIN.md 2.1).
 * Statuses only ever get worse, each resource can worsen at most three times, so evaluation
 * terminates on any design, cycles included.
 */
import type { ResourceId } from '../model/types';
import { brokenConnections } from './brokenConnections';
import { evaluateRule, type EvalState } from './rules';
import { addTo, lists } from './placement';
import { NONE, type Topology } from './topology';
import {
  DEGRADED,
  OK,
  type BrokenConnection,
  type Reason,
  type ResourceResult,
  type Scenario,
  type Status,
  statusName,
} from './types';

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

/** Who reads whose status: for each resource, the resources whose rule must be re-run when it changes. */
export function buildDependents(topo: Topology): Int32Array[] {
  const { n } = topo;
  const out = lists(n);
  const add = (from: number, to: number): void => {
    if (from !== NONE && to !== NONE && from !== to) addTo(out, from, to);
  };
  for (let i = 0; i < n; i++) {
    const kind = topo.resources[i]?.kind;
    if (kind === 'subnet') {
      add(topo.routing.gatewayHolder[i] ?? NONE, i);
    } else if (kind === 'instance') {
      add(topo.routing.gatewayHolder[topo.primarySubnet[i] ?? NONE] ?? NONE, i);
      for (const v of topo.volumesOf[i] ?? []) add(v, i);
      for (const p of topo.publicPortsOf[i] ?? []) add(p, i);
      for (const peer of topo.replicasOf[i] ?? []) add(peer, i);
    } else if (kind === 'floatingIp') {
      add(topo.fipTarget[i] ?? NONE, i);
      add(topo.fipServingRouter[i] ?? NONE, i);
    } else if (kind === 'publicPort') {
      add(topo.publicPortInstance[i] ?? NONE, i);
    } else if (kind === 'loadBalancer') {
      for (const l of topo.listenersOf[i] ?? []) add(l, i);
    } else if (kind === 'listener') {
      add(topo.lbOf[i] ?? NONE, i);
      const r = topo.resources[i];
      if (r?.kind === 'listener' && r.defaultPool !== null) add(topo.indexOf.get(r.defaultPool) ?? NONE, i);
    } else if (kind === 'pool' || kind === 'healthMonitor') {
      add(topo.lbOf[i] ?? NONE, i);
      for (const m of topo.membersOf[i] ?? []) add(m, i);
    } else if (kind === 'poolMember') {
      const info = topo.member.get(i);
      if (info) {
        add(info.lb, i);
        add(info.backend, i);
        for (const x of info.reachNodes) add(x, i);
      }
    } else if (kind === 'globalLoadBalancer' || kind === 'dnsRecord') {
      for (const t of topo.targetsOf[i] ?? []) add(t.target, i);
    }
  }
  for (const d of topo.dependencies) {
    add(d.target, d.source);
    add(topo.routing.gatewayHolder[topo.primarySubnet[d.source] ?? NONE] ?? NONE, d.source);
    for (const x of d.path?.nodes ?? []) add(x, d.source);
  }
  // Deduplicate in first-seen order into one buffer; each resource gets a view of its slice, and
  // resources nobody reads share one empty list (thousands of small typed arrays were costly).
  const seenBy = new Int32Array(n).fill(NONE);
  let total = 0;
  for (const list of out) total += list.length;
  const buffer = new Int32Array(total);
  let end = 0;
  return out.map((list, from) => {
    if (list.length === 0) return NO_DEPENDENTS;
    const start = end;
    for (const to of list) {
      if (seenBy[to] === from) continue;
      seenBy[to] = from;
      buffer[end++] = to;
    }
    return buffer.subarray(start, end);
  });
}

const NO_DEPENDENTS = new Int32Array(0);

function sameReasons(a: readonly Reason[] | undefined, b: readonly Reason[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k] as Reason;
    const q = y[k] as Reason;
    if (p.code !== q.code || p.detail !== q.detail || p.causes.length !== q.causes.length) return false;
    for (let c = 0; c < p.causes.length; c++) if (p.causes[c] !== q.causes[c]) return false;
  }
  return true;
}

/**
 * Evaluates a scenario. With `baseline` (the no-failure evaluation of the same topology) only the
 * resources downstream of what failed are re-evaluated: failing zones never improves a status, so
 * the baseline is a valid starting point of the fixpoint.
 */
export function evaluateScenario(
  topo: Topology,
  dependents: readonly Int32Array[],
  scenario: Scenario,
  baseline?: Evaluation,
): Evaluation {
  const { n, indexOf, resources } = topo;
  const azDown = new Uint8Array(n);
  const regionDown = new Uint8Array(n);
  const resolve = (id: ResourceId): number => indexOf.get(id) ?? NONE;
  for (const id of scenario.failedRegions) {
    const r = resolve(id);
    if (r === NONE || resources[r]?.kind !== 'region') continue;
    regionDown[r] = 1;
    for (const az of topo.azsOfRegion.get(r) ?? []) azDown[az] = 1;
  }
  for (const id of scenario.failedAzs) {
    const a = resolve(id);
    if (a !== NONE && resources[a]?.kind === 'availabilityZone') azDown[a] = 1;
  }
  const status = baseline ? Uint8Array.from(baseline.status) : new Uint8Array(n);
  const reasons: (Reason[] | undefined)[] = baseline ? (baseline.reasons.slice() as (Reason[] | undefined)[]) : new Array<Reason[] | undefined>(n);
  const state: EvalState = { topo, status, reasons, azDown, regionDown };

  const queued = new Uint8Array(n);
  const queue: number[] = [];
  const push = (i: number): void => {
    if (!queued[i]) {
      queued[i] = 1;
      queue.push(i);
    }
  };
  if (!baseline) for (let i = 0; i < n; i++) push(i);
  else for (const i of incrementalSeeds(topo, azDown, regionDown)) push(i);
  // Safety net: a fixpoint needs at most a few passes per resource; never loop forever.
  let budget = 64 * (n + 16);
  for (let head = 0; head < queue.length && budget > 0; head++, budget--) {
    const i = queue[head] as number;
    queued[i] = 0;
    const next = evaluateRule(state, i);
    const current = status[i] ?? OK;
    if (next.code < current) continue;
    if (next.code === current && sameReasons(next.reasons, reasons[i])) continue;
    status[i] = next.code;
    reasons[i] = next.code === OK ? undefined : next.reasons;
    const readers = dependents[i];
    if (readers) for (let k = 0; k < readers.length; k++) push(readers[k] as number);
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
  finishZones(topo, state);
  return {
    scenario,
    topo,
    status,
    reasons,
    externalNetworks: externalNetworkStatus(topo, azDown),
    broken: brokenConnections(topo, status, reasons),
  };
}

/** Per topology: resources by AZ and by region, and the resources whose rule reads zone states. */
interface SeedIndex {
  byAz: ReadonlyMap<number, readonly number[]>;
  byRegion: ReadonlyMap<number, readonly number[]>;
  zoneReaders: readonly number[];
}

const seedIndexes = new WeakMap<Topology, SeedIndex>();

function seedIndexOf(topo: Topology): SeedIndex {
  const cached = seedIndexes.get(topo);
  if (cached) return cached;
  const byAz = new Map<number, number[]>();
  const byRegion = new Map<number, number[]>();
  const zoneReaders: number[] = [];
  const { az, region } = topo.placement;
  const into = (map: Map<number, number[]>, key: number, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (let i = 0; i < topo.n; i++) {
    const a = az[i] ?? NONE;
    const r = region[i] ?? NONE;
    if (a !== NONE) into(byAz, a, i);
    if (r !== NONE) into(byRegion, r, i);
    const kind = topo.resources[i]?.kind;
    if (kind === 'router' || kind === 'objectStorageEndpoint') zoneReaders.push(i);
  }
  const index: SeedIndex = { byAz, byRegion, zoneReaders };
  seedIndexes.set(topo, index);
  return index;
}

/**
 * Where an incremental evaluation starts: every resource placed in a failed AZ or region, plus the
 * resources whose rule reads zone states (routers, object storage endpoints), in index order (the
 * order a full scan would find them in) without scanning the whole design.
 */
function incrementalSeeds(topo: Topology, azDown: Uint8Array, regionDown: Uint8Array): Int32Array {
  const { byAz, byRegion, zoneReaders } = seedIndexOf(topo);
  const groups: (readonly number[])[] = [zoneReaders];
  for (const [a, list] of byAz) if (azDown[a]) groups.push(list);
  for (const [r, list] of byRegion) if (regionDown[r]) groups.push(list);
  let size = 0;
  for (const list of groups) size += list.length;
  const seeds = new Int32Array(size);
  let k = 0;
  for (const list of groups) for (const i of list) seeds[k++] = i;
  return seeds.sort();
}

/** Regions are DEGRADED while some of their AZs are down (AZ_OUTAGE), FAILED when selected. */
function finishZones(topo: Topology, s: EvalState): void {
  for (const region of topo.regions) {
    if (s.regionDown[region]) continue;
    const down = (topo.azsOfRegion.get(region) ?? []).filter((a) => s.azDown[a]);
    if (down.length === 0) continue;
    s.status[region] = DEGRADED;
    s.reasons[region] = [{ code: 'AZ_OUTAGE', causes: down.map((a) => topo.ids[a] as ResourceId), inferred: false }];
  }
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
