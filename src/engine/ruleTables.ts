/**
 * What the status rules read about each resource besides statuses, resolved once per design
 * revision: flags of the resource's own properties, a listener's default pool, a pool's active
 * members, a record's targets by role, an instance's dependencies grouped for failover. Scenario
 * evaluation then never compares kind strings, looks ids up in maps or filters lists while nothing
 * has failed.
 */
import type { DnsRecord, Listener, LoadBalancer, ObjectStorageEndpoint, Subnet } from '../model/types';
import { K_DNS_RECORD, K_ENDPOINT, K_GLB, K_INSTANCE, K_LISTENER, K_LOAD_BALANCER, K_POOL, K_POOL_MEMBER, K_ROUTER, K_FLOATING_IP, K_SUBNET } from './kinds';
import { CsrBuilder, groupByKey, type Csr } from './csr';
import { NONE } from './placement';
import type { DependencyEdge, MemberInfo, TargetEdge, Topology } from './topology';

/** Subnet: it has a gateway IP. */
export const F_GATEWAY_IP = 1;
/** DNS record: multi-answer mode. */
export const F_DNS_MULTI = 2;
/** Object storage endpoint: replicated. */
export const F_REPLICATED = 4;
/** Listener: an L7 policy other than REDIRECT_TO_POOL answers requests by itself. */
export const F_ANSWERS_ITSELF = 8;

/** Instance watch flag: a dependency it checks has no private path, so it is never unharmed. */
export const W_NO_PATH = 1;
/** Instance watch flag: a dependency it checks is public, so it needs a way out. */
export const W_EGRESS = 2;

export interface RuleTables {
  /** Per resource: the F_* flags above. */
  readonly flags: Uint8Array;
  /** Per listener: the index of its default pool (NONE without one). */
  readonly listenerPool: Int32Array;
  /** Per load balancer: the index of its VIP subnet (NONE without one). */
  readonly vipSubnetOf: Int32Array;
  /** Per pool: admin-up members that are not backups, and admin-up backups, in member order. */
  readonly poolNormal: Csr;
  readonly poolBackup: Csr;
  /** Per pool: 1 when an admin-up health monitor checks it. */
  readonly poolMonitored: Uint8Array;
  /** Per GLB or DNS record: its targets in relation order; per record, also split by role. */
  readonly targets: Csr;
  readonly primaries: Csr;
  readonly standbys: Csr;
  /** Per replicated endpoint: the other AZs of its region, in region order. */
  readonly partnerAzs: Csr;
  /** Per instance: the gateway holder of its primary subnet (NONE without one). */
  readonly gatewayOf: Int32Array;
  /** Per instance: its dependencies outside failover groups, as indexes into `dependencies`, in relation order. */
  readonly singleDeps: Csr;
  /** Per instance: its failover groups (in order of first appearance), as indexes into `groupEdges`. */
  readonly groupsOf: Csr;
  /** Per failover group: its dependencies (indexes into `dependencies`), primary first, in failover order. */
  readonly groupEdges: Csr;
  /**
   * Per instance, what its rule needs alive to have nothing to report (see instanceUnharmed):
   * volumes, the gateway, replicas, and for each dependency it checks (those outside groups and
   * each group's primary) the target and the routers on its private path; the DNS records among
   * those targets (which may need re-pointing); and W_* flags.
   */
  readonly watchLive: Csr;
  readonly watchRecords: Csr;
  readonly watchFlags: Uint8Array;
  /** Per pool member: its slot in `members` (NONE for other resources). */
  readonly memberSlot: Int32Array;
  readonly members: readonly MemberInfo[];
  /** Resources that can hold a broken static route, floating IP association or member link, in index order. */
  readonly brokenCandidates: Int32Array;
  /** Per AZ / region index: the resources placed in it (where a scenario starts), in index order. */
  readonly placedInAz: Csr;
  readonly placedInRegion: Csr;
  /** Resources whose rule reads zone states directly (routers, object storage endpoints), in index order. */
  readonly zoneReaders: Int32Array;
}

/** Failover order within a group (DOMAIN.md 2.6): by `order`, then by relation order. */
export const byFailoverOrder = (a: DependencyEdge, b: DependencyEdge): number => a.order - b.order || a.index - b.index;

/** How pool member `m` is reached, or undefined when `m` is not a resolved pool member. */
export function memberAt(tables: RuleTables, m: number): MemberInfo | undefined {
  const slot = tables.memberSlot[m] ?? NONE;
  return slot === NONE ? undefined : tables.members[slot];
}

const NO_INDEXES = new Int32Array(0);
// Indexed loops over the per-resource lists below: for…of over them allocated an iterator per list.
const NO_LIST: readonly number[] = [];
const NO_TARGETS: readonly TargetEdge[] = [];

