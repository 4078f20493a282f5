/**
 * What dragging an existing node into a container means: moving an instance into another AZ puts
 * it in that AZ, a router takes the new AZ as its hint (and that AZ's gateway if its gateway was the
 * old AZ's), a floating IP comes from the new AZ's external network. Moves that would break the
 * design's structure (a network to another region, a listener away from its load balancer, an
 * instance out of every zone) are refused with the reason.
 */
import { aKind, nameOf, nameOfId } from '../model/connectionReasons';
import { objectStorageUrl } from '../model/defaults';
import { findResource } from '../model/placement';
import type { AvailabilityZone, Design, Resource, ResourceId } from '../model/types';
import { containmentOf } from './containment';
import { isAzScoped } from './containment';

/** The outcome of dropping an existing node into a container. */
export type MovePlacement =
  | {
      ok: true;
      /** The container the node sits in after the move (null: the open canvas). */
      parent: ResourceId | null;
      /** The properties that change with the move, or null when only the position changes. */
      patch: Partial<Resource> | null;
    }
  | { ok: false; reason: string };

const refuse = (reason: string): MovePlacement => ({ ok: false, reason });
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function regionOf(container: Resource | undefined): ResourceId | null {
  if (container?.kind === 'region') return container.id;
  if (container?.kind === 'availabilityZone') return container.region;
  return null;
}

/** The properties an AZ-scoped resource changes when it moves from zone `from` to zone `to`. */
function zonePatch(design: Design, r: Resource, from: AvailabilityZone | undefined, to: AvailabilityZone): Partial<Resource> | string {
  const external = to.externalNetworks[0] ?? null;
  switch (r.kind) {
    case 'instance':
    case 'volume':
    case 'loadBalancer':
      return { availabilityZone: to.id };
    case 'objectStorageEndpoint': {
      // A URL that was the old zone's default endpoint follows the zone; a custom one is kept.
      const defaultUrl = from !== undefined && r.url === objectStorageUrl(from.name, r.api, r.replicated);
      return defaultUrl || r.url === '' ? { availabilityZone: to.id, url: objectStorageUrl(to.name, r.api, r.replicated) } : { availabilityZone: to.id };
    }
    case 'router': {
      const gatewayFollows = r.externalNetwork === null || (from?.externalNetworks.includes(r.externalNetwork) ?? false);
      return gatewayFollows ? { availabilityZoneHints: [to.id], externalNetwork: external } : { availabilityZoneHints: [to.id] };
    }
    case 'floatingIp':
    case 'publicPort':
      if (external === null) return `${nameOf(to)} has no external network for ${nameOf(r)}.`;
      return r.kind === 'floatingIp' ? { pool: external } : { network: external };
    case 'listener':
    case 'pool':
      return `${capital(aKind(r.kind))} stays with its load balancer: move ${nameOfId(design, r.loadBalancer)} instead.`;
    case 'healthMonitor':
      return 'A health monitor stays with its pool and load balancer: move the load balancer instead.';
    default:
      return `${nameOf(r)} cannot move into a zone.`;
  }
}

/**
 * What dropping the node of resource `id` into `containerId` (the innermost region or AZ under the
 * node's centre, never the node itself or one inside it; null for the open canvas) changes, or why
 * the node cannot go there.
 */
export function placementForMove(design: Design, id: ResourceId, containerId: ResourceId | null): MovePlacement {
  const r = findResource(design, id);
  if (!r) return refuse('This resource no longer exists.');
  const container = findResource(design, containerId);
  const current = containmentOf(design).get(id)?.parent ?? null;
  switch (r.kind) {
    case 'region':
      return container ? refuse(`A region cannot be placed inside ${nameOf(container)}.`) : { ok: true, parent: null, patch: null };
    case 'availabilityZone':
    case 'network':
    case 'subnet': {
      const target = regionOf(container);
      const home = r.kind === 'subnet' ? current : r.region;
      if (target === null) return refuse(`${capital(aKind(r.kind))} must stay inside its region.`);
      if (target !== home) {
        return refuse(`${nameOf(r)} belongs to ${nameOfId(design, home ?? target)} and cannot move to ${nameOfId(design, target)}: private networks and zones do not cross regions.`);
      }
      return { ok: true, parent: target, patch: null };
    }
    case 'globalLoadBalancer':
    case 'dnsZone':
    case 'dnsRecord':
      if (container) return refuse(`${capital(aKind(r.kind))} is global: keep it outside the regions.`);
      return { ok: true, parent: null, patch: null };
    default:
      break;
  }
  if (!isAzScoped(r)) return refuse(`${nameOf(r)} cannot be moved.`);
  if (container?.kind !== 'availabilityZone') return refuse(`${capital(aKind(r.kind))} must be placed in an availability zone.`);
  if (container.id === current) return { ok: true, parent: current, patch: null };
  const from = findResource(design, current);
  const patch = zonePatch(design, r, from?.kind === 'availabilityZone' ? from : undefined, container);
  return typeof patch === 'string' ? refuse(patch) : { ok: true, parent: container.id, patch };
}
