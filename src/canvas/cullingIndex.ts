/**
 * The spatial index the culler keeps over the full design (see `culling`): every node's absolute
 * rectangle, uniform grids over the resource nodes and the edges' boxes, each edge's ends, the
 * edges of each node, and the nodes always handed over.
 */
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import type { Rect } from './geometry';
import { buildSpatialGrid, type SpatialGrid } from './spatialGrid';

/** Grid cell size in flow pixels: a few nodes wide, so most items fall into one to four cells. */
const CELL_SIZE = 600;
/** Regions and zones (the other nodes are resources). */
export const isContainer = (n: FlowNode): boolean => n.type !== 'resource';

/** The full design's nodes and edges, indexed by place. */
export interface Index {
  nodes: readonly FlowNode[];
  edges: readonly ConnectionFlowEdge[];
  /** Absolute rectangle of each node, by position in `nodes`. */
  rects: Rect[];
  position: Map<string, number>;
  nodeGrid: SpatialGrid;
  edgeGrid: SpatialGrid;
  /** The positions of each edge's source and target (-1 when missing). */
  ends: Int32Array;
  /** Edge positions by the position of either end. */
  incident: number[][];
  /** Positions of the containers and of the nodes reaching furthest out (bounds keepers). */
  always: number[];
}

/** The absolute rectangle of every node (parents come before their children). */
function absoluteRects(nodes: readonly FlowNode[], position: ReadonlyMap<string, number>): Rect[] {
  const rects: Rect[] = [];
  for (const n of nodes) {
    const parentAt = n.parentId === undefined ? undefined : position.get(n.parentId);
    const parent = parentAt === undefined ? undefined : rects[parentAt];
    rects.push({ x: n.position.x + (parent?.x ?? 0), y: n.position.y + (parent?.y ?? 0), width: n.width ?? 0, height: n.height ?? 0 });
  }
  return rects;
}

function edgeBox(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

const EMPTY_RECT: Rect = { x: 0, y: 0, width: 0, height: 0 };

/** The index of `nodes` (parents before children) and `edges`. */
export function buildIndex(nodes: readonly FlowNode[], edges: readonly ConnectionFlowEdge[]): Index {
  const position = new Map<string, number>();
  nodes.forEach((n, i) => position.set(n.id, i));
  const rects = absoluteRects(nodes, position);
  const resourceAt: number[] = [];
  nodes.forEach((n, i) => {
    if (!isContainer(n)) resourceAt.push(i);
  });
  const nodeGrid = buildSpatialGrid(resourceAt.length, (k) => rects[resourceAt[k] ?? -1] ?? EMPTY_RECT, CELL_SIZE);
  const incident: number[][] = nodes.map(() => []);
  const ends = new Int32Array(edges.length * 2);
  edges.forEach((e, k) => {
    const s = position.get(e.source) ?? -1;
    const t = position.get(e.target) ?? -1;
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    incident[s]?.push(k);
    incident[t]?.push(k);
  });
  const edgeGrid = buildSpatialGrid(
    edges.length,
    (k) => {
      const a = rects[ends[2 * k] ?? -1];
      const b = rects[ends[2 * k + 1] ?? -1];
      return a && b ? edgeBox(a, b) : EMPTY_RECT;
    },
    CELL_SIZE,
  );
  const extremes = [0, 0, 0, 0];
  rects.forEach((r, i) => {
    const at = (k: number): Rect => rects[extremes[k] ?? 0] ?? r;
    if (r.x < at(0).x) extremes[0] = i;
    if (r.y < at(1).y) extremes[1] = i;
    if (r.x + r.width > at(2).x + at(2).width) extremes[2] = i;
    if (r.y + r.height > at(3).y + at(3).height) extremes[3] = i;
  });
  const always = new Set(nodes.length > 0 ? extremes : []);
  nodes.forEach((n, i) => {
    if (isContainer(n)) always.add(i);
  });
  return {
    nodes,
    edges,
    rects,
    position,
    nodeGrid: {
      query: (area, visit) => nodeGrid.query(area, (k) => visit(resourceAt[k] ?? -1)),
    },
    edgeGrid,
    ends,
    incident,
    always: [...always],
  };
}

/** Positions of the nodes `ids` and of every node inside them. */
export function withInside(index: Index, ids: ReadonlySet<string>): number[] {
  const inside = new Set<number>();
  let containers = false;
  for (const id of ids) {
    const i = index.position.get(id);
    const node = i === undefined ? undefined : index.nodes[i];
    if (i === undefined || !node) continue;
    inside.add(i);
    containers ||= isContainer(node);
  }
  // Parents come before their children: one pass reaches every depth.
  if (containers) {
    index.nodes.forEach((n, i) => {
      const parentAt = n.parentId === undefined ? undefined : index.position.get(n.parentId);
      if (parentAt !== undefined && inside.has(parentAt)) inside.add(i);
    });
  }
  return [...inside];
}
