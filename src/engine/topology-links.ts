/**
 * The links of the indexed design that need routed paths: pool members (how each load balancer
 * reaches its backend) and dependencies (with their precomputed private paths).
 */
import type { Design, FloatingIp, HealthMonitor, Listener, LoadBalancer, Pool, PoolMember, ResourceId } from '../model/types';
import { K_FLOATING_IP, K_HEALTH_MONITOR, K_INSTANCE, K_LISTENER, K_LOAD_BALANCER, K_POOL, K_POOL_MEMBER, type KindIndex } from './kinds';
import { groupByKey, type Csr } from './csr';
import { addTo, lists, NONE, type Placement, type ResourceIndex } from './placement';
import { DIRECT_PATH, NO_PATH, privatePath, type RoutedPath, type RoutingTables } from './routing';
import type { DependencyEdge, MemberInfo } from './topology';

/**
 * The dependsOn relations from a resolved instance to a resolved target, with both ends' indexes
 * (in typed arrays sized for every relation of the design; the first `rels.length` are used).
 */
export interface DependencyRelations {
  readonly rels: Extract<Design['relations'][number], { kind: 'dependsOn' }>[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
}

/** Listeners and pools per load balancer, members and monitors per pool, and each one's load balancer. */
export interface LoadBalancerStructure {
  listenersOf: number[][];
  poolsOf: number[][];
  membersOf: number[][];
  monitorsOf: number[][];
  lbOf: Int32Array;
}

/**
 * Builds the load balancer structure, and places listeners, pools, members and monitors where their
 * load balancer is (they follow it, DOMAIN.md 2.2).
 */
export function buildLoadBalancers(idx: ResourceIndex, kinds: KindIndex, placement: Placement): LoadBalancerStructure {
  const { n, resources, indexOf } = idx;
  const { kindCode, byKind } = kinds;
  const look = (id: ResourceId | null): number => (id === null ? NONE : (indexOf.get(id) ?? NONE));
  const out: LoadBalancerStructure = { listenersOf: lists(n), poolsOf: lists(n), membersOf: lists(n), monitorsOf: lists(n), lbOf: new Int32Array(n).fill(NONE) };
  const { lbOf } = out;
  for (const [code, table] of [[K_LISTENER, out.listenersOf], [K_POOL, out.poolsOf]] as const) {
    for (let k = 0, list = byKind[code] ?? NO_INDEXES; k < list.length; k++) {
      const i = list[k] as number;
      const lb = look((resources[i] as Listener | Pool).loadBalancer);
      if (lb === NONE || kindCode[lb] !== K_LOAD_BALANCER) continue;
      lbOf[i] = lb;
      addTo(table, lb, i);
    }
  }
  for (const [code, table] of [[K_POOL_MEMBER, out.membersOf], [K_HEALTH_MONITOR, out.monitorsOf]] as const) {
    for (let k = 0, list = byKind[code] ?? NO_INDEXES; k < list.length; k++) {
      const i = list[k] as number;
      const pool = look((resources[i] as PoolMember | HealthMonitor).pool);
      if (pool === NONE || kindCode[pool] !== K_POOL) continue;
      lbOf[i] = lbOf[pool] ?? NONE;
      addTo(table, pool, i);
    }
  }
  for (const code of [K_LISTENER, K_POOL, K_POOL_MEMBER, K_HEALTH_MONITOR]) {
    for (let k = 0, list = byKind[code] ?? NO_INDEXES; k < list.length; k++) {
      const i = list[k] as number;
      const lb = lbOf[i] ?? NONE;
      if (lb === NONE) continue;
      placement.az[i] = placement.az[lb] ?? NONE;
      placement.region[i] = placement.region[lb] ?? NONE;
    }
  }
  return out;
}

const NO_INDEXES = new Int32Array(0);
/** The hops of a member reached without routers, shared by all of them (paths are never written). */
const NO_HOPS: number[] = [];

/** How each pool member is reached, by member index. */
export function buildMembers(
  idx: ResourceIndex,
  kinds: KindIndex,
  look: (id: ResourceId | null | undefined) => number,
  lbOf: Int32Array,
  portSubnets: readonly (readonly number[])[],
  routing: RoutingTables,
): Map<number, MemberInfo> {
  const { resources } = idx;
  const { kindCode, byKind } = kinds;
  // Members may name another LB's VIP or floating IP address instead of an instance (F41 pattern).
  // Built only when a member names an address, in document order (the last holder of an address wins).
  const members = byKind[K_POOL_MEMBER] ?? NO_INDEXES;
  let byAddress: Map<string, number> | null = null;
  const addressOwner = (address: string): number => {
    if (byAddress === null) {
      byAddress = new Map<string, number>();
      for (let i = 0; i < idx.n; i++) {
        const code = kindCode[i];
        if (code !== K_FLOATING_IP && code !== K_LOAD_BALANCER) continue;
        const r = resources[i] as FloatingIp | LoadBalancer;
        const own = r.kind === 'floatingIp' ? r.address : r.vipAddress;
        if (own) byAddress.set(own, i);
      }
    }
    return byAddress.get(address) ?? NONE;
  };
  const out = new Map<number, MemberInfo>();
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    const r = resources[i] as PoolMember;
    const lb = lbOf[i] ?? NONE;
    const lbRes = lb === NONE ? undefined : resources[lb];
    let backend = look(r.instance);
    if (backend === NONE && r.address) backend = addressOwner(r.address);
    const info: MemberInfo = { pool: look(r.pool), lb, backend, reach: 'none', reachNodes: NO_HOPS };
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

const NO_SUBNETS: readonly number[] = [];

/** True when the two (short) subnet lists share a subnet. */
function shareOne(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (b.includes(a[k] as number)) return true;
  return false;
}

/** Every dependency with its private path, per source and in relation order. */
export function buildDependencies(
  idx: ResourceIndex & KindIndex,
  relations: DependencyRelations,
  placement: Placement,
  portSubnets: readonly (readonly number[])[],
  primarySubnet: Int32Array,
  fipTarget: Int32Array,
  routing: RoutingTables,
): { bySource: Csr; all: DependencyEdge[] } {
  const { n, resources, kindCode } = idx;
  const all: DependencyEdge[] = [];
  // Per-source lists as one CSR over edge indexes (no list per instance for the collector to copy).
  const sources = new Int32Array(relations.rels.length);
  // The subnets a dependency target is reached on, and its primary: an instance's ports, a load
  // balancer's VIP subnet, a floating IP's target's. Set by `resolveTarget` (no object per call).
  let targetSubnets: readonly number[] = NO_SUBNETS;
  let targetPrimary = NONE;
  const resolveTarget = (t: number): void => {
    targetSubnets = NO_SUBNETS;
    targetPrimary = NONE;
    const code = kindCode[t];
    if (code === K_FLOATING_IP) {
      t = fipTarget[t] ?? NONE;
      if (t === NONE) return;
    }
    if (kindCode[t] === K_INSTANCE) {
      targetSubnets = portSubnets[t] ?? NO_SUBNETS;
      targetPrimary = primarySubnet[t] ?? NONE;
    } else if (kindCode[t] === K_LOAD_BALANCER) {
      const vipId = (resources[t] as LoadBalancer).vipSubnet;
      const vip = vipId === null ? NONE : (idx.indexOf.get(vipId) ?? NONE);
      if (vip !== NONE) {
        targetSubnets = [vip];
        targetPrimary = vip;
      }
    }
  };
  // Routed paths depend only on the subnets of both ends, which many dependencies share (every
  // instance of a tier reaching the same database): each distinct routed path is searched once and
  // shared, read-only like every path.
  const routed = new Map<string, RoutedPath>();
  for (let k = 0; k < relations.rels.length; k++) {
    const rel = relations.rels[k] as DependencyRelations['rels'][number];
    const s = relations.sources[k] as number;
    const t = relations.targets[k] as number;
    const crossRegion =
      placement.region[s] !== NONE && placement.region[t] !== NONE && placement.region[s] !== placement.region[t];
    let path: RoutedPath | null = null;
    if (rel.via === 'private') {
      resolveTarget(t);
      const from = portSubnets[s] ?? NO_SUBNETS;
      const fromPrimary = primarySubnet[s] ?? NONE;
      if (crossRegion) path = NO_PATH;
      else if (shareOne(from, targetSubnets)) path = DIRECT_PATH;
      else {
        const key = `${fromPrimary}|${from.join(',')}>${targetPrimary}|${targetSubnets.join(',')}`;
        path = routed.get(key) ?? privatePath(routing, from, fromPrimary, targetSubnets, targetPrimary);
        routed.set(key, path);
      }
    }
    const group = rel.failoverGroup;
    const edge: DependencyEdge = {
      relationId: rel.id,
      index: all.length,
      source: s,
      target: t,
      required: rel.required,
      via: rel.via,
      group: group?.group ?? null,
      order: group?.order ?? 0,
      failover: group?.failover ?? 'automatic',
      path,
      crossRegion,
    };
    sources[all.length] = s;
    all.push(edge);
  }
  return { bySource: groupByKey(sources.subarray(0, all.length), n), all };
}
