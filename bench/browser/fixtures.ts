/**
 * Fixtures of the browser benchmark: a seeded generated design with a stored layout for every node
 * (laid out inside the container the canvas puts it in), the same nodes and edges flattened for the
 * bare React Flow page, and the landmarks the scenarios aim at.
 *
 * `generateDesign` writes no layout, so this module adds one: zones hold their resources in a
 * roughly square grid, regions hold their zones side by side with networks and subnets in a grid
 * below, and global resources sit in a grid above the regions, which stand one below the other. A design
 * opened with these positions goes through the canvas's stored-position path, as a saved design does.
 */
import { containmentOf, isNodeKind } from '../../src/canvas/containment';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/canvas/geometry';
import { listConnections } from '../../src/model/connections';
import { FORMAT_TAG, FORMAT_VERSION, type Design, type DesignFile, type NodeLayout, type Resource } from '../../src/model/types';
import { generateDesign } from '../../src/engine/testing/generateDesign';
import type { BareData, BareEdge, BareNode } from '../bare/data';

/** Room between grid cells and inside containers, in flow pixels (multiples of the 20 px grid). */
const GAP_X = 20;
const GAP_Y = 40;
const PADDING = 40;
const HEADER = 40;
const CELL = { width: NODE_WIDTH + GAP_X, height: NODE_HEIGHT + GAP_Y };
/** The size of a bare page node (the PERFORMANCE-NOTES baseline app). */
export const BARE_NODE = { width: 140, height: 40 } as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the scenarios aim at, by id. */
export interface Landmarks {
  /** The zone whose outage switch is clicked (the first zone of the first region). */
  azId: string;
  azName: string;
  /** The resource in that zone's top-right grid cell: centred at working zoom, next to the switch. */
  focusNodeId: string;
  /** Resources of that zone, renamed by the edit scenarios. */
  editIds: string[];
  /** Every resource that sits in a zone: the fit view drag takes the one nearest the canvas centre. */
  zoneResourceIds: string[];
}

export interface BenchFixture {
  resources: number;
  relations: number;
  file: DesignFile;
  bare: BareData;
  landmarks: Landmarks;
}

const roundUp = (v: number, step = 20): number => Math.ceil(v / step) * step;

