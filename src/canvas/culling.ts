/**
 * Giving React Flow only the part of the design near the view. React Flow's per-frame work (its
 * store selectors, visibility checks and node adoption) grows with the number of nodes and edges
 * it is given, whether they are on screen or not, so the canvas hands it:
 *
 * - every container (regions and zones: few, and what drops and hit tests look at);
 * - the resource nodes whose boxes, and the edges whose curves, come into the covered area (the
 *   view plus a margin);
 * - both ends of those edges (an edge crossing the view is drawn even when its ends are off screen);
 * - the selected nodes (a drag moves the whole selection), the nodes being dragged and those that
 *   moved since the index was built, with their edges (and, for a dragged container, the edges of
 *   everything in it);
 * - the four nodes that reach furthest left, up, right and down, so that React Flow's own bounds
 *   (fit view, image export) are those of the whole design.
 *
 * The index is rebuilt when the geometry changes, except while only a few nodes move (a drag):
 * those are then carried along by hand until the next rebuild.
 */
import { bezierCurve, curveTouches } from './edges/clipCurve';
import { floatingEdgeBetween } from './edges/floating';
import { buildIndex, isContainer, withInside, type Index } from './cullingIndex';
import type { ConnectionFlowEdge, FlowElements, FlowNode } from './flowTypes';
import type { Rect } from './geometry';

/** More moved nodes than this since the last build: rebuild instead of carrying them along. */
const MAX_MOVED = 200;

/** What the grids give for one covered area: kept while neither the area nor the index change. */
interface Base {
  index: Index;
  covered: Rect;
  nodes: number[];
  edges: number[];
}

const insideOf =
  (area: Rect) =>
  (r: Rect | undefined): boolean =>
    r !== undefined && r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

/** The nodes and edges in `covered` by the index's grids: edges whose curve comes into it, nodes whose box does. */
function baseOf(index: Index, covered: Rect): Base {
  const { rects, ends } = index;
  const inside = insideOf(covered);
  const nodes: number[] = [];
  const edges: number[] = [];
  index.nodeGrid.query(covered, (i) => nodes.push(i));
  index.edgeGrid.query(covered, (k) => {
    const a = rects[ends[2 * k] ?? -1];
    const b = rects[ends[2 * k + 1] ?? -1];
    if (!a || !b) return;
    // An edge whose box overlaps the area may still pass it by (a long curve between far corners).
    if (!inside(a) && !inside(b)) {
      const { sx, sy, sourcePos, tx, ty, targetPos } = floatingEdgeBetween(a, b);
      if (!curveTouches(bezierCurve(sx, sy, sourcePos, tx, ty, targetPos), covered)) return;
    }
    edges.push(k);
  });
  return { index, covered, nodes, edges };
}

/** Positions of the nodes that are not the objects the index was built from (moved, reselected, renamed). */
function changedSince(index: Index, nodes: readonly FlowNode[]): number[] | null {
  if (nodes.length !== index.nodes.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const now = nodes[i];
    const then = index.nodes[i];
    if (now === then) continue;
    if (!now || !then || now.id !== then.id || now.parentId !== then.parentId) return null;
    const moved = now.position.x !== then.position.x || now.position.y !== then.position.y || now.width !== then.width || now.height !== then.height;
    if (moved && isContainer(now)) return null;
    if (moved) changed.push(i);
    if (changed.length > MAX_MOVED) return null;
  }
  return changed;
}

/** Keeps the previous array when it holds the very same objects, so React Flow sees no change. */
function stable<T>(previous: readonly T[], next: T[]): readonly T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

/** What to cull for. */
export interface CullRequest {
  /** The area to cover, in flow coordinates. */
  covered: Rect;
  /** Nodes handed over wherever they are (the selection: a drag moves all of it). */
  keepNodes: ReadonlySet<string>;
  /** Edges handed over as React Flow edges wherever they are, even zoomed far out (the selected ones). */
  keepEdges: ReadonlySet<string>;
  /**
   * Zoomed far out: the edges in the area are drawn by the canvas itself (`drawn`), not by React
   * Flow, except the kept ones and those of nodes that moved (a drag).
   */
  far: boolean;
  /**
   * The nodes being dragged: handed over wherever they are, with their edges and those of the
   * nodes inside them, all drawn by React Flow (they follow the pointer).
   */
  moving?: ReadonlySet<string> | null;
}

/** An edge the canvas draws itself, with its ends' rectangles. */
export interface DrawnEdge {
  edge: ConnectionFlowEdge;
  source: Rect;
  target: Rect;
}

/** What React Flow is given, and the edges drawn without it. */
export interface Culled extends FlowElements {
  drawn: readonly DrawnEdge[];
}

