/**
 * What the status rules read about each resource besides statuses, resolved once per design
 * revision: flags of the resource's own properties, a listener's default pool, a pool's active
 * members, a record's targets by role, an instance's dependencies grouped for failover. Scenario
 * evaluation then never compares kind strings, looks ids up in maps or filters lists while nothing
 * has failed.
 */
import type { DnsRecord, Listener, LoadBalancer, ObjectStorageEndpoint, Subnet } from '../model/types';
import { K_DNS_RECORD, K_ENDPOINT, K_GLB, K_INSTANCE, K_LISTENER, K_LOAD_BALANCER, K_POOL, K_POOL_MEMBER, K_ROUTER, K_FLOATING_IP, K_SUBNET } from './kinds';
import { addTo, lists, NONE } from './placement';
import type { DependencyEdge, MemberInfo, Topology } from './topology';

/** Subnet: it has a gateway IP. */
export const F_GATEWAY_IP = 1;
/** DNS record: multi-answer mode. */
export const F_DNS_MULTI = 2;
/** Object storage endpoint: replicated. */
export const F_REPLICATED = 4;
/** Listener: an L7 policy other than REDIRECT_TO_POOL answers requests by itself. */
export const F_ANSWERS_ITSELF = 8;

export interface RuleTables {
  /** Per resource: the F_* flags above. */
  readonly flags: Uint8Array;
  /** Per listener: the index of its default pool (NONE without one). */
  readonly listenerPool: Int32Array;
  /** Per load balancer: the index of its VIP subnet (NONE without one). */
  readonly vipSubnetOf: Int32Array;
  /** Per pool: admin-up members that are not backups, and admin-up backups, in member order. */
  readonly poolNormal: readonly (readonly number[])[];
  readonly poolBackup: readonly (readonly number[])[];
  /** Per pool: 1 when an admin-up health monitor checks it. */
  readonly poolMonitored: Uint8Array;
  /** Per GLB or DNS record: its targets in relation order; per record, also split by role. */
  readonly targets: readonly (readonly number[])[];
  readonly primaries: readonly (readonly number[])[];
  readonly standbys: readonly (readonly number[])[];
  /** Per replicated endpoint: the other AZs of its region, in region order. */
  readonly partnerAzs: readonly (readonly number[])[];
  /** Per instance: the gateway holder of its primary subnet (NONE without one). */
  readonly gatewayOf: Int32Array;
  /** Per instance: dependencies outside failover groups, in relation order. */
  readonly singleDeps: readonly (readonly DependencyEdge[])[];
  /** Per instance: failover groups in order of first appearance, each sorted primary first. */
  readonly depGroups: readonly (readonly (readonly DependencyEdge[])[])[];
  /** Per pool member: how its load balancer reaches the backend. */
  readonly memberAt: readonly (MemberInfo | undefined)[];
  /** Resources that can hold a broken static route, floating IP association or member link, in index order. */
  readonly brokenCandidates: Int32Array;
  /** Per AZ / region index: the resources placed in it (where a scenario starts), in index order. */
  readonly placedInAz: readonly (readonly number[])[];
  readonly placedInRegion: readonly (readonly number[])[];
  /** Resources whose rule reads zone states directly (routers, object storage endpoints), in index order. */
  readonly zoneReaders: Int32Array;
}

/** Failover order within a group (DOMAIN.md 2.6): by `order`, then by relation order. */
export const byFailoverOrder = (a: DependencyEdge, b: DependencyEdge): number => a.order - b.order || a.index - b.index;