/** Places `items` in a grid of `columns` from `origin`; returns each box and the grid's extent. */
function grid(items: readonly { width: number; height: number }[], columns: number, origin: { x: number; y: number }): { boxes: Box[]; right: number; bottom: number } {
  const boxes = items.map((it, i) => ({ x: origin.x + (i % columns) * CELL.width, y: origin.y + Math.floor(i / columns) * CELL.height, ...it }));
  const right = Math.max(origin.x, ...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(origin.y, ...boxes.map((b) => b.y + b.height));
  return { boxes, right, bottom };
}

const squareColumns = (count: number): number => Math.max(2, Math.round(Math.sqrt(count / 2)));

/**
 * A layout for every node of `design`: positions relative to the node's container, containers with
 * explicit sizes. Returns the layout and each node's absolute box (for the bare page).
 */
export function layoutDesign(design: Design): { nodes: Record<string, NodeLayout>; absolute: Map<string, Box> } {
  const containment = containmentOf(design);
  const children = new Map<string, Resource[]>();
  for (const r of design.resources) {
    const c = containment.get(r.id);
    if (!c || !isNodeKind(r.kind)) continue;
    const key = c.parent ?? '';
    const list = children.get(key) ?? [];
    list.push(r);
    children.set(key, list);
  }
  const nodes: Record<string, NodeLayout> = {};
  const relative = new Map<string, Box>();
  const node = { width: NODE_WIDTH, height: NODE_HEIGHT };

  // Zones: their resources in a square-ish grid under the header band.
  const zoneSize = new Map<string, { width: number; height: number }>();
  for (const az of design.resources.filter((r) => r.kind === 'availabilityZone')) {
    const inside = children.get(az.id) ?? [];
    const g = grid(inside.map(() => node), squareColumns(inside.length), { x: PADDING, y: HEADER + PADDING });
    inside.forEach((r, i) => relative.set(r.id, g.boxes[i] as Box));
    zoneSize.set(az.id, { width: roundUp(g.right + PADDING), height: roundUp(g.bottom + PADDING) });
  }
  // Regions: zones side by side, then networks and subnets in a grid below them.
  const regionSize = new Map<string, { width: number; height: number }>();
  for (const region of design.resources.filter((r) => r.kind === 'region')) {
    const inside = children.get(region.id) ?? [];
    let x = PADDING;
    let zonesBottom = HEADER + PADDING;
    for (const az of inside.filter((r) => r.kind === 'availabilityZone')) {
      const size = zoneSize.get(az.id) ?? node;
      relative.set(az.id, { x, y: HEADER + PADDING, ...size });
      x += size.width + PADDING;
      zonesBottom = Math.max(zonesBottom, HEADER + PADDING + size.height);
    }
    const rest = inside.filter((r) => r.kind !== 'availabilityZone');
    const columns = Math.max(2, Math.floor((x - PADDING) / CELL.width));
    const g = grid(rest.map(() => node), columns, { x: PADDING, y: roundUp(zonesBottom + PADDING) });
    rest.forEach((r, i) => relative.set(r.id, g.boxes[i] as Box));
    regionSize.set(region.id, { width: roundUp(Math.max(x, g.right + PADDING)), height: roundUp(g.bottom + PADDING) });
  }
  // Top level: global resources in a grid, the regions one below the other under them (a design
  // of two regions then fills a 16:10 screen better than with the regions side by side).
  const top = children.get('') ?? [];
  const regions = top.filter((r) => r.kind === 'region');
  const regionsWidth = Math.max(0, ...regions.map((r) => regionSize.get(r.id)?.width ?? 0));
  const globals = top.filter((r) => r.kind !== 'region');
  const g = grid(globals.map(() => node), Math.max(2, Math.floor(regionsWidth / CELL.width)), { x: PADDING, y: PADDING });
  globals.forEach((r, i) => relative.set(r.id, g.boxes[i] as Box));
  let y = roundUp(g.bottom + 2 * PADDING);
  for (const region of regions) {
    const size = regionSize.get(region.id) ?? node;
    relative.set(region.id, { x: PADDING, y, ...size });
    y += size.height + 2 * PADDING;
  }

  const absolute = new Map<string, Box>();
  const absoluteOf = (id: string): Box | undefined => {
    const known = absolute.get(id);
    if (known) return known;
    const rel = relative.get(id);
    if (!rel) return undefined;
    const parent = containment.get(id as Resource['id'])?.parent ?? null;
    const base = parent === null ? { x: 0, y: 0 } : absoluteOf(parent);
    if (!base) return undefined;
    const box = { ...rel, x: base.x + rel.x, y: base.y + rel.y };
    absolute.set(id, box);
    return box;
  };
  for (const [id, rel] of relative) {
    const parent = containment.get(id as Resource['id'])?.parent ?? null;
    const isContainer = zoneSize.has(id) || regionSize.has(id);
    nodes[id] = { x: rel.x, y: rel.y, ...(isContainer ? { width: rel.width, height: rel.height } : {}), ...(parent === null ? {} : { parent }) };
    absoluteOf(id);
  }
  return { nodes, absolute };
}

/** The canvas's nodes and edges, flat (absolute positions), for the bare React Flow page. */
function bareData(design: Design, absolute: ReadonlyMap<string, Box>): BareData {
  const nodes: BareNode[] = [];
  // Containers first: React Flow paints later nodes on top.
  const rank = (kind: string): number => (kind === 'region' ? 0 : kind === 'availabilityZone' ? 1 : 2);
  const ordered = design.resources.filter((r) => absolute.has(r.id)).sort((a, b) => rank(a.kind) - rank(b.kind));
  for (const r of ordered) {
    const box = absolute.get(r.id) as Box;
    const frame = rank(r.kind) < 2;
    nodes.push({
      id: r.id,
      x: box.x,
      y: box.y,
      width: frame ? box.width : BARE_NODE.width,
      height: frame ? box.height : BARE_NODE.height,
      frame,
      label: r.name,
    });
  }
  const edges: BareEdge[] = [];
  for (const c of listConnections(design)) {
    if (absolute.has(c.from) && absolute.has(c.to)) edges.push({ id: c.id, source: c.from, target: c.to });
  }
  for (const r of design.resources) {
    if (r.kind === 'poolMember' && r.instance !== null && absolute.has(r.pool) && absolute.has(r.instance)) {
      edges.push({ id: r.id, source: r.pool, target: r.instance });
    }
  }
  return { nodes, edges };
}

/** The zone the scenarios use, its top-right resource and a few of its resources to rename. */
function landmarksOf(design: Design, nodes: Readonly<Record<string, NodeLayout>>): Landmarks {
  const az = design.resources.find((r) => r.kind === 'availabilityZone');
  if (!az) throw new Error('The generated design has no availability zone');
  const inZone = design.resources.filter((r) => nodes[r.id]?.parent === az.id);
  const firstRow = Math.min(...inZone.map((r) => nodes[r.id]?.y ?? Infinity));
  const topRight = inZone.filter((r) => nodes[r.id]?.y === firstRow).sort((a, b) => (nodes[b.id]?.x ?? 0) - (nodes[a.id]?.x ?? 0))[0];
  if (!topRight) throw new Error(`Zone ${az.name} holds no resource`);
  const editIds = inZone.filter((r) => r.kind === 'instance').slice(0, 20).map((r) => r.id);
  const zones = new Set(design.resources.filter((r) => r.kind === 'availabilityZone').map((r) => r.id));
  const zoneResourceIds = Object.entries(nodes).filter(([, l]) => l.parent !== undefined && zones.has(l.parent)).map(([id]) => id);
  return { azId: az.id, azName: az.name, focusNodeId: topRight.id, editIds, zoneResourceIds };
}

/** The fixture of one design size (always the same for the same size and seed). */
export function makeFixture(resources: number, seed: number): BenchFixture {
  const design = generateDesign({ resources, seed });
  const { nodes, absolute } = layoutDesign(design);
  const file: DesignFile = { format: FORMAT_TAG, version: FORMAT_VERSION, design, layout: { nodes } };
  return { resources: design.resources.length, relations: design.relations.length, file, bare: bareData(design, absolute), landmarks: landmarksOf(design, nodes) };
}
