/**
 * Copy, paste and duplicate as pure operations on design files.
 *
 * The rule (what a copy takes along, what a paste keeps):
 * 1. The copied set is the selection plus every resource that cannot exist without a selected one
 *    (the same cascade as deletion: a load balancer takes its listeners, pools, members and
 *    monitors; a network its subnets; a region its zones and networks).
 * 2. Relations (ports, interfaces, associations, dependencies, targets…) are copied only when both
 *    ends are in the copied set. A copied instance alone comes without its ports.
 * 3. References held as properties (a subnet's network, a load balancer's VIP subnet, an
 *    instance's zone, a router's zone hints…) point at the new copy when their target was copied
 *    too; otherwise they keep pointing at the original when the design pasted into has it (with the
 *    right kind): a pasted subnet stays in its network, a pasted instance in its zone.
 * 4. When such a target does not exist there, an optional reference becomes empty (a zone hint is
 *    dropped); a resource whose required parent (region, network, load balancer, pool) is missing is
 *    not pasted, and neither is anything that needs it.
 * 5. Everything pasted gets a new id. Addresses that must stay unique are cleared: floating IP and
 *    public port addresses (a copy is a new allocation), and a VIP address on a subnet that was not
 *    copied with it.
 * 6. Canvas positions move by an offset (40 px for the first paste); nodes inside a copied container
 *    keep their place in it.
 */
import { newRelationId, newResourceId } from './ids';
import { removalClosure } from './removal';
import type {
  DesignFile,
  DesignId,
  NodeLayout,
  Relation,
  Resource,
  ResourceId,
  ResourceKind,
} from './types';

/** The format tag of clipboard content (also what goes to the system clipboard as JSON). */
export const CLIPBOARD_FORMAT = 'faultline.clipboard';

/** How far each paste moves the copies, in canvas pixels. */
export const PASTE_OFFSET = 40;

/** A copied node position: as stored, and in canvas coordinates (for when its container is gone). */
export interface CopiedNode {
  node: NodeLayout;
  absolute: { x: number; y: number };
}

/** What a copy holds. Plain data, independent of the design it came from. */
export interface ClipboardContent {
  format: typeof CLIPBOARD_FORMAT;
  version: 1;
  sourceDesign: DesignId;
  resources: Resource[];
  relations: Relation[];
  layout: Record<string, CopiedNode>;
}

/** What a paste did. */
export interface PasteResult {
  file: DesignFile;
  /** The new resources, in clipboard order (they become the selection). */
  pasted: ResourceId[];
  /** Copied resources left out because something they need is not in the design. */
  skipped: Resource[];
}

function absolutePosition(file: DesignFile, id: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const entry: NodeLayout | undefined = file.layout.nodes[current];
    if (!entry) break;
    x += entry.x;
    y += entry.y;
    current = entry.parent;
  }
  return { x, y };
}

/**
 * Copies resources: the ones with these ids, everything that cannot exist without them, the
 * relations between them, and their canvas positions. Null when none of the ids exists.
 */
export function copyResources(file: DesignFile, ids: Iterable<ResourceId>): ClipboardContent | null {
  const set = removalClosure(file.design.resources, ids);
  if (set.size === 0) return null;
  const layout: Record<string, CopiedNode> = {};
  for (const id of set) {
    const node = file.layout.nodes[id];
    if (node) layout[id] = { node, absolute: absolutePosition(file, id) };
  }
  return {
    format: CLIPBOARD_FORMAT,
    version: 1,
    sourceDesign: file.design.id,
    resources: file.design.resources.filter((r) => set.has(r.id)),
    relations: file.design.relations.filter((r) => set.has(r.from) && set.has(r.to)),
    layout,
  };
}

/** A required parent reference: the resource cannot exist without it. */
function requiredRefs(r: Resource): [ResourceId, ResourceKind][] {
  switch (r.kind) {
    case 'availabilityZone':
    case 'network':
      return [[r.region, 'region']];
    case 'subnet':
      return [[r.network, 'network']];
    case 'listener':
    case 'pool':
      return [[r.loadBalancer, 'loadBalancer']];
    case 'poolMember':
    case 'healthMonitor':
      return [[r.pool, 'pool']];
    default:
      return [];
  }
}

/** Maps one reference: to the new copy, to the existing target, or to null. */
type RefMapper = (id: ResourceId | null, kind: ResourceKind) => ResourceId | null;

function mapHints(hints: readonly ResourceId[], map: RefMapper): ResourceId[] {
  return hints.flatMap((h) => {
    const mapped = map(h, 'availabilityZone');
    return mapped === null ? [] : [mapped];
  });
}

