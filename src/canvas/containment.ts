/**
 * Where each resource sits on the canvas: its container (a region or an AZ) or the top level.
 * AZ-scoped resources sit in their effective AZ (the engine's placement rules, DOMAIN.md 2.2, so
 * the canvas never shows a resource in a zone the analysis does not put it in); networks and
 * subnets in their region; global resources, regions and anything whose zone cannot be told at
 * the top level. Pool members are not nodes: they are drawn as pool → instance edges.
 */
import { buildKindIndex } from '../engine/kinds';
import { buildResourceIndex, computePlacement, NONE } from '../engine/placement';
import type { Design, Resource, ResourceId } from '../model/types';

/** The canvas placement of one resource node. */
export interface Containment {
  /** The container (region or AZ) the node sits in, or null for the top level. */
  parent: ResourceId | null;
  /** The AZ the resource is placed in (for AZ-scoped kinds), or null. */
  az: ResourceId | null;
  /** True when the AZ is a default rather than the user's choice (no zone chosen). */
  azDefaulted: boolean;
}

/** The canvas placement of every node resource of a design, by id (cached per design object). */
export type ContainmentMap = ReadonlyMap<ResourceId, Containment>;

const cache = new WeakMap<Design, ContainmentMap>();

/** True for the kinds drawn as nodes (every kind but the pool member, which is an edge). */
export function isNodeKind(kind: Resource['kind']): boolean {
  return kind !== 'poolMember';
}

/** The canvas placement of every node resource (cached per design object). */
export function containmentOf(design: Design): ContainmentMap {
  let map = cache.get(design);
  if (!map) {
    map = computeContainment(design);
    cache.set(design, map);
  }
  return map;
}

function computeContainment(design: Design): ContainmentMap {
  const idx = buildResourceIndex(design);
  const { n, resources, indexOf } = idx;
  const portSubnets: number[][] = Array.from({ length: n }, () => []);
  const interfaceSubnets: number[][] = Array.from({ length: n }, () => []);
  const volumeInstance = new Int32Array(n).fill(NONE);
  for (const rel of design.relations) {
    const from = indexOf.get(rel.from);
    const to = indexOf.get(rel.to);
    if (from === undefined || to === undefined) continue;
    if (rel.kind === 'port') portSubnets[from]?.push(to);
    else if (rel.kind === 'routerInterface') interfaceSubnets[from]?.push(to);
    else if (rel.kind === 'volumeAttachment' && volumeInstance[from] === NONE) volumeInstance[from] = to;
  }
  const placement = computePlacement(idx, buildKindIndex(resources).kindCode, { portSubnets, interfaceSubnets, volumeInstance });
  const idAt = (i: number | undefined): ResourceId | null =>
    i === undefined || i === NONE ? null : (resources[i]?.id ?? null);

  const out = new Map<ResourceId, Containment>();
  const azOfIndex = (i: number): Containment => {
    const az = idAt(placement.az[i]);
    return { parent: az, az, azDefaulted: placement.azDefaulted[i] === 1 };
  };
  const top: Containment = { parent: null, az: null, azDefaulted: false };
  resources.forEach((r, i) => {
    if (!isNodeKind(r.kind) || out.has(r.id)) return;
    switch (r.kind) {
      case 'region':
      case 'globalLoadBalancer':
      case 'dnsZone':
      case 'dnsRecord':
        out.set(r.id, top);
        break;
      case 'availabilityZone':
      case 'network':
      case 'subnet':
        out.set(r.id, { parent: idAt(placement.region[i]), az: null, azDefaulted: false });
        break;
      default:
        out.set(r.id, azOfIndex(i));
    }
  });
  // Listeners, pools and monitors follow their load balancer.
  const lbContainment = (lb: ResourceId | null): Containment => (lb === null ? undefined : out.get(lb)) ?? top;
  for (const r of resources) {
    if (r.kind === 'listener' || r.kind === 'pool') out.set(r.id, lbContainment(r.loadBalancer));
  }
  for (const r of resources) {
    if (r.kind !== 'healthMonitor') continue;
    const pool = idx.indexOf.get(r.pool);
    const poolResource = pool === undefined ? undefined : resources[pool];
    out.set(r.id, lbContainment(poolResource?.kind === 'pool' ? poolResource.loadBalancer : null));
  }
  return out;
}

/** True for the kinds that live in one availability zone. */
export function isAzScoped(r: Pick<Resource, 'kind'>): boolean {
  switch (r.kind) {
    case 'router':
    case 'instance':
    case 'volume':
    case 'floatingIp':
    case 'publicPort':
    case 'loadBalancer':
    case 'listener':
    case 'pool':
    case 'healthMonitor':
    case 'objectStorageEndpoint':
      return true;
    default:
      return false;
  }
}
