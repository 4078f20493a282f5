/**
 * The indexed view of a design that every analysis reads: placement, ports, interfaces, gateway
 * holders, floating IP serving routers, load balancer structure, targets, dependencies with their
 * precomputed paths. Built once per design revision; scenario evaluation only reads it.
 */
import type { Design, FipAssociationRelation, FloatingIp, PublicPort, RelationId, Resource, ResourceId, ResourceKind, Router } from '../model/types';
import type { Csr } from './csr';
import { buildKindIndex, K_DNS_RECORD, K_FLOATING_IP, K_GLB, K_INSTANCE, K_LOAD_BALANCER, K_PUBLIC_PORT, K_ROUTER, K_SUBNET, K_VOLUME, KIND_CODE, type KindIndex } from './kinds';
import { addTo, buildResourceIndex, computePlacement, lists, NONE, type Placement, type ResourceIndex } from './placement';
import { buildRoutingTables, InterfaceList, type RoutedPath, type RoutingTables } from './routing';
import { buildRuleTables, type RuleTables } from './ruleTables';
import { buildDependencies, buildLoadBalancers, buildMembers, type DependencyRelations } from './topology-links';

export { NONE } from './placement';

export interface DependencyEdge {
  relationId: RelationId;
  index: number;
  source: number;
  target: number;
  required: boolean;
  via: 'private' | 'public';
  group: string | null;
  order: number;
  failover: 'automatic' | 'manual';
  /** For private dependencies: the routed path (nodes must be alive). */
  path: RoutedPath | null;
  crossRegion: boolean;
}

export interface MemberInfo {
  pool: number;
  lb: number;
  /** Backend: an instance, or a floating IP / load balancer matched by the member's address. */
  backend: number;
  /** How the LB reaches the backend: direct (same/plugged subnet), routed (nodes must be alive), or not at all. */
  reach: 'direct' | 'routed' | 'none';
  reachNodes: number[];
}

export interface TargetEdge {
  relationId: RelationId;
  target: number;
  role: 'primary' | 'standby' | 'member';
}

export interface Topology extends ResourceIndex, KindIndex {
  readonly design: Design;
  /** The indexes of every resource of `kind`, in document order (a view; never write into it). */
  ofKind(kind: ResourceKind): Int32Array;
  /** What the status rules read besides statuses (see `ruleTables.ts`). */
  readonly tables: RuleTables;
  readonly placement: Placement;
  readonly routing: RoutingTables;
  /** Per instance: subnets of its ports (primary first), and the primary subnet. */
  readonly portSubnets: readonly (readonly number[])[];
  readonly primarySubnet: Int32Array;
  /** Per router: subnets it has an interface on. */
  readonly interfaceSubnets: readonly (readonly number[])[];
  /** Per floating IP: association target (instance or LB), the port subnet, and the serving router. */
  readonly fipTarget: Int32Array;
  readonly fipSubnet: Int32Array;
  readonly fipServingRouter: Int32Array;
  readonly fipRelation: readonly (RelationId | null)[];
  /** Per router/publicPort: AZ of its external network (NONE when none or unknown). */
  readonly extNetAz: Int32Array;
  /** Per public port: its instance; per instance: its public ports. */
  readonly publicPortInstance: Int32Array;
  readonly publicPortsOf: readonly (readonly number[])[];
  /** Per volume: the attached instance; per instance: attached volumes. */
  readonly volumeInstance: Int32Array;
  readonly volumesOf: readonly (readonly number[])[];
  /** Load balancer structure. */
  readonly listenersOf: readonly (readonly number[])[];
  readonly poolsOf: readonly (readonly number[])[];
  readonly membersOf: readonly (readonly number[])[];
  readonly monitorsOf: readonly (readonly number[])[];
  /** Per listener/pool/member/monitor: its load balancer. */
  readonly lbOf: Int32Array;
  readonly member: ReadonlyMap<number, MemberInfo>;
  /** GLB and DNS record targets. */
  readonly targetsOf: readonly (readonly TargetEdge[])[];
  /** All dependencies, in relation order; per instance, the indexes of its own in `dependencies`, in relation order. */
  readonly dependencies: readonly DependencyEdge[];
  readonly depsBySource: Csr;
  /** Per instance: replication peers (symmetric). */
  readonly replicasOf: readonly (readonly number[])[];
  /** Every floating IP associated to each target. */
  readonly fipsOf: readonly (readonly number[])[];
  /**
   * Every port and router interface relation with both ends resolved, in relation order, whatever
   * the kinds of its ends: `[from, to, 1 for a router interface else 0]` per relation.
   */
  readonly interfaceLinks: Int32Array;
  /** Every floating IP association with both ends resolved, in relation order. */
  readonly fipAssociations: readonly FipAssociationRelation[];
}


