/**
 * Light placement look-ups for editing rules: which region and which declared AZ a resource is in.
 * These answer "where did the user put it?" for the connection rules; they apply no defaults (an
 * instance without AZ is not assumed to be in the region's first AZ). The engine has its own indexed
 * placement with the full effective-AZ rules of DOMAIN.md 2.2.
 */
import type { AvailabilityZone, Design, Resource, ResourceId, ResourceKind, ResourceOfKind } from './types';

// The resource array of a design is immutable, so an index built for one array stays valid for it.
const indexCache = new WeakMap<readonly Resource[], ReadonlyMap<string, Resource>>();

/** All resources of a design by id (cached per resources array). */
export function resourceIndex(design: Design): ReadonlyMap<string, Resource> {
  let index = indexCache.get(design.resources);
  if (!index) {
    index = new Map(design.resources.map((r) => [r.id, r]));
    indexCache.set(design.resources, index);
  }
  return index;
}

/** The resource with this id, or undefined. */
export function findResource(design: Design, id: ResourceId | null): Resource | undefined {
  return id === null ? undefined : resourceIndex(design).get(id);
}

/** The resource with this id when it is of the given kind, or undefined. */
export function findOfKind<K extends ResourceKind>(
  design: Design,
  id: ResourceId | null,
  kind: K,
): ResourceOfKind<K> | undefined {
  const r = findResource(design, id);
  return r?.kind === kind ? (r as ResourceOfKind<K>) : undefined;
}

/** The AZ that lists this external network name, or undefined. */
export function azOfExternalNetwork(design: Design, name: string | null): AvailabilityZone | undefined {
  if (name === null) return undefined;
  for (const r of design.resources) {
    if (r.kind === 'availabilityZone' && r.externalNetworks.includes(name)) return r;
  }
  return undefined;
}

function regionOfAz(design: Design, azId: ResourceId | null): ResourceId | null {
  return findOfKind(design, azId, 'availabilityZone')?.region ?? null;
}

function regionOfNetwork(design: Design, networkId: ResourceId | null): ResourceId | null {
  return findOfKind(design, networkId, 'network')?.region ?? null;
}

function regionOfSubnet(design: Design, subnetId: ResourceId | null): ResourceId | null {
  return regionOfNetwork(design, findOfKind(design, subnetId, 'subnet')?.network ?? null);
}

/** The region of the first subnet `from` is connected to by a relation of `kind`. */
function regionOfFirstSubnet(design: Design, from: ResourceId, kind: 'port' | 'routerInterface'): ResourceId | null {
  for (const rel of design.relations) {
    if (rel.kind === kind && rel.from === from) {
      const region = regionOfSubnet(design, rel.to);
      if (region !== null) return region;
    }
  }
  return null;
}

function regionOfLoadBalancer(design: Design, lbId: ResourceId | null): ResourceId | null {
  return regionOfAz(design, findOfKind(design, lbId, 'loadBalancer')?.availabilityZone ?? null);
}

/**
 * The region a resource is in, or null when it is global (GLB, DNS) or cannot be told yet (an
 * instance with neither AZ nor port, a dangling reference).
 */
export function regionOf(design: Design, id: ResourceId | null): ResourceId | null {
  const r = findResource(design, id);
  if (!r) return null;
  switch (r.kind) {
    case 'region':
      return r.id;
    case 'availabilityZone':
    case 'network':
      return r.region;
    case 'subnet':
      return regionOfNetwork(design, r.network);
    case 'instance':
      return r.availabilityZone !== null
        ? regionOfAz(design, r.availabilityZone)
        : regionOfFirstSubnet(design, r.id, 'port');
    case 'volume':
    case 'loadBalancer':
    case 'objectStorageEndpoint':
      return regionOfAz(design, r.availabilityZone);
    case 'router': {
      const hint = r.availabilityZoneHints[0];
      if (hint !== undefined) return regionOfAz(design, hint);
      const gatewayAz = azOfExternalNetwork(design, r.externalNetwork);
      if (gatewayAz) return gatewayAz.region;
      return regionOfFirstSubnet(design, r.id, 'routerInterface');
    }
    case 'floatingIp':
      return azOfExternalNetwork(design, r.pool)?.region ?? null;
    case 'publicPort':
      return azOfExternalNetwork(design, r.network)?.region ?? null;
    case 'listener':
    case 'pool':
      return regionOfLoadBalancer(design, r.loadBalancer);
    case 'poolMember':
    case 'healthMonitor':
      return regionOfLoadBalancer(design, findOfKind(design, r.pool, 'pool')?.loadBalancer ?? null);
    case 'globalLoadBalancer':
    case 'dnsZone':
    case 'dnsRecord':
      return null;
  }
}

/**
 * The declared AZ of an AZ-scoped resource: its `availabilityZone`; a router's first hint; the AZ
 * listing a floating IP's or public port's external network. Null otherwise (not chosen, or not
 * AZ-scoped).
 */
export function azOf(design: Design, id: ResourceId | null): ResourceId | null {
  const r = findResource(design, id);
  if (!r) return null;
  switch (r.kind) {
    case 'instance':
    case 'volume':
    case 'loadBalancer':
    case 'objectStorageEndpoint':
      return r.availabilityZone;
    case 'router':
      return r.availabilityZoneHints[0] ?? null;
    case 'floatingIp':
      return azOfExternalNetwork(design, r.pool)?.id ?? null;
    case 'publicPort':
      return azOfExternalNetwork(design, r.network)?.id ?? null;
    default:
      return null;
  }
}
