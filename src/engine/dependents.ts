/**
 * Who reads whose status: for each resource, the resources whose rule must be re-run when its status
 * or reasons change. Built once per design revision, next to the topology.
 */
import { CsrBuilder } from './csr';
import {
  K_DNS_RECORD,
  K_FLOATING_IP,
  K_GLB,
  K_HEALTH_MONITOR,
  K_INSTANCE,
  K_LISTENER,
  K_LOAD_BALANCER,
  K_POOL,
  K_POOL_MEMBER,
  K_PUBLIC_PORT,
  K_SUBNET,
} from './kinds';
import { memberAt } from './ruleTables';
import { NONE, type Topology } from './topology';

const NO_DEPENDENTS = new Int32Array(0);

/**
 * Who reads whose status: for each resource, the resources whose rule must be re-run when it
 * changes, each once, in the order the rules' reads are listed below. The lists are views of one
 * buffer, and resources nobody reads share one empty list (thousands of small typed arrays were
 * costly); the (reader, read) pairs are collected in typed arrays, not in a list per resource.
 */
export function buildDependents(topo: Topology): Int32Array[] {
  const { n, kindCode, tables } = topo;
  const pairs = new CsrBuilder(n, 4 * n);
  const add = (from: number, to: number): void => {
    if (from !== NONE && to !== NONE && from !== to) pairs.add(from, to);
  };
  for (let i = 0; i < n; i++) {
    switch (kindCode[i]) {
      case K_SUBNET:
        add(topo.routing.gatewayHolder[i] ?? NONE, i);
        break;
      case K_INSTANCE:
        add(tables.gatewayOf[i] ?? NONE, i);
        for (const v of topo.volumesOf[i] ?? []) add(v, i);
        for (const p of topo.publicPortsOf[i] ?? []) add(p, i);
        for (const peer of topo.replicasOf[i] ?? []) add(peer, i);
        break;
      case K_FLOATING_IP:
        add(topo.fipTarget[i] ?? NONE, i);
        add(topo.fipServingRouter[i] ?? NONE, i);
        break;
      case K_PUBLIC_PORT:
        add(topo.publicPortInstance[i] ?? NONE, i);
        break;
      case K_LOAD_BALANCER:
        for (const l of topo.listenersOf[i] ?? []) add(l, i);
        break;
      case K_LISTENER:
        add(topo.lbOf[i] ?? NONE, i);
        add(tables.listenerPool[i] ?? NONE, i);
        break;
      case K_POOL:
      case K_HEALTH_MONITOR:
        add(topo.lbOf[i] ?? NONE, i);
        for (const m of topo.membersOf[i] ?? []) add(m, i);
        break;
      case K_POOL_MEMBER: {
        const info = memberAt(tables, i);
        if (info) {
          add(info.lb, i);
          add(info.backend, i);
          for (const x of info.reachNodes) add(x, i);
        }
        break;
      }
      case K_GLB:
      case K_DNS_RECORD:
        for (const t of topo.targetsOf[i] ?? []) add(t.target, i);
        break;
      default:
        break;
    }
  }
  for (const d of topo.dependencies) {
    add(d.target, d.source);
    add(tables.gatewayOf[d.source] ?? NONE, d.source);
    for (const x of d.path?.nodes ?? []) add(x, d.source);
  }
  // Deduplicate each resource's readers in first-seen order, into one buffer.
  const { offsets, data } = pairs.build();
  const seenBy = new Int32Array(n).fill(NONE);
  const buffer = new Int32Array(data.length);
  const out = new Array<Int32Array>(n);
  let end = 0;
  for (let from = 0; from < n; from++) {
    const start = end;
    for (let k = offsets[from] ?? 0, last = offsets[from + 1] ?? 0; k < last; k++) {
      const to = data[k] as number;
      if (seenBy[to] === from) continue;
      seenBy[to] = from;
      buffer[end++] = to;
    }
    out[from] = end > start ? buffer.subarray(start, end) : NO_DEPENDENTS;
  }
  return out;
}
