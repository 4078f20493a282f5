/**
 * Pasting clipboard content into a design, and duplicating (copy and paste in one go), as pure
 * operations on design files. The rule is at the top of `clipboard`, which holds the copy side;
 * this part is loaded by the app after the first copy (see `actions/pasteCode`).
 */
import { copyResources, PASTE_OFFSET, type ClipboardContent, type PasteResult } from './clipboard';
import { newRelationId, newResourceId } from './ids';
import type { DesignFile, NodeLayout, Relation, Resource, ResourceId, ResourceKind } from './types';

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
