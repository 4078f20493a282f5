/**
 * The design document as React Flow nodes and edges. Pure: the same file and options always give
 * equal elements, so the canvas is a view of the document and nothing else.
 *
 * - Containers: a `region` node per region, an `availabilityZone` node per AZ inside its region.
 *   AZ-scoped resources sit in their AZ, networks and subnets in their region outside the AZs,
 *   global resources at the top level (see `containment`).
 * - Positions come from `layout.nodes[id]` (relative to the container) when the stored container is
 *   the node's container; otherwise the node gets the first free slot in its container.
 * - Containers grow to fit their children. Children carry `parentId` but no `extent`, so a node can
 *   be dragged out of its container into another one.
 * - Edges: every connection `listConnections` lists, except the member's own references; pool
 *   members are drawn as pool → instance edges instead, carrying the member's id.
 */
import { listConnections, type ConnectionKind } from '../model/connections';
import { resourceIndex } from '../model/placement';
import type { Design, DesignFile, NodeLayout, Resource, ResourceId } from '../model/types';
import { containmentOf, type ContainmentMap } from './containment';
import type {
  AzFlowNode,
  ConnectionFlowEdge,
  FlowElements,
  FlowNode,
  RegionFlowNode,
  ResourceFlowNode,
} from './flowTypes';
import {
  AZ_CELL,
  AZ_COLUMNS,
  AZ_MIN,
  CONTAINER_GAP,
  CONTAINER_PADDING,
  CONTENT_ORIGIN,
  GLOBAL_ROW_Y,
  NODE_HEIGHT,
  NODE_WIDTH,
  REGION_MIN,
  REGION_ROW_Y,
  type Rect,
  type Size,
} from './geometry';
import { RESOURCE_HANDLES } from './handles';
import { CONNECTION_KIND_LABELS, kindTitle } from './labels';
import { gridSlot, Occupancy, rowSlot } from './slots';

/** What is selected, by id: resources (members included) and connections. */
export interface SelectedIds {
  resources: readonly string[];
  connections: readonly string[];
}

export interface MappingOptions {
  selection?: SelectedIds;
  /** Container sizes to keep as they are (while a drag is in progress, containers do not grow). */
  frozenSizes?: ReadonlyMap<string, Size>;
}

const NODE_SIZE: Size = { width: NODE_WIDTH, height: NODE_HEIGHT };
const TOP = '';

/** A placed node: its resource, container, position relative to it, and size. */
interface Placed {
  resource: Resource;
  parent: ResourceId | null;
  rect: Rect;
}

/** The stored position of a node when it was stored for the container the node is in now. */
function storedPosition(entry: NodeLayout | undefined, parent: ResourceId | null): { x: number; y: number } | null {
  if (!entry || (entry.parent ?? null) !== parent) return null;
  return Number.isFinite(entry.x) && Number.isFinite(entry.y) ? { x: entry.x, y: entry.y } : null;
}

/** The size a container needs: its minimum, its stored size, and room for every child. */
function fitSize(min: Size, entry: NodeLayout | undefined, children: readonly Placed[]): Size {
  let width = Math.max(min.width, entry?.width ?? 0);
  let height = Math.max(min.height, entry?.height ?? 0);
  for (const c of children) {
    width = Math.max(width, c.rect.x + c.rect.width + CONTAINER_PADDING);
    height = Math.max(height, c.rect.y + c.rect.height + CONTAINER_PADDING);
  }
  return { width, height };
}

/** Finds free slots for the nodes of one container, one after the other. */
type SlotFinder = (occupied: Occupancy, resource: Resource, size: Size) => { x: number; y: number };
/**
 * Makes a slot finder for one pass over a container of `count` children (grid finders remember
 * where they got to).
 */
type SlotFinderFactory = (count: number) => SlotFinder;

/** Two columns for a handful of resources; a roughly square grid for many (imports without layout). */
function azColumns(count: number): number {
  return Math.max(AZ_COLUMNS, Math.round(Math.sqrt(count / 2)));
}

const azSlots: SlotFinderFactory = (count) => {
  let next = 0;
  const columns = azColumns(count);
  return (occupied, _r, size) => {
    const slot = gridSlot(occupied, size, CONTENT_ORIGIN, AZ_CELL, columns, next);
    next = slot.index + 1;
    return slot;
  };
};

