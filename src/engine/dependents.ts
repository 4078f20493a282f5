/**
 * Who reads whose status: for each resource, the resources whose rule must be re-run when its status
 * or reasons change. Built once per design revision, next to the topology.
 */
import { CsrBuilder, type Csr } from './csr';
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
import { NONE, type DependencyEdge, type TargetEdge, type Topology } from './topology';

const NO_TARGETS: readonly TargetEdge[] = [];

/**
 * Who reads whose status: for each resource, the resources whose rule must be re-run when it
 * changes, each once, in the order the rules' reads are listed below. Packed as one CSR (two typed
 * arrays), not a list per resource: ten thousand typed-array views were ten thousand heap objects
 * for the young-generation collector to copy while a large design was indexed. The (reader, read)
 * pairs are collected in typed arrays too.
 */
export function buildDependents(topo: Topology): Csr {
  const { n, kindCode, tables } = topo;
  const pairs = new CsrBuilder(n, 4 * n);
  const add = (from: number, to: number): void => {
    if (from !== NONE && to !== NONE && from !== to) pairs.add(from, to);
  };
  // Indexed loops: for…of over these lists allocated an iterator per list.
  const addAll = (froms: readonly number[] | undefined, to: number): void => {
    if (froms !== undefined) for (let k = 0; k < froms.length; k++) add(froms[k] as number, to);
  };
  for (let i = 0; i < n; i++) {
    switch (kindCode[i]) {
      case K_SUBNET:
        add(topo.routing.gatewayHolder[i] ?? NONE, i);
        break;
      case K_INSTANCE:
        add(tables.gatewayOf[i] ?? NONE, i);
        addAll(topo.volumesOf[i], i);
        addAll(topo.publicPortsOf[i], i);
        addAll(topo.replicasOf[i], i);
        break;
      case K_FLOATING_IP:
        add(topo.fipTarget[i] ?? NONE, i);
        add(topo.fipServingRouter[i] ?? NONE, i);
        break;
      case K_PUBLIC_PORT:
        add(topo.publicPortInstance[i] ?? NONE, i);
        break;
      case K_LOAD_BALANCER:
        addAll(topo.listenersOf[i], i);
        break;
      case K_LISTENER:
        add(topo.lbOf[i] ?? NONE, i);
        add(tables.listenerPool[i] ?? NONE, i);
        break;
      case K_POOL:
      case K_HEALTH_MONITOR:
        add(topo.lbOf[i] ?? NONE, i);
        addAll(topo.membersOf[i], i);
        break;
      case K_POOL_MEMBER: {
        const info = memberAt(tables, i);
        if (info) {
          add(info.lb, i);
          add(info.backend, i);
          addAll(info.reachNodes, i);
        }
        break;
      }
      case K_GLB:
      case K_DNS_RECORD:
        for (let k = 0, edges = topo.targetsOf[i] ?? NO_TARGETS; k < edges.length; k++) add((edges[k] as TargetEdge).target, i);
        break;
      default:
        break;
    }
  }
  const { dependencies } = topo;
  for (let k = 0; k < dependencies.length; k++) {
    const d = dependencies[k] as DependencyEdge;
    add(d.target, d.source);
    add(tables.gatewayOf[d.source] ?? NONE, d.source);
    if (d.path !== null) addAll(d.path.nodes, d.source);
  }
  // Deduplicate each resource's readers in first-seen order, into one buffer.
  const { offsets, data } = pairs.build();
  const seenBy = new Int32Array(n).fill(NONE);
  const buffer = new Int32Array(data.length);
  const starts = new Int32Array(n + 1);
  let end = 0;
  for (let from = 0; from < n; from++) {
    starts[from] = end;
    for (let k = offsets[from] ?? 0, last = offsets[from + 1] ?? 0; k < last; k++) {
      const to = data[k] as number;
      if (seenBy[to] === from) continue;
      seenBy[to] = from;
      buffer[end++] = to;
    }
  }
  starts[n] = end;
  return { offsets: starts, data: buffer };
}
