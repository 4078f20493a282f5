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
import type { Design, DesignFile, Resource, ResourceId } from '../model/types';
import { containmentOf, isAzScoped, type ContainmentMap } from './containment';
import type {
  AzFlowNode,
  ConnectionFlowEdge,
  FlowElements,
  FlowNode,
  RegionFlowNode,
  ResourceFlowNode,
} from './flowTypes';
import { AZ_MIN, REGION_MIN, type Size } from './geometry';
import { azSlots, fitSize, groupByContainer, NODE_SIZE, placeChildren, regionSlots, TOP, topSlots, type Placed } from './containerLayout';
import { RESOURCE_HANDLES } from './handles';
import { CONNECTION_KIND_LABELS, kindTitle } from './labels';

/** What is selected, by id: resources (members included) and connections. */
export interface SelectedIds {
  resources: readonly string[];
  connections: readonly string[];
}

export interface MappingOptions {
  selection?: SelectedIds;
  /** Container sizes to keep as they are (while a drag is in progress, containers do not grow). */
  frozenSizes?: ReadonlyMap<string, Size>;
  /**
   * The nodes of an earlier mapping of the very same `design` (a layout change since): a node
   * whose place, size and selection are unchanged is that earlier object, not a new equal one.
   */
  previous?: { design: Design; nodes: readonly FlowNode[] };
}

/** Looks up earlier nodes by id, place by place first (the order rarely changes). */
function earlierNodes(previous: MappingOptions['previous'], design: Design): ((id: string, i: number) => FlowNode | undefined) | null {
  if (previous?.design !== design) return null;
  const { nodes } = previous;
  let byId: Map<string, FlowNode> | null = null;
  return (id, i) => {
    const atSamePlace = nodes[i];
    if (atSamePlace?.id === id) return atSamePlace;
    byId ??= new Map(nodes.map((n) => [n.id, n]));
    return byId.get(id);
  };
}

function samePlace(n: FlowNode, p: Placed, selected: boolean): boolean {
  const { rect } = p;
  return (
    n.position.x === rect.x &&
    n.position.y === rect.y &&
    n.width === rect.width &&
    n.height === rect.height &&
    (n.parentId ?? null) === p.parent &&
    n.selected === selected
  );
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
  const earlier = earlierNodes(options.previous, design);
  return all.map((p, i) => {
    const isSelected = selected.has(p.resource.id);
    // Same design: same data; building the node again would only make garbage to compare away.
    const kept = earlier?.(p.resource.id, i);
    return kept && samePlace(kept, p, isSelected) ? kept : toNode(p, isSelected, containment, azName);
  });
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