/** In a region: AZs side by side in the first row, networks and subnets in rows below the zones. */
function regionSlots(zones: readonly Placed[]): SlotFinderFactory {
  const below = zones.length === 0 ? CONTENT_ORIGIN.y : Math.max(...zones.map((z) => z.rect.y + z.rect.height)) + CONTAINER_GAP;
  const right = zones.length === 0 ? AZ_MIN.width : Math.max(...zones.map((z) => z.rect.x + z.rect.width));
  const columns = Math.max(AZ_COLUMNS, Math.floor((right - CONTENT_ORIGIN.x + (AZ_CELL.width - NODE_WIDTH)) / AZ_CELL.width));
  return () => {
    let next = 0;
    return (occupied, r, size) => {
      if (r.kind === 'availabilityZone') return rowSlot(occupied, size, CONTENT_ORIGIN.y, CONTENT_ORIGIN.x, CONTAINER_GAP);
      const slot = gridSlot(occupied, size, { x: CONTENT_ORIGIN.x, y: below }, AZ_CELL, columns, next);
      next = slot.index + 1;
      return slot;
    };
  };
}

/** At the top level: global (and unplaced) resources in a row above the regions. */
const topSlots: SlotFinderFactory = () => {
  let nextGlobal: number = CONTAINER_PADDING;
  let nextRegion: number = CONTAINER_PADDING;
  return (occupied, r, size) => {
    if (r.kind === 'region') {
      const slot = rowSlot(occupied, size, REGION_ROW_Y, nextRegion, CONTAINER_GAP * 2);
      nextRegion = slot.x;
      return slot;
    }
    const slot = rowSlot(occupied, size, GLOBAL_ROW_Y, nextGlobal, AZ_CELL.width - NODE_WIDTH);
    nextGlobal = slot.x;
    return slot;
  };
};

/** Places children: stored positions first, then the rest in document order in free slots. */
function placeChildren(
  children: readonly Resource[],
  parent: ResourceId | null,
  nodes: Readonly<Record<string, NodeLayout>>,
  sizeOf: (r: Resource) => Size,
  slots: SlotFinderFactory,
): Placed[] {
  const placed: Placed[] = [];
  const pending: Resource[] = [];
  for (const r of children) {
    const at = storedPosition(nodes[r.id], parent);
    if (at) placed.push({ resource: r, parent, rect: { ...at, ...sizeOf(r) } });
    else pending.push(r);
  }
  if (pending.length === 0) return placed;
  const occupied = new Occupancy(placed.map((p) => p.rect));
  const slot = slots(children.length);
  for (const r of pending) {
    const size = sizeOf(r);
    const rect = { ...slot(occupied, r, size), ...size };
    occupied.add(rect);
    placed.push({ resource: r, parent, rect });
  }
  // Document order, so the result does not depend on which nodes had stored positions.
  const order = new Map(children.map((r, i) => [r.id, i]));
  return placed.sort((a, b) => (order.get(a.resource.id) ?? 0) - (order.get(b.resource.id) ?? 0));
}