export interface Culler {
  cull(full: FlowElements, request: CullRequest): Culled;
  /** The absolute rectangle of a node of the last culled elements, whether handed over or not. */
  rectOf: (id: string) => Rect | undefined;
}

function sameDrawn(a: readonly DrawnEdge[], b: readonly DrawnEdge[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const other = b[i];
    return other !== undefined && d.edge === other.edge && d.source === other.source && d.target === other.target;
  });
}

/** A culler that keeps its index between calls and its answers stable object by object. */
export function createCuller(): Culler {
  let index: Index | null = null;
  let base: Base | null = null;
  let moved: number[] = [];
  let last: Culled = { nodes: [], edges: [], drawn: [] };
  let current: readonly FlowNode[] = [];
  // The dragged nodes with everything inside them, for the index and set they were found for.
  let dragged: { index: Index; ids: ReadonlySet<string>; at: readonly number[] } | null = null;

  return {
    cull(full, { covered, keepNodes, keepEdges, far, moving }) {
      if (index === null || index.edges !== full.edges) index = buildIndex(full.nodes, full.edges);
      else if (index.nodes !== full.nodes) {
        const changed = changedSince(index, full.nodes);
        if (changed === null) {
          index = buildIndex(full.nodes, full.edges);
          moved = [];
        } else moved = changed;
      } else moved = [];
      current = full.nodes;
      if (base?.index !== index || base.covered !== covered) base = baseOf(index, covered);
      const { nodes, edges } = full;
      const { ends, incident, rects } = index;
      // Positions to hand over; sorted at the end (parents before children, as given).
      const nodeSet = new Set<number>(base.nodes);
      const edgeSet = new Set<number>();
      const addEdge = (k: number): void => {
        if (edgeSet.has(k)) return;
        edgeSet.add(k);
        const s = ends[2 * k] ?? -1;
        const t = ends[2 * k + 1] ?? -1;
        if (s >= 0) nodeSet.add(s);
        if (t >= 0) nodeSet.add(t);
      };
      const movedSet = new Set(moved);
      if (moving && moving.size > 0) {
        if (dragged?.index !== index || dragged.ids !== moving) dragged = { index, ids: moving, at: withInside(index, moving) };
        for (const i of dragged.at) movedSet.add(i);
      }
      const drawnAt: number[] = [];
      for (const k of base.edges) {
        const edge = edges[k];
        const free = far && edge !== undefined && !keepEdges.has(edge.id) && !movedSet.has(ends[2 * k] ?? -1) && !movedSet.has(ends[2 * k + 1] ?? -1);
        if (free) drawnAt.push(k);
        else addEdge(k);
      }
      for (const i of index.always) nodeSet.add(i);
      for (const i of movedSet) {
        nodeSet.add(i);
        for (const k of incident[i] ?? []) addEdge(k);
      }
      for (const id of keepNodes) {
        const i = index.position.get(id);
        if (i !== undefined) nodeSet.add(i);
      }
      const byPosition = (a: number, b: number): number => a - b;
      const nextNodes: FlowNode[] = [];
      for (const i of [...nodeSet].sort(byPosition)) {
        const n = nodes[i];
        if (n) nextNodes.push(n);
      }
      const nextEdges: ConnectionFlowEdge[] = [];
      for (const k of [...edgeSet].sort(byPosition)) {
        const e = edges[k];
        if (e) nextEdges.push(e);
      }
      const nextDrawn: DrawnEdge[] = [];
      for (const k of drawnAt) {
        const edge = edges[k];
        const source = rects[ends[2 * k] ?? -1];
        const target = rects[ends[2 * k + 1] ?? -1];
        if (edge && source && target) nextDrawn.push({ edge, source, target });
      }
      const culledNodes = stable(last.nodes, nextNodes) as FlowNode[];
      const culledEdges = stable(last.edges, nextEdges) as ConnectionFlowEdge[];
      const drawn = sameDrawn(last.drawn, nextDrawn) ? last.drawn : nextDrawn;
      if (culledNodes !== last.nodes || culledEdges !== last.edges || drawn !== last.drawn) last = { nodes: culledNodes, edges: culledEdges, drawn };
      return last;
    },
    rectOf(id) {
      const at = index?.position.get(id);
      if (at === undefined || !index) return undefined;
      const node = current[at];
      if (node === index.nodes[at]) return index.rects[at];
      // Moved since the build: its container did not move, so its parent's rectangle still holds.
      const parentAt = node?.parentId === undefined ? undefined : index.position.get(node.parentId);
      const parent = parentAt === undefined ? undefined : index.rects[parentAt];
      return node ? { x: node.position.x + (parent?.x ?? 0), y: node.position.y + (parent?.y ?? 0), width: node.width ?? 0, height: node.height ?? 0 } : undefined;
    },
  };
}