/** Builds the rule tables of a topology (everything but the tables themselves). */
export function buildRuleTables(topo: Omit<Topology, 'tables'>): RuleTables {
  const { n, resources, byKind } = topo;
  // Indexed loops: for…of over typed arrays is not compiled down to a plain loop by V8 (measured 7x slower).
  const ofCode = (code: number): Int32Array => byKind[code] ?? NO_INDEXES;
  const flags = new Uint8Array(n);
  const listenerPool = new Int32Array(n).fill(NONE);
  const vipSubnetOf = new Int32Array(n).fill(NONE);
  for (let k = 0, list = ofCode(K_LOAD_BALANCER); k < list.length; k++) {
    const i = list[k] as number;
    const vip = (resources[i] as LoadBalancer).vipSubnet;
    if (vip !== null) vipSubnetOf[i] = topo.indexOf.get(vip) ?? NONE;
  }
  for (let k = 0, list = ofCode(K_SUBNET); k < list.length; k++) {
    const i = list[k] as number;
    if ((resources[i] as Subnet).gatewayIp !== null) flags[i] = F_GATEWAY_IP;
  }
  for (let k = 0, list = ofCode(K_DNS_RECORD); k < list.length; k++) {
    const i = list[k] as number;
    if ((resources[i] as DnsRecord).mode === 'multi') flags[i] = F_DNS_MULTI;
  }
  for (let k = 0, list = ofCode(K_ENDPOINT); k < list.length; k++) {
    const i = list[k] as number;
    if ((resources[i] as ObjectStorageEndpoint).replicated) flags[i] = F_REPLICATED;
  }
  for (let k = 0, list = ofCode(K_LISTENER); k < list.length; k++) {
    const i = list[k] as number;
    const r = resources[i] as Listener;
    if (r.defaultPool !== null) listenerPool[i] = topo.indexOf.get(r.defaultPool) ?? NONE;
    if (r.l7Policies.some((p) => p.action !== 'REDIRECT_TO_POOL')) flags[i] = F_ANSWERS_ITSELF;
  }

  const poolNormal = new CsrBuilder(n);
  const poolBackup = new CsrBuilder(n);
  const poolMonitored = new Uint8Array(n);
  for (let k = 0, list = ofCode(K_POOL); k < list.length; k++) {
    const i = list[k] as number;
    const poolMembers = topo.membersOf[i] ?? NO_LIST;
    for (let j = 0; j < poolMembers.length; j++) {
      const m = poolMembers[j] as number;
      const r = resources[m];
      if (r?.kind !== 'poolMember' || !r.adminStateUp) continue;
      (r.backup ? poolBackup : poolNormal).add(i, m);
    }
    const monitors = topo.monitorsOf[i] ?? NO_LIST;
    for (let j = 0; j < monitors.length; j++) {
      const r = resources[monitors[j] as number];
      if (r?.kind === 'healthMonitor' && r.adminStateUp) poolMonitored[i] = 1;
    }
  }

  const targets = new CsrBuilder(n);
  const primaries = new CsrBuilder(n);
  const standbys = new CsrBuilder(n);
  for (const code of [K_GLB, K_DNS_RECORD]) {
    for (let k = 0, list = ofCode(code); k < list.length; k++) {
      const i = list[k] as number;
      const edges = topo.targetsOf[i] ?? NO_TARGETS;
      for (let j = 0; j < edges.length; j++) {
        const t = edges[j] as TargetEdge;
        targets.add(i, t.target);
        (t.role === 'standby' ? standbys : primaries).add(i, t.target);
      }
    }
  }

  const partnerAzs = new CsrBuilder(n);
  for (let k = 0, list = ofCode(K_ENDPOINT); k < list.length; k++) {
    const i = list[k] as number;
    const own = topo.placement.az[i] ?? NONE;
    for (const a of topo.azsOfRegion.get(topo.placement.region[i] ?? NONE) ?? []) if (a !== own) partnerAzs.add(i, a);
  }

  const gatewayOf = new Int32Array(n).fill(NONE);
  const singleDeps = new CsrBuilder(n);
  const groupsOf = new CsrBuilder(n);
  // Keys are group numbers, so the builder's size is set once all groups are known.
  const groupEdges = new CsrBuilder(Number.MAX_SAFE_INTEGER);
  let groupCount = 0;
  const watchLive = new CsrBuilder(n, 2 * n);
  const watchRecords = new CsrBuilder(n);
  const watchFlags = new Uint8Array(n);
  const { dependencies, depsBySource } = topo;
  const depIndex = depsBySource.data;
  const watch = (i: number, d: DependencyEdge): void => {
    watchLive.add(i, d.target);
    if (topo.kindCode[d.target] === K_DNS_RECORD) watchRecords.add(i, d.target);
    if (d.via !== 'private') watchFlags[i] = (watchFlags[i] ?? 0) | W_EGRESS;
    else if (!d.path?.exists) watchFlags[i] = (watchFlags[i] ?? 0) | W_NO_PATH;
    else {
      const nodes = d.path.nodes;
      for (let j = 0; j < nodes.length; j++) if (nodes[j] !== i) watchLive.add(i, nodes[j] as number);
    }
  };
  for (let k = 0, list = ofCode(K_INSTANCE); k < list.length; k++) {
    const i = list[k] as number;
    const gateway = topo.routing.gatewayHolder[topo.primarySubnet[i] ?? NONE] ?? NONE;
    gatewayOf[i] = gateway;
    const volumes = topo.volumesOf[i] ?? NO_LIST;
    for (let j = 0; j < volumes.length; j++) watchLive.add(i, volumes[j] as number);
    // A custom-router instance is its own gateway: it does not lose it.
    if (gateway !== i && gateway !== NONE) watchLive.add(i, gateway);
    const peers = topo.replicasOf[i] ?? NO_LIST;
    for (let j = 0; j < peers.length; j++) watchLive.add(i, peers[j] as number);
    // The instance's dependencies are dependencies[depIndex[depStart .. depEnd)], in relation order.
    const depStart = depsBySource.offsets[i] ?? 0;
    const depEnd = depsBySource.offsets[i + 1] ?? 0;
    for (let j = depStart; j < depEnd; j++) {
      const d = dependencies[depIndex[j] as number] as DependencyEdge;
      if (d.group !== null) continue;
      singleDeps.add(i, d.index);
      watch(i, d);
    }
    // Groups in order of first appearance; an instance has a handful of grouped dependencies at most,
    // so each group is gathered by scanning its list again rather than into a list per group.
    for (let g = depStart; g < depEnd; g++) {
      const name = (dependencies[depIndex[g] as number] as DependencyEdge).group;
      if (name === null) continue;
      let seen = false;
      for (let h = depStart; h < g && !seen; h++) seen = (dependencies[depIndex[h] as number] as DependencyEdge).group === name;
      if (seen) continue;
      const first = groupEdges.count;
      let ordered = true;
      let previous: DependencyEdge | null = null;
      for (let h = g; h < depEnd; h++) {
        const d = dependencies[depIndex[h] as number] as DependencyEdge;
        if (d.group !== name) continue;
        if (previous !== null && byFailoverOrder(previous, d) > 0) ordered = false;
        previous = d;
        groupEdges.add(groupCount, d.index);
      }
      // Groups are usually listed in failover order already; only the others are sorted.
      if (!ordered) groupEdges.sortLast(groupEdges.count - first, (a, b) => byFailoverOrder(topo.dependencies[a] as DependencyEdge, topo.dependencies[b] as DependencyEdge));
      groupsOf.add(i, groupCount);
      watch(i, topo.dependencies[groupEdges.valueAt(first)] as DependencyEdge);
      groupCount++;
    }
  }
  groupEdges.resize(groupCount);

  const memberSlot = new Int32Array(n).fill(NONE);
  const members: MemberInfo[] = [];
  topo.member.forEach((info, m) => {
    memberSlot[m] = members.length;
    members.push(info);
  });

  const zoneReaders = [...(byKind[K_ROUTER] ?? []), ...(byKind[K_ENDPOINT] ?? [])].sort((a, b) => a - b);

  const candidates: number[] = [];
  for (let k = 0, list = ofCode(K_ROUTER); k < list.length; k++) {
    const r = list[k] as number;
    if ((topo.routing.routes[r] ?? []).length > 0) candidates.push(r);
  }
  for (let k = 0, list = ofCode(K_FLOATING_IP); k < list.length; k++) {
    const f = list[k] as number;
    if (topo.fipRelation[f]) candidates.push(f);
  }
  for (let k = 0, list = ofCode(K_POOL_MEMBER); k < list.length; k++) {
    const m = list[k] as number;
    if (memberSlot[m] !== NONE) candidates.push(m);
  }
  return {
    flags,
    listenerPool,
    vipSubnetOf,
    poolNormal: poolNormal.build(),
    poolBackup: poolBackup.build(),
    poolMonitored,
    targets: targets.build(),
    primaries: primaries.build(),
    standbys: standbys.build(),
    partnerAzs: partnerAzs.build(),
    gatewayOf,
    watchLive: watchLive.build(),
    watchRecords: watchRecords.build(),
    watchFlags,
    singleDeps: singleDeps.build(),
    groupsOf: groupsOf.build(),
    groupEdges: groupEdges.build(),
    memberSlot,
    members,
    brokenCandidates: Int32Array.from(candidates).sort(),
    placedInAz: groupByKey(topo.placement.az, n),
    placedInRegion: groupByKey(topo.placement.region, n),
    zoneReaders: Int32Array.from(zoneReaders),
  };
}