/** Builds the rule tables of a topology (everything but the tables themselves). */
export function buildRuleTables(topo: Omit<Topology, 'tables'>): RuleTables {
  const { n, resources, byKind } = topo;
  const flags = new Uint8Array(n);
  const listenerPool = new Int32Array(n).fill(NONE);
  const vipSubnetOf = new Int32Array(n).fill(NONE);
  for (const i of byKind[K_LOAD_BALANCER] ?? []) {
    const vip = (resources[i] as LoadBalancer).vipSubnet;
    if (vip !== null) vipSubnetOf[i] = topo.indexOf.get(vip) ?? NONE;
  }
  for (const i of byKind[K_SUBNET] ?? []) if ((resources[i] as Subnet).gatewayIp !== null) flags[i] = F_GATEWAY_IP;
  for (const i of byKind[K_DNS_RECORD] ?? []) if ((resources[i] as DnsRecord).mode === 'multi') flags[i] = F_DNS_MULTI;
  for (const i of byKind[K_ENDPOINT] ?? []) if ((resources[i] as ObjectStorageEndpoint).replicated) flags[i] = F_REPLICATED;
  for (const i of byKind[K_LISTENER] ?? []) {
    const r = resources[i] as Listener;
    if (r.defaultPool !== null) listenerPool[i] = topo.indexOf.get(r.defaultPool) ?? NONE;
    if (r.l7Policies.some((p) => p.action !== 'REDIRECT_TO_POOL')) flags[i] = F_ANSWERS_ITSELF;
  }

  const poolNormal = lists(n);
  const poolBackup = lists(n);
  const poolMonitored = new Uint8Array(n);
  for (const i of byKind[K_POOL] ?? []) {
    for (const m of topo.membersOf[i] ?? []) {
      const r = resources[m];
      if (r?.kind !== 'poolMember' || !r.adminStateUp) continue;
      addTo(r.backup ? poolBackup : poolNormal, i, m);
    }
    for (const h of topo.monitorsOf[i] ?? []) {
      const r = resources[h];
      if (r?.kind === 'healthMonitor' && r.adminStateUp) poolMonitored[i] = 1;
    }
  }

  const targets = lists(n);
  const primaries = lists(n);
  const standbys = lists(n);
  for (const code of [K_GLB, K_DNS_RECORD]) {
    for (const i of byKind[code] ?? []) {
      for (const t of topo.targetsOf[i] ?? []) {
        addTo(targets, i, t.target);
        addTo(t.role === 'standby' ? standbys : primaries, i, t.target);
      }
    }
  }

  const partnerAzs = lists(n);
  for (const i of byKind[K_ENDPOINT] ?? []) {
    const own = topo.placement.az[i] ?? NONE;
    for (const a of topo.azsOfRegion.get(topo.placement.region[i] ?? NONE) ?? []) if (a !== own) addTo(partnerAzs, i, a);
  }

  const gatewayOf = new Int32Array(n).fill(NONE);
  const singleDeps = lists<DependencyEdge>(n);
  const depGroups = lists<DependencyEdge[]>(n);
  for (const i of byKind[K_INSTANCE] ?? []) {
    gatewayOf[i] = topo.routing.gatewayHolder[topo.primarySubnet[i] ?? NONE] ?? NONE;
    let groups: Map<string, DependencyEdge[]> | null = null;
    for (const d of topo.depsOf[i] ?? []) {
      if (d.group === null) {
        addTo(singleDeps, i, d);
        continue;
      }
      groups ??= new Map<string, DependencyEdge[]>();
      const g = groups.get(d.group);
      if (g) g.push(d);
      else groups.set(d.group, [d]);
    }
    if (groups) for (const edges of groups.values()) addTo(depGroups, i, edges.sort(byFailoverOrder));
  }

  const memberAt = new Array<MemberInfo | undefined>(n).fill(undefined);
  for (const [m, info] of topo.member) memberAt[m] = info;

  const placedInAz = lists(n);
  const placedInRegion = lists(n);
  const zoneReaders: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = topo.placement.az[i] ?? NONE;
    const r = topo.placement.region[i] ?? NONE;
    if (a !== NONE) addTo(placedInAz, a, i);
    if (r !== NONE) addTo(placedInRegion, r, i);
    const k = topo.kindCode[i];
    if (k === K_ROUTER || k === K_ENDPOINT) zoneReaders.push(i);
  }

  const candidates: number[] = [];
  for (const r of byKind[K_ROUTER] ?? []) if ((topo.routing.routes[r] ?? []).length > 0) candidates.push(r);
  for (const f of byKind[K_FLOATING_IP] ?? []) if (topo.fipRelation[f]) candidates.push(f);
  for (const m of byKind[K_POOL_MEMBER] ?? []) if (memberAt[m]) candidates.push(m);
  return {
    flags,
    listenerPool,
    vipSubnetOf,
    poolNormal,
    poolBackup,
    poolMonitored,
    targets,
    primaries,
    standbys,
    partnerAzs,
    gatewayOf,
    singleDeps,
    depGroups,
    memberAt,
    brokenCandidates: Int32Array.from(candidates).sort(),
    placedInAz,
    placedInRegion,
    zoneReaders: Int32Array.from(zoneReaders),
  };
}
