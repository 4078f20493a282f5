/**
 * The links of the indexed design that need routed paths: pool members (how each load balancer
 * reaches its backend) and dependencies (with their precomputed private paths).
 */
import type { Design, Resource, ResourceId } from '../model/types';
import { addTo, lists, NONE, type Placement, type ResourceIndex } from './placement';
import { NO_PATH, privatePath, type RoutedPath, type RoutingTables } from './routing';
import type { DependencyEdge, MemberInfo } from './topology';

/** A dependsOn relation between two resolved instances/targets. */
export type DependencyRelation = { rel: Extract<Design['relations'][number], { kind: 'dependsOn' }>; s: number; t: number };

/** How each pool member is reached, by member index. */
export function buildMembers(
  idx: ResourceIndex,
  look: (id: ResourceId | null | undefined) => number,
  lbOf: Int32Array,
  portSubnets: readonly (readonly number[])[],
  routing: RoutingTables,
): Map<number, MemberInfo> {
  const { n, resources } = idx;
  // Members may name another LB's VIP or floating IP address instead of an instance (F41 pattern).
  const byAddress = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = resources[i] as Resource;
    if (r.kind === 'floatingIp' && r.address) byAddress.set(r.address, i);
    if (r.kind === 'loadBalancer' && r.vipAddress) byAddress.set(r.vipAddress, i);
  }
  const out = new Map<number, MemberInfo>();
  for (let i = 0; i < n; i++) {
    const r = resources[i] as Resource;
    if (r.kind !== 'poolMember') continue;
    const lb = lbOf[i] ?? NONE;
    const lbRes = lb === NONE ? undefined : resources[lb];
    let backend = look(r.instance);
    if (backend === NONE && r.address) backend = byAddress.get(r.address) ?? NONE;
    const info: MemberInfo = { pool: look(r.pool), lb, backend, reach: 'none', reachNodes: [] };
    const vip = lbRes?.kind === 'loadBalancer' ? look(lbRes.vipSubnet) : NONE;
    const backendKind = backend === NONE ? undefined : resources[backend]?.kind;
    if (backendKind !== 'instance') {
      // Public or VIP addresses are reached like any address; treat them as directly reachable.
      info.reach = backend === NONE ? 'none' : 'direct';
    } else if (look(r.subnet) !== NONE || (vip !== NONE && (portSubnets[backend] ?? []).includes(vip))) {
      info.reach = 'direct';
    } else if (vip !== NONE) {
      const path = findForward(routing, vip, portSubnets[backend] ?? []);
      if (path) {
        info.reach = 'routed';
        info.reachNodes = path;
      }
    }
    out.set(i, info);
  }
  return out;
}

function findForward(routing: RoutingTables, fromSubnet: number, targets: readonly number[]): number[] | null {
  const p = privatePath(routing, [fromSubnet], fromSubnet, targets, NONE);
  if (p.direct) return [];
  // Only the forward direction is required for members (DOMAIN.md 2.3 PoolMember).
  return p.forward.length > 0 ? p.forward : null;
}

/** Every dependency with its private path, per source and in relation order. */
export function buildDependencies(
  idx: ResourceIndex,
  rels: readonly DependencyRelation[],
  placement: Placement,
  portSubnets: readonly (readonly number[])[],
  primarySubnet: Int32Array,
  fipTarget: Int32Array,
  routing: RoutingTables,
): { depsOf: DependencyEdge[][]; all: DependencyEdge[] } {
  const { n, resources } = idx;
  const depsOf = lists<DependencyEdge>(n);
  const all: DependencyEdge[] = [];
  const endpointSubnets = (t: number): { subnets: readonly number[]; primary: number } => {
    const r = resources[t];
    if (r?.kind === 'instance') return { subnets: portSubnets[t] ?? [], primary: primarySubnet[t] ?? NONE };
    if (r?.kind === 'loadBalancer') {
      const vip = r.vipSubnet === null ? NONE : (idx.indexOf.get(r.vipSubnet) ?? NONE);
      return { subnets: vip === NONE ? [] : [vip], primary: vip };
    }
    if (r?.kind === 'floatingIp') {
      const target = fipTarget[t] ?? NONE;
      return target === NONE ? { subnets: [], primary: NONE } : endpointSubnets(target);
    }
    return { subnets: [], primary: NONE };
  };
  for (const { rel, s, t } of rels) {
    const crossRegion =
      placement.region[s] !== NONE && placement.region[t] !== NONE && placement.region[s] !== placement.region[t];
    let path: RoutedPath | null = null;
    if (rel.via === 'private') {
      const target = endpointSubnets(t);
      path = crossRegion
        ? NO_PATH
        : privatePath(routing, portSubnets[s] ?? [], primarySubnet[s] ?? NONE, target.subnets, target.primary);
    }
    const edge: DependencyEdge = {
      relationId: rel.id,
      index: all.length,
      source: s,
      target: t,
      required: rel.required,
      via: rel.via,
      group: rel.failoverGroup?.group ?? null,
      order: rel.failoverGroup?.order ?? 0,
      failover: rel.failoverGroup?.failover ?? 'automatic',
      path,
      crossRegion,
    };
    all.push(edge);
    addTo(depsOf, s, edge);
  }
  return { depsOf, all };
}