/** The copy of `r` with a new id and every reference mapped (required ones are known to resolve). */
function remapResource(r: Resource, id: ResourceId, map: RefMapper, copied: ReadonlySet<string>): Resource {
  const must = (ref: ResourceId, kind: ResourceKind): ResourceId => map(ref, kind) ?? ref;
  switch (r.kind) {
    case 'region':
    case 'globalLoadBalancer':
    case 'dnsZone':
      return { ...r, id };
    case 'availabilityZone':
      return { ...r, id, region: must(r.region, 'region') };
    case 'network':
      return { ...r, id, region: must(r.region, 'region'), availabilityZoneHints: mapHints(r.availabilityZoneHints, map) };
    case 'subnet':
      return { ...r, id, network: must(r.network, 'network') };
    case 'router':
      return { ...r, id, availabilityZoneHints: mapHints(r.availabilityZoneHints, map) };
    case 'instance':
    case 'volume':
    case 'objectStorageEndpoint':
      return { ...r, id, availabilityZone: map(r.availabilityZone, 'availabilityZone') };
    case 'floatingIp':
      return { ...r, id, address: null };
    case 'publicPort':
      return { ...r, id, instance: map(r.instance, 'instance'), address: null };
    case 'loadBalancer': {
      const vipSubnet = map(r.vipSubnet, 'subnet');
      const keepAddress = r.vipSubnet !== null && copied.has(r.vipSubnet);
      return {
        ...r,
        id,
        availabilityZone: map(r.availabilityZone, 'availabilityZone'),
        vipSubnet,
        vipAddress: keepAddress ? r.vipAddress : null,
      };
    }
    case 'listener':
      return {
        ...r,
        id,
        loadBalancer: must(r.loadBalancer, 'loadBalancer'),
        defaultPool: map(r.defaultPool, 'pool'),
        l7Policies: r.l7Policies.map((p) =>
          p.action === 'REDIRECT_TO_POOL' && p.value !== null ? { ...p, value: map(p.value as ResourceId, 'pool') } : p,
        ),
      };
    case 'pool':
      return { ...r, id, loadBalancer: must(r.loadBalancer, 'loadBalancer') };
    case 'poolMember':
      return { ...r, id, pool: must(r.pool, 'pool'), instance: map(r.instance, 'instance'), subnet: map(r.subnet, 'subnet') };
    case 'healthMonitor':
      return { ...r, id, pool: must(r.pool, 'pool') };
    case 'dnsRecord':
      return { ...r, id, zone: map(r.zone, 'dnsZone') };
  }
}

/** The copied resources that can be pasted into `file`: those whose required parents resolve. */
function pastable(file: DesignFile, content: ClipboardContent): { kept: Resource[]; skipped: Resource[] } {
  const existing = new Map(file.design.resources.map((r) => [r.id as string, r.kind]));
  const dropped = new Set<string>();
  const inContent = new Set(content.resources.map((r) => r.id as string));
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of content.resources) {
      if (dropped.has(r.id)) continue;
      const ok = requiredRefs(r).every(([ref, kind]) =>
        inContent.has(ref) ? !dropped.has(ref) : existing.get(ref) === kind,
      );
      if (!ok) {
        dropped.add(r.id);
        changed = true;
      }
    }
  }
  return {
    kept: content.resources.filter((r) => !dropped.has(r.id)),
    skipped: content.resources.filter((r) => dropped.has(r.id)),
  };
}

function pastedLayout(
  content: ClipboardContent,
  newIds: ReadonlyMap<string, ResourceId>,
  existing: ReadonlySet<string>,
  offset: number,
): Record<string, NodeLayout> {
  const nodes: Record<string, NodeLayout> = {};
  for (const [oldId, copied] of Object.entries(content.layout)) {
    const id = newIds.get(oldId);
    if (id === undefined) continue;
    const { parent, ...rest } = copied.node;
    const copiedParent = parent === undefined ? undefined : newIds.get(parent);
    if (copiedParent !== undefined) nodes[id] = { ...rest, parent: copiedParent };
    else if (parent !== undefined && existing.has(parent)) nodes[id] = { ...rest, x: rest.x + offset, y: rest.y + offset, parent };
    else nodes[id] = { ...rest, x: copied.absolute.x + offset, y: copied.absolute.y + offset };
  }
  return nodes;
}

/**
 * Pastes clipboard content into a design (see the rule at the top of this module): new ids,
 * internal references and relations re-mapped, positions moved by `offset` pixels. When nothing
 * can be pasted, `file` itself comes back with every copied resource in `skipped`.
 */
export function pasteClipboard(file: DesignFile, content: ClipboardContent, offset: number = PASTE_OFFSET): PasteResult {
  const { kept, skipped } = pastable(file, content);
  if (kept.length === 0) return { file, pasted: [], skipped };
  const newIds = new Map<string, ResourceId>(kept.map((r) => [r.id, newResourceId(r.kind)]));
  const existing = new Map(file.design.resources.map((r) => [r.id as string, r.kind]));
  const copied = new Set(newIds.keys());
  const map: RefMapper = (ref, kind) => {
    if (ref === null) return null;
    const fresh = newIds.get(ref);
    if (fresh !== undefined) return fresh;
    return existing.get(ref) === kind ? ref : null;
  };
  const resources = kept.map((r) => remapResource(r, newIds.get(r.id) ?? r.id, map, copied));
  const relations = content.relations.flatMap((rel): Relation[] => {
    const from = newIds.get(rel.from);
    const to = newIds.get(rel.to);
    if (from === undefined || to === undefined) return [];
    const id = newRelationId(rel.kind);
    // The copied instance has ports only on copied subnets, so the address follows only those.
    if (rel.kind === 'fipAssociation') {
      const portSubnet = rel.portSubnet === null ? null : (newIds.get(rel.portSubnet) ?? null);
      return [{ ...rel, id, from, to, portSubnet }];
    }
    return [{ ...rel, id, from, to }];
  });
  const nodes = pastedLayout(content, newIds, new Set(existing.keys()), offset);
  return {
    file: {
      ...file,
      design: {
        ...file.design,
        resources: [...file.design.resources, ...resources],
        relations: [...file.design.relations, ...relations],
      },
      layout: { ...file.layout, nodes: { ...file.layout.nodes, ...nodes } },
    },
    pasted: resources.map((r) => r.id),
    skipped,
  };
}

/** Copies and pastes in one go, into the same design, `offset` pixels away. */
export function duplicateResources(file: DesignFile, ids: Iterable<ResourceId>, offset: number = PASTE_OFFSET): PasteResult {
  const content = copyResources(file, ids);
  return content ? pasteClipboard(file, content, offset) : { file, pasted: [], skipped: [] };
}