/** Groups node resources by container id ('' for the top level), in document order. */
function groupByContainer(resources: readonly Resource[], containment: ContainmentMap): Map<string, Resource[]> {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    const c = containment.get(r.id);
    if (!c) continue;
    const key = c.parent ?? TOP;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/** Every node, parents before children, with explicit sizes. */
export function mapNodes(file: DesignFile, options: MappingOptions = {}): FlowNode[] {
  const { design, layout } = file;
  const containment = containmentOf(design);
  const groups = groupByContainer(design.resources, containment);
  const selected = new Set(options.selection?.resources ?? []);
  const sizes = new Map<string, Size>();
  const sizeOf = (r: Resource): Size => sizes.get(r.id) ?? NODE_SIZE;
  const containerSize = (r: Resource, min: Size, children: readonly Placed[]): Size =>
    options.frozenSizes?.get(r.id) ?? fitSize(min, layout.nodes[r.id], children);

  const zones = design.resources.filter((r) => r.kind === 'availabilityZone' && containment.has(r.id));
  const regions = design.resources.filter((r) => r.kind === 'region');
  const inZones = zones.flatMap((az) => {
    const placed = placeChildren(groups.get(az.id) ?? [], az.id, layout.nodes, sizeOf, azSlots);
    sizes.set(az.id, containerSize(az, AZ_MIN, placed));
    return placed;
  });
  const inRegions = regions.flatMap((region) => {
    const children = groups.get(region.id) ?? [];
    const storedZones = children.filter((r) => r.kind === 'availabilityZone');
    const zonePlacement = placeChildren(storedZones, region.id, layout.nodes, sizeOf, regionSlots([]));
    const placed = placeChildren(children, region.id, layout.nodes, sizeOf, regionSlots(zonePlacement));
    sizes.set(region.id, containerSize(region, REGION_MIN, placed));
    return placed;
  });
  const top = placeChildren(groups.get(TOP) ?? [], null, layout.nodes, sizeOf, topSlots);

  const all = [...top, ...inRegions, ...inZones];
  const rank = (p: Placed): number => (p.resource.kind === 'region' ? 0 : p.resource.kind === 'availabilityZone' ? 1 : 2);
  all.sort((a, b) => rank(a) - rank(b));
  const zoneNames = new Map(zones.map((z) => [z.id, z.name]));
  const azName = (id: ResourceId | null): string | null => (id === null ? null : (zoneNames.get(id) ?? null));
  return all.map((p) => toNode(p, selected.has(p.resource.id), containment, azName));
}

function toNode(
  p: Placed,
  selected: boolean,
  containment: ContainmentMap,
  azName: (id: ResourceId | null) => string | null,
): FlowNode {
  const { resource: r, rect } = p;
  const common = {
    id: r.id,
    ariaLabel: `${kindTitle(r.kind)} ${r.name}`,
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    measured: { width: rect.width, height: rect.height },
    selected,
    ...(p.parent === null ? {} : { parentId: p.parent }),
  };
  if (r.kind === 'region') {
    const node: RegionFlowNode = { ...common, type: 'region', dragHandle: '.fl-container-header', data: { resourceId: r.id, name: r.name } };
    return node;
  }
  if (r.kind === 'availabilityZone') {
    const node: AzFlowNode = {
      ...common,
      type: 'availabilityZone',
      dragHandle: '.fl-container-header',
      data: { resourceId: r.id, name: r.name, externalNetworks: r.externalNetworks.join(', ') },
    };
    return node;
  }
  const c = containment.get(r.id);
  const azScoped = c !== undefined && c.az !== null;
  const node: ResourceFlowNode = {
    ...common,
    type: 'resource',
    handles: RESOURCE_HANDLES,
    data: {
      resourceId: r.id,
      kind: r.kind,
      name: r.name,
      zone: azScoped ? azName(c.az) : null,
      zoneDefaulted: c?.azDefaulted ?? false,
      unplaced: isAzScoped(r) && !azScoped,
    },
  };
  return node;
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

/** Every edge: each listed connection between two nodes, and each pool member as pool → instance. */
export function mapEdges(design: Design, options: MappingOptions = {}): ConnectionFlowEdge[] {
  const containment = containmentOf(design);
  const selectedConnections = new Set(options.selection?.connections ?? []);
  const selectedResources = new Set(options.selection?.resources ?? []);
  const index = resourceIndex(design);
  const nameOfNode = (nodeId: string): string => index.get(nodeId)?.name ?? nodeId;
  const edgeLabel = (kind: ConnectionKind, from: string, to: string): string =>
    `${CONNECTION_KIND_LABELS[kind]} from ${nameOfNode(from)} to ${nameOfNode(to)}`;
  const edges: ConnectionFlowEdge[] = [];
  for (const c of listConnections(design)) {
    if (!containment.has(c.from) || !containment.has(c.to)) continue;
    edges.push({
      id: c.id,
      source: c.from,
      target: c.to,
      type: 'connection',
      ariaLabel: edgeLabel(c.kind, c.from, c.to),
      selected: selectedConnections.has(c.id),
      data: { kind: c.kind, connectionId: c.id, memberId: null },
    });
  }
  for (const r of design.resources) {
    if (r.kind !== 'poolMember' || r.instance === null) continue;
    if (!containment.has(r.pool) || !containment.has(r.instance)) continue;
    edges.push({
      id: r.id,
      source: r.pool,
      target: r.instance,
      type: 'connection',
      ariaLabel: edgeLabel('poolMember', r.pool, r.instance),
      selected: selectedResources.has(r.id),
      data: { kind: 'poolMember', connectionId: r.id, memberId: r.id },
    });
  }
  return edges;
}

/** The whole design as nodes and edges. */
export function designToFlow(file: DesignFile, options: MappingOptions = {}): FlowElements {
  return { nodes: mapNodes(file, options), edges: mapEdges(file.design, options) };
}
