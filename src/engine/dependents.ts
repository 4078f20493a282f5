/**
 * Who reads whose status: for each resource, the resources whose rule must be re-run when its status
 * or reasons change. Built once per design revision, next to the topology.
 */
import { addTo, lists } from './placement';
import { NONE, type Topology } from './topology';

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
