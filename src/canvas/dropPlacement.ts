/**
 * Where a new resource goes when it is dropped on the canvas, and what that decides about it: an
 * instance dropped in an AZ is in that AZ, a router gets the AZ as its hint and the AZ's external
 * network as its gateway, a floating IP comes from the AZ's external network. Kinds that need a
 * zone, a region or the open canvas are refused elsewhere, with the reason in the user's words.
 */
import { aKind, nameOf } from '../model/connectionReasons';
import { objectStorageUrl } from '../model/defaults';
import { findResource } from '../model/placement';
import type { AvailabilityZone, Design, Region, Resource, ResourceId, ResourceKind, ResourceOfKind } from '../model/types';
import { kindTitle } from './labels';
import { isAzScoped } from './containment';
import { nextListenerPort, nextName, nextSubnetCidr, nextZone } from './newNames';

/** The outcome of dropping a new resource of kind `K`. */
export type DropPlacement<K extends ResourceKind = ResourceKind> =
  | {
      ok: true;
      /** The container the resource will sit in (null: the open canvas). */
      parent: ResourceId | null;
      /** Its properties (a name, and whatever the container decides). */
      props: Partial<ResourceOfKind<K>>;
      /** True when it lands where it was dropped; false when it goes to a free slot of `parent`. */
      atDropPoint: boolean;
    }
  | { ok: false; reason: string };

/** What else a drop may use: the selection and the node under the drop point. */
export interface DropContext {
  selection?: readonly ResourceId[];
  /** The resource node under the drop point, if any. */
  target?: ResourceId | null;
}

type Found = Extract<DropPlacement, { ok: true }>;

const refuse = (reason: string): DropPlacement => ({ ok: false, reason });

function place(parent: ResourceId | null, props: Partial<Resource>, atDropPoint = true): Found {
  return { ok: true, parent, props, atDropPoint };
}

/** The region of a container: itself, or the AZ's region. */
function regionOfContainer(design: Design, container: Resource | undefined): Region | undefined {
  if (container?.kind === 'region') return container;
  if (container?.kind !== 'availabilityZone') return undefined;
  const region = findResource(design, container.region);
  return region?.kind === 'region' ? region : undefined;
}

/**
 * The resource of `kind` the drop refers to: the node under the drop point, else a selected one,
 * else the first one `inZone` accepts.
 */
function pick<K extends ResourceKind>(
  design: Design,
  kind: K,
  context: DropContext,
  accept: (r: ResourceOfKind<K>) => boolean,
): ResourceOfKind<K> | undefined {
  const ofKind = (r: Resource | undefined): r is ResourceOfKind<K> => r?.kind === kind;
  const target = findResource(design, context.target ?? null);
  if (ofKind(target)) return target;
  for (const id of context.selection ?? []) {
    const r = findResource(design, id);
    if (ofKind(r)) return r;
  }
  return design.resources.find((r): r is ResourceOfKind<K> => ofKind(r) && accept(r));
}

/** Properties an AZ-scoped resource takes from the zone it is dropped in. */
function zoneProps(kind: ResourceKind, zone: AvailabilityZone): Partial<Resource> | string {
  const external = zone.externalNetworks[0] ?? null;
  switch (kind) {
    case 'router':
      return { availabilityZoneHints: [zone.id], externalNetwork: external };
    case 'floatingIp':
    case 'publicPort':
      if (external === null) return `${nameOf(zone)} has no external network to take ${aKind(kind)} from.`;
      return kind === 'floatingIp' ? { pool: external } : { network: external };
    case 'objectStorageEndpoint':
      return { availabilityZone: zone.id, url: objectStorageUrl(zone.name, 's3', false) };
    default:
      return { availabilityZone: zone.id };
  }
}

