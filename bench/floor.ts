/**
 * The FLOOR baseline of the engine benchmark: the least work any outage analysis can do. The
 * engine's own dependency graph (who reads whose status) is packed once into CSR typed arrays; each
 * scenario is then one worklist pass with plain up/down semantics — a resource is down when its AZ
 * or region failed, or when something it depends on is down. No reasons, causes, degraded states,
 * failover groups or services.
 */
import type { Csr as DependentsCsr } from '../src/engine/csr';
import { NONE, type Topology } from '../src/engine/topology';
import type { Scenario } from '../src/engine/types';

export interface Csr {
  n: number;
  /** `targets[offsets[i] .. offsets[i+1])` are the resources that depend on resource i. */
  offsets: Int32Array;
  targets: Int32Array;
  az: Int32Array;
  region: Int32Array;
  indexOf: ReadonlyMap<string, number>;
  azsOfRegion: ReadonlyMap<number, readonly number[]>;
}

/** Copies the engine's dependents (already CSR) into the floor's own arrays (done once per design, like indexing). */
export function buildCsr(topo: Topology, dependents: DependentsCsr): Csr {
  const n = topo.n;
  const offsets = dependents.offsets.slice(0, n + 1);
  const targets = dependents.data.slice(0, offsets[n] ?? 0);
  return { n, offsets, targets, az: topo.placement.az, region: topo.placement.region, indexOf: topo.indexOf, azsOfRegion: topo.azsOfRegion };
}

/** Scratch buffers reused across scenarios so the floor allocates nothing per pass. */
export interface FloorScratch {
  down: Uint8Array;
  azDown: Uint8Array;
  regionDown: Uint8Array;
  queue: Int32Array;
}

export function floorScratch(n: number): FloorScratch {
  return { down: new Uint8Array(n), azDown: new Uint8Array(n), regionDown: new Uint8Array(n), queue: new Int32Array(n) };
}

/** One worklist pass: returns how many resources are down under the scenario. */
export function floorScenario(csr: Csr, scenario: Scenario, s: FloorScratch): number {
  const { n, offsets, targets, az, region } = csr;
  s.down.fill(0);
  s.azDown.fill(0);
  s.regionDown.fill(0);
  for (const id of scenario.failedRegions) {
    const r = csr.indexOf.get(id) ?? NONE;
    if (r === NONE) continue;
    s.regionDown[r] = 1;
    for (const a of csr.azsOfRegion.get(r) ?? []) s.azDown[a] = 1;
  }
  for (const id of scenario.failedAzs) {
    const a = csr.indexOf.get(id) ?? NONE;
    if (a !== NONE) s.azDown[a] = 1;
  }
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const a = az[i] as number;
    const r = region[i] as number;
    if ((a !== NONE && s.azDown[a] === 1) || (r !== NONE && s.regionDown[r] === 1)) {
      s.down[i] = 1;
      s.queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const i = s.queue[head] as number;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k++) {
      const d = targets[k] as number;
      if (s.down[d] === 0) {
        s.down[d] = 1;
        s.queue[tail++] = d;
      }
    }
  }
  return tail;
}