const NO_INDEXES = new Int32Array(0);

/** Builds the indexed topology of a design. Never throws on dangling references: they are skipped. */
export function buildTopology(design: Design): Topology {
  const idx = buildResourceIndex(design);
  const { n, resources, indexOf } = idx;
  const look = (id: ResourceId | null | undefined): number => (id == null ? NONE : (indexOf.get(id) ?? NONE));
  const kinds = buildKindIndex(resources);
  const { kindCode, byKind } = kinds;

  const portSubnets = lists(n);
  const interfaceSubnets = lists(n);
  const primaryOf = new Int32Array(n).fill(NONE);
  const relationCount = design.relations.length;
  // Interfaces as parallel lists, router interfaces and instance ports apart (routers come first).
  // Indexes go to typed arrays sized for every relation (off the collected heap, no regrowth).
  const routerItfs = new InterfaceList(relationCount);
  const instanceItfs = new InterfaceList(relationCount);
  const volumeInstance = new Int32Array(n).fill(NONE);
  const volumesOf = lists(n);
  const replicasOf = lists(n);
  const fipTarget = new Int32Array(n).fill(NONE);
  const fipSubnet = new Int32Array(n).fill(NONE);
  const fipRelation: (RelationId | null)[] = new Array<RelationId | null>(n).fill(null);
  const fipsOf = lists(n);
  const targetsOf = lists<TargetEdge>(n);
  const depRelations: DependencyRelations = { rels: [], sources: new Int32Array(relationCount), targets: new Int32Array(relationCount) };
  const fipPortSubnetHint = new Int32Array(n).fill(NONE);
  const interfaceLinks = new Int32Array(3 * relationCount);
  let interfaceLinkCount = 0;
  const fipAssociations: FipAssociationRelation[] = [];

  for (const rel of design.relations) {
    const from = look(rel.from);
    const to = look(rel.to);
    if (from === NONE || to === NONE) continue;
    switch (rel.kind) {
      case 'port':
        interfaceLinks[interfaceLinkCount++] = from;
        interfaceLinks[interfaceLinkCount++] = to;
        interfaceLinks[interfaceLinkCount++] = 0;
        if (kindCode[from] !== K_INSTANCE || kindCode[to] !== K_SUBNET) break;
        if (rel.primary && primaryOf[from] === NONE) primaryOf[from] = to;
        addTo(portSubnets, from, to);
        instanceItfs.add(from, to, rel.fixedIp);
        break;
      case 'routerInterface':
        interfaceLinks[interfaceLinkCount++] = from;
        interfaceLinks[interfaceLinkCount++] = to;
        interfaceLinks[interfaceLinkCount++] = 1;
        if (kindCode[from] !== K_ROUTER || kindCode[to] !== K_SUBNET) break;
        addTo(interfaceSubnets, from, to);
        routerItfs.add(from, to, rel.ip);
        break;
      case 'volumeAttachment':
        if (kindCode[from] !== K_VOLUME || kindCode[to] !== K_INSTANCE || volumeInstance[from] !== NONE) break;
        volumeInstance[from] = to;
        addTo(volumesOf, to, from);
        break;
      case 'replicatesWith':
        if (kindCode[from] !== K_INSTANCE || kindCode[to] !== K_INSTANCE || from === to) break;
        addTo(replicasOf, from, to);
        addTo(replicasOf, to, from);
        break;
      case 'fipAssociation': {
        fipAssociations.push(rel);
        const tk = kindCode[to];
        if (kindCode[from] !== K_FLOATING_IP || (tk !== K_INSTANCE && tk !== K_LOAD_BALANCER) || fipTarget[from] !== NONE) break;
        fipTarget[from] = to;
        fipRelation[from] = rel.id;
        fipPortSubnetHint[from] = look(rel.portSubnet);
        addTo(fipsOf, to, from);
        break;
      }
      case 'glbTarget':
        if (kindCode[from] === K_GLB) addTo(targetsOf, from, { relationId: rel.id, target: to, role: 'member' });
        break;
      case 'dnsTarget':
        if (kindCode[from] === K_DNS_RECORD) addTo(targetsOf, from, { relationId: rel.id, target: to, role: rel.role });
        break;
      case 'dependsOn':
        if (kindCode[from] === K_INSTANCE && from !== to) {
          depRelations.sources[depRelations.rels.length] = from;
          depRelations.targets[depRelations.rels.length] = to;
          depRelations.rels.push(rel);
        }
        break;
    }
  }

  // Primary port: the one marked primary, else the first; kept first in the list.
  const primarySubnet = new Int32Array(n).fill(NONE);
  const instances = byKind[K_INSTANCE] ?? NO_INDEXES;
  for (let k = 0; k < instances.length; k++) {
    const i = instances[k] as number;
    const subs = portSubnets[i] ?? [];
    const p = primaryOf[i] !== NONE ? (primaryOf[i] as number) : (subs[0] ?? NONE);
    primarySubnet[i] = p;
    if (p !== NONE && subs[0] !== p) portSubnets[i] = [p, ...subs.filter((s) => s !== p)];
  }

  const placement = computePlacement(idx, kindCode, { portSubnets, interfaceSubnets, volumeInstance });

  // Routing: routers first so a router wins the gateway over a custom-router instance.
  const routing = buildRoutingTables(idx, kinds, InterfaceList.join(routerItfs, instanceItfs));

  // External networks, public ports.
  const extNetAz = new Int32Array(n).fill(NONE);
  const publicPortInstance = new Int32Array(n).fill(NONE);
  const publicPortsOf = lists(n);
  const routers = byKind[K_ROUTER] ?? NO_INDEXES;
  for (let k = 0; k < routers.length; k++) {
    const i = routers[k] as number;
    const network = (resources[i] as Router).externalNetwork;
    if (network !== null) extNetAz[i] = idx.extNetAzByName.get(network) ?? NONE;
  }
  const ports = byKind[K_PUBLIC_PORT] ?? NO_INDEXES;
  for (let k = 0; k < ports.length; k++) {
    const i = ports[k] as number;
    const r = resources[i] as PublicPort;
    extNetAz[i] = idx.extNetAzByName.get(r.network) ?? NONE;
    const inst = look(r.instance);
    if (inst !== NONE && kindCode[inst] === K_INSTANCE) {
      publicPortInstance[i] = inst;
      addTo(publicPortsOf, inst, i);
    }
  }

  const { listenersOf, poolsOf, membersOf, monitorsOf, lbOf } = buildLoadBalancers(idx, kinds, placement);

  // Floating IPs: port subnet of the target and serving router (Neutron's choice).
  const fipServingRouter = new Int32Array(n).fill(NONE);
  const fips = byKind[K_FLOATING_IP] ?? NO_INDEXES;
  for (let k = 0; k < fips.length; k++) {
    const i = fips[k] as number;
    const r = resources[i] as FloatingIp;
    const target = fipTarget[i] ?? NONE;
    if (target === NONE) continue;
    const t = resources[target] as Resource;
    let subnet = NONE;
    if (t.kind === 'loadBalancer') subnet = look(t.vipSubnet);
    else {
      const hint = fipPortSubnetHint[i] ?? NONE;
      subnet = hint !== NONE && (portSubnets[target] ?? []).includes(hint) ? hint : (primarySubnet[target] ?? NONE);
    }
    fipSubnet[i] = subnet;
    if (subnet === NONE) continue;
    fipServingRouter[i] = servingRouter(routing, resources, kindCode, subnet, r.pool);
  }

  const member = buildMembers(idx, kinds, look, lbOf, portSubnets, routing);
  const deps = buildDependencies({ ...idx, ...kinds }, depRelations, placement, portSubnets, primarySubnet, fipTarget, routing);

  const core: Omit<Topology, 'tables'> = {
    ...idx,
    ...kinds,
    ofKind: (kind) => kinds.byKind[KIND_CODE[kind]] as Int32Array,
    design,
    placement,
    routing,
    portSubnets,
    primarySubnet,
    interfaceSubnets,
    fipTarget,
    fipSubnet,
    fipServingRouter,
    fipRelation,
    extNetAz,
    publicPortInstance,
    publicPortsOf,
    volumeInstance,
    volumesOf,
    listenersOf,
    poolsOf,
    membersOf,
    monitorsOf,
    lbOf,
    member,
    targetsOf,
    depsBySource: deps.bySource,
    dependencies: deps.all,
    replicasOf,
    fipsOf,
    interfaceLinks: interfaceLinks.slice(0, interfaceLinkCount),
    fipAssociations,
  };
  return { ...core, tables: buildRuleTables(core) };
}

/**
 * The router that serves a floating IP of `pool` whose port is on `subnet` (Neutron's choice): the
 * subnet's gateway router when it has the pool's external network as gateway, else the first such
 * router with an interface on the subnet (holders are listed in interface order, routers first).
 */
function servingRouter(routing: RoutingTables, resources: readonly Resource[], kindCode: Uint8Array, subnet: number, pool: string): number {
  const gw = routing.gatewayHolder[subnet] ?? NONE;
  const holders = routing.subnetHolders[subnet] ?? [];
  let first = NONE;
  for (let k = 0; k < holders.length; k++) {
    const h = holders[k] as number;
    if (kindCode[h] !== K_ROUTER || (resources[h] as Router).externalNetwork !== pool) continue;
    if (h === gw) return gw;
    if (first === NONE) first = h;
  }
  return first;
}