function loadBalancingPlacement(design: Design, kind: 'listener' | 'pool' | 'healthMonitor', zone: AvailabilityZone, context: DropContext): DropPlacement {
  const lbInZone = (lb: ResourceOfKind<'loadBalancer'>) => lb.availabilityZone === zone.id;
  if (kind === 'healthMonitor') {
    const monitored = new Set(design.resources.flatMap((r) => (r.kind === 'healthMonitor' ? [r.pool] : [])));
    const pool = pick(design, 'pool', context, (p) => !monitored.has(p.id) && design.resources.some((r) => r.id === p.loadBalancer && r.kind === 'loadBalancer' && lbInZone(r)));
    if (!pool) return refuse(`Add a pool to ${nameOf(zone)} first: a health monitor checks a pool.`);
    if (monitored.has(pool.id)) return refuse(`${nameOf(pool)} already has a health monitor; a pool has only one.`);
    return place(zone.id, { name: nextName(design, kind), pool: pool.id }, false);
  }
  const lb = pick(design, 'loadBalancer', context, lbInZone);
  if (!lb) return refuse(`Add a load balancer to ${nameOf(zone)} first: ${aKind(kind)} belongs to a load balancer.`);
  const follows = lb.availabilityZone === zone.id;
  const props = kind === 'listener' ? { ...nextListenerPort(design, lb.id), loadBalancer: lb.id } : { loadBalancer: lb.id };
  return place(lb.availabilityZone ?? zone.id, { name: nextName(design, kind), ...props }, follows);
}

/**
 * Where a new resource of `kind` dropped in `containerId` (the innermost region or AZ under the
 * drop point, or null for the open canvas) goes, with the properties the container decides; or why
 * it cannot go there.
 */
export function placementForDrop<K extends ResourceKind>(
  design: Design,
  kind: K,
  containerId: ResourceId | null,
  context: DropContext = {},
): DropPlacement<K> {
  // Each branch builds the properties of `kind`; TypeScript cannot follow K through the switch.
  return placement(design, kind, containerId, context) as DropPlacement<K>;
}

function placement(design: Design, kind: ResourceKind, containerId: ResourceId | null, context: DropContext): DropPlacement {
  const container = findResource(design, containerId);
  const region = regionOfContainer(design, container);
  const zone = container?.kind === 'availabilityZone' ? container : undefined;
  const title = kindTitle(kind);
  switch (kind) {
    case 'region':
      if (container) return refuse(`A region goes on the open canvas, not inside ${nameOf(container)}.`);
      return place(null, { name: nextName(design, kind) });
    case 'availabilityZone': {
      if (!region) return refuse('An availability zone must be placed in a region.');
      const next = nextZone(design, region);
      return place(region.id, { ...next, region: region.id }, zone === undefined);
    }
    case 'network':
      if (!region) return refuse('A network must be placed in a region.');
      return place(region.id, { name: nextName(design, kind), region: region.id }, zone === undefined);
    case 'subnet': {
      if (!region) return refuse('A subnet must be placed in a region.');
      const network = pick(design, 'network', context, (n) => n.region === region.id);
      if (!network) return refuse(`Add a network to ${nameOf(region)} first: a subnet belongs to a network.`);
      if (network.region !== region.id) return refuse(`${nameOf(network)} is not in ${nameOf(region)}; select a network of this region.`);
      const props = { name: nextName(design, kind), network: network.id, cidr: nextSubnetCidr(design) };
      return place(region.id, props, zone === undefined);
    }
    case 'poolMember':
      return refuse('A pool member is made by connecting a pool to an instance: draw a connection from the pool to the instance.');
    case 'globalLoadBalancer':
    case 'dnsZone':
    case 'dnsRecord':
      if (container) return refuse(`${aKind(kind).replace(/^a/, 'A')} is global: place it on the open canvas, outside the regions.`);
      return place(null, { name: nextName(design, kind) });
    default:
      break;
  }
  if (!isAzScoped({ kind })) return refuse(`${title} cannot be placed here.`);
  if (!zone) return refuse(`${aKind(kind).replace(/^a/, 'A')} must be placed in an availability zone.`);
  if (kind === 'listener' || kind === 'pool' || kind === 'healthMonitor') return loadBalancingPlacement(design, kind, zone, context);
  const props = zoneProps(kind, zone);
  if (typeof props === 'string') return refuse(props);
  return place(zone.id, { name: nextName(design, kind), ...props });
}

/**
 * The pool and instance a pool member added from the palette joins: both must be selected.
 * A pool member is really a connection, so the caller draws it with `connect`.
 */
export function memberFromSelection(design: Design, selection: readonly ResourceId[]): { pool: ResourceId; instance: ResourceId } | { reason: string } {
  const selected = selection.map((s) => findResource(design, s));
  const pool = selected.find((r) => r?.kind === 'pool');
  const instance = selected.find((r) => r?.kind === 'instance');
  if (!pool || !instance) {
    return { reason: 'To add a pool member, select a pool and an instance (Shift-click), or draw a connection from the pool to the instance.' };
  }
  return { pool: pool.id, instance: instance.id };
}
