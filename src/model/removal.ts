/**
 * Removing resources: the cascade to resources that cannot exist without them, and the clean-up of
 * every reference left pointing at them.
 */
import type { Layout, NodeLayout, Relation, Resource, ResourceId } from './types';

/** The parent a resource cannot exist without, or null when it can stand alone. */
function requiredParent(r: Resource): ResourceId | null {
  switch (r.kind) {
    case 'availabilityZone':
    case 'network':
      return r.region;
    case 'subnet':
      return r.network;
    case 'listener':
    case 'pool':
      return r.loadBalancer;
    case 'poolMember':
    case 'healthMonitor':
      return r.pool;
    default:
      return null;
  }
}

/**
 * The ids to remove: the requested ones that exist, plus, recursively, every resource whose
 * required parent is removed (AZs and networks of a region, subnets of a network, listeners and
 * pools of a load balancer, members and monitors of a pool).
 */
export function removalClosure(resources: readonly Resource[], ids: Iterable<ResourceId>): Set<ResourceId> {
  const existing = new Set(resources.map((r) => r.id));
  const removed = new Set([...ids].filter((id) => existing.has(id)));
  let grew = removed.size > 0;
  while (grew) {
    grew = false;
    for (const r of resources) {
      const parent = requiredParent(r);
      if (!removed.has(r.id) && parent !== null && removed.has(parent)) {
        removed.add(r.id);
        grew = true;
      }
    }
  }
  return removed;
}

function gone(removed: ReadonlySet<ResourceId>, id: ResourceId | null): boolean {
  return id !== null && removed.has(id);
}

function withoutRemoved(removed: ReadonlySet<ResourceId>, ids: ResourceId[]): ResourceId[] {
  return ids.some((id) => removed.has(id)) ? ids.filter((id) => !removed.has(id)) : ids;
}

/**
 * `r` with its nullable references to removed resources set to null and removed AZ hints dropped;
 * `r` itself when it refers to none. Static routes are kept even when their next hop was on a
 * removed router: the dangling route is a finding, not something to delete silently.
 */
export function clearReferences(r: Resource, removed: ReadonlySet<ResourceId>): Resource {
  switch (r.kind) {
    case 'instance':
    case 'volume':
    case 'objectStorageEndpoint':
      return gone(removed, r.availabilityZone) ? { ...r, availabilityZone: null } : r;
    case 'loadBalancer': {
      if (!gone(removed, r.availabilityZone) && !gone(removed, r.vipSubnet)) return r;
      const vipGone = gone(removed, r.vipSubnet);
      return {
        ...r,
        availabilityZone: gone(removed, r.availabilityZone) ? null : r.availabilityZone,
        vipSubnet: vipGone ? null : r.vipSubnet,
        vipAddress: vipGone ? null : r.vipAddress,
      };
    }
    case 'listener': {
      const poolGone = gone(removed, r.defaultPool);
      const redirects = r.l7Policies.some((p) => p.action === 'REDIRECT_TO_POOL' && p.value !== null && removed.has(p.value as ResourceId));
      if (!poolGone && !redirects) return r;
      return {
        ...r,
        defaultPool: poolGone ? null : r.defaultPool,
        l7Policies: r.l7Policies.map((p) =>
          p.action === 'REDIRECT_TO_POOL' && p.value !== null && removed.has(p.value as ResourceId) ? { ...p, value: null } : p,
        ),
      };
    }
    case 'poolMember':
      if (!gone(removed, r.instance) && !gone(removed, r.subnet)) return r;
      return { ...r, instance: gone(removed, r.instance) ? null : r.instance, subnet: gone(removed, r.subnet) ? null : r.subnet };
    case 'dnsRecord':
      return gone(removed, r.zone) ? { ...r, zone: null } : r;
    case 'publicPort':
      return gone(removed, r.instance) ? { ...r, instance: null } : r;
    case 'router':
    case 'network': {
      const hints = withoutRemoved(removed, r.availabilityZoneHints);
      return hints === r.availabilityZoneHints ? r : { ...r, availabilityZoneHints: hints };
    }
    default:
      return r;
  }
}

/** The relations that survive: none touching a removed resource; FIP port subnets cleared. */
export function survivingRelations(relations: readonly Relation[], removed: ReadonlySet<ResourceId>): Relation[] {
  return relations
    .filter((rel) => !removed.has(rel.from) && !removed.has(rel.to))
    .map((rel) => (rel.kind === 'fipAssociation' && gone(removed, rel.portSubnet) ? { ...rel, portSubnet: null } : rel));
}

/**
 * The layout without removed nodes. A surviving node whose canvas parent is removed moves up to
 * the nearest surviving ancestor, its position shifted by the removed parents' offsets so that it
 * stays where it was on screen.
 */
export function survivingLayout(layout: Layout, removed: ReadonlySet<ResourceId>): Layout {
  const nodes: Record<string, NodeLayout> = {};
  for (const [key, node] of Object.entries(layout.nodes)) {
    if (removed.has(key as ResourceId)) continue;
    let { x, y } = node;
    let parent = node.parent;
    const seen = new Set<string>();
    while (parent !== undefined && removed.has(parent) && !seen.has(parent)) {
      seen.add(parent);
      const up: NodeLayout | undefined = layout.nodes[parent];
      x += up?.x ?? 0;
      y += up?.y ?? 0;
      parent = up?.parent;
    }
    if (parent === node.parent) {
      nodes[key] = node;
    } else {
      const { parent: _old, ...rest } = node;
      nodes[key] = parent === undefined ? { ...rest, x, y } : { ...rest, x, y, parent };
    }
  }
  return { ...layout, nodes };
}
