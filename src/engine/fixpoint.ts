/**
 * The monotone worklist fixpoint over the per-kind rules (DOMAIN.md 2.1), on caller-provided
 * buffers: statuses only ever get worse, each resource can worsen at most three times, so it
 * terminates on any design, cycles included.
 *
 * The queue is a ring over one typed array per topology (a resource is queued at most once at a
 * time, so `n` slots suffice) and is reused by every evaluation of that topology; evaluations are
 * synchronous and never nested, and the queue is left empty after each one.
 */
import type { ResourceId } from '../model/types';
import type { Csr } from './csr';
import { K_AZ } from './kinds';
import { evaluateRule } from './rules';
import type { EvalState } from './rules-support';
import { NONE, type Topology } from './topology';
import { DEGRADED, OK, type Reason, type Scenario } from './types';

interface Queue {
  readonly slots: Int32Array;
  /** 1 while the resource is in the queue. */
  readonly queued: Uint8Array;
}

const queues = new WeakMap<Topology, Queue>();
const NO_INDEXES = new Int32Array(0);

function queueOf(topo: Topology): Queue {
  let q = queues.get(topo);
  if (!q) {
    q = { slots: new Int32Array(topo.n), queued: new Uint8Array(topo.n) };
    queues.set(topo, q);
  }
  return q;
}

/** The resources an evaluation wrote, each once, so a reused state can be put back cheaply. */
export interface WriteLog {
  readonly indexes: Int32Array;
  readonly written: Uint8Array;
  count: number;
}

export function writeLog(n: number): WriteLog {
  return { indexes: new Int32Array(n), written: new Uint8Array(n), count: 0 };
}

function logWrite(log: WriteLog | null, i: number): void {
  if (log && log.written[i] === 0) {
    log.written[i] = 1;
    log.indexes[log.count++] = i;
  }
}

/** Sets the failed AZs and regions of a scenario in `azDown` / `regionDown`, or clears them (`value` 0). */
export function markScenario(topo: Topology, scenario: Scenario, azDown: Uint8Array, regionDown: Uint8Array, value: 0 | 1): void {
  const { indexOf } = topo;
  for (const id of scenario.failedRegions) {
    const r = indexOf.get(id) ?? NONE;
    if (r === NONE || topo.resources[r]?.kind !== 'region') continue;
    regionDown[r] = value;
    for (const az of topo.azsOfRegion.get(r) ?? []) azDown[az] = value;
  }
  for (const id of scenario.failedAzs) {
    const a = indexOf.get(id) ?? NONE;
    if (a !== NONE && topo.resources[a]?.kind === 'availabilityZone') azDown[a] = value;
  }
}

/** Flags the resources of zone `z` in `placed` as queued; returns how many were not yet. */
function mark(placed: Csr, z: number, queued: Uint8Array): number {
  let added = 0;
  const { offsets, data } = placed;
  for (let k = offsets[z] ?? 0, end = offsets[z + 1] ?? 0; k < end; k++) {
    const i = data[k] as number;
    if (queued[i] === 0) {
      queued[i] = 1;
      added++;
    }
  }
  return added;
}

function sameReasons(a: readonly Reason[] | undefined, b: readonly Reason[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k] as Reason;
    const q = y[k] as Reason;
    if (p === q) continue;
    if (p.code !== q.code || p.detail !== q.detail || p.causes.length !== q.causes.length) return false;
    for (let c = 0; c < p.causes.length; c++) if (p.causes[c] !== q.causes[c]) return false;
  }
  return true;
}

/**
 * Runs the fixpoint on `state`. Without `incremental` every resource is evaluated; with it (the
 * state then holds the no-failure evaluation) only the resources placed in a failed AZ or region and
 * those whose rule reads zone states (routers, object storage endpoints), in index order, then
 * whatever their changes reach: failing zones never improves a status, so the no-failure statuses
 * are a valid starting point.
 */
export function runFixpoint(state: EvalState, dependents: Csr, incremental: boolean, log: WriteLog | null): void {
  const { topo, status, reasons, azDown, regionDown } = state;
  const n = topo.n;
  if (n === 0) return;
  const { slots, queued } = queueOf(topo);
  const { offsets: readerStart, data: readerList } = dependents;
  let head = 0;
  let size = 0;
  if (!incremental) {
    for (let i = 0; i < n; i++) {
      slots[i] = i;
      queued[i] = 1;
    }
    size = n;
  } else {
    // Mark the starting resources, then queue them in index order (the order a full scan finds them in).
    const { tables, byKind } = topo;
    let marked = 0;
    const azs = byKind[K_AZ] ?? NO_INDEXES;
    for (let k = 0; k < azs.length; k++) {
      const a = azs[k] as number;
      if (azDown[a] !== 0) marked += mark(tables.placedInAz, a, queued);
    }
    for (const r of topo.regions) if (regionDown[r] !== 0) marked += mark(tables.placedInRegion, r, queued);
    const readers = tables.zoneReaders;
    for (let k = 0; k < readers.length; k++) {
      const i = readers[k] as number;
      if (queued[i] === 0) {
        queued[i] = 1;
        marked++;
      }
    }
    for (let i = 0; size < marked; i++) if (queued[i] !== 0) slots[size++] = i;
  }
  // Safety net: a fixpoint needs at most a few passes per resource; never loop forever.
  let budget = 64 * (n + 16);
  try {
    while (size > 0 && budget > 0) {
      budget--;
      const i = slots[head] as number;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      queued[i] = 0;
      const next = evaluateRule(state, i);
      const current = status[i] as number;
      if (next.code < current) continue;
      // An OK resource has no reasons, and OK results carry none: nothing to compare.
      if (next.code === current && (current === OK || sameReasons(next.reasons, reasons[i]))) continue;
      logWrite(log, i);
      status[i] = next.code;
      reasons[i] = next.code === OK ? undefined : next.reasons;
      for (let k = readerStart[i] as number, end = readerStart[i + 1] as number; k < end; k++) {
        const d = readerList[k] as number;
        if (queued[d] !== 0) continue;
        queued[d] = 1;
        const tail = head + size;
        slots[tail >= n ? tail - n : tail] = d;
        size++;
      }
    }
  } finally {
    // Leave the shared queue empty, also when the safety net stopped the loop early.
    for (; size > 0; size--) {
      queued[slots[head] as number] = 0;
      head = head + 1 === n ? 0 : head + 1;
    }
  }
}

/** Regions are DEGRADED while some of their AZs are down (AZ_OUTAGE), FAILED when selected. */
export function finishZones(state: EvalState, log: WriteLog | null): void {
  const { topo } = state;
  for (const region of topo.regions) {
    if (state.regionDown[region]) continue;
    const down = (topo.azsOfRegion.get(region) ?? []).filter((a) => state.azDown[a]);
    if (down.length === 0) continue;
    logWrite(log, region);
    state.status[region] = DEGRADED;
    state.reasons[region] = [{ code: 'AZ_OUTAGE', causes: down.map((a) => topo.ids[a] as ResourceId), inferred: false }];
  }
}
