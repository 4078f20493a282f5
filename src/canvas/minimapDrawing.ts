/**
 * The minimap's drawing: every node as a rectangle, one SVG path per fill and stroke colour (a
 * handful of elements for any number of nodes). Repainted incrementally: when only a few resource
 * nodes changed (a drag), only their rectangles and the paths of their colours are redone.
 */
import type { FlowNode } from './flowTypes';
import type { Rect } from './geometry';
import { minimapNodeColour, minimapStrokeColour } from './minimapColours';

export interface MiniMapPath {
  fill: string;
  stroke: string;
  d: string;
}

export interface MiniMapDrawing {
  /** One path per colour, containers' colours first (they are drawn below the rest). */
  paths: readonly MiniMapPath[];
  /** The bounds of every node, or null without nodes. */
  bounds: Rect | null;
}

interface Group {
  fill: string;
  stroke: string;
  members: number[];
  path: MiniMapPath;
}

interface State {
  nodes: readonly FlowNode[];
  rects: Rect[];
  parentOf: Int32Array;
  parts: string[];
  groupOf: Int32Array;
  groups: Group[];
}

/** More changed nodes than this: paint afresh. */
const MAX_CHANGED = 500;

const partOf = (r: Rect): string => `M${String(r.x)} ${String(r.y)}h${String(r.width)}v${String(r.height)}h${String(-r.width)}z`;
const keyOf = (n: FlowNode): string => `${minimapNodeColour(n)} ${minimapStrokeColour(n)}`;

function paintAll(nodes: readonly FlowNode[]): State {
  const position = new Map<string, number>();
  const rects: Rect[] = [];
  const parentOf = new Int32Array(nodes.length).fill(-1);
  const parts: string[] = [];
  const groupOf = new Int32Array(nodes.length);
  const groupAt = new Map<string, number>();
  const groups: Group[] = [];
  nodes.forEach((n, i) => {
    position.set(n.id, i);
    const p = n.parentId === undefined ? -1 : (position.get(n.parentId) ?? -1);
    parentOf[i] = p;
    const parent = rects[p];
    const rect = { x: n.position.x + (parent?.x ?? 0), y: n.position.y + (parent?.y ?? 0), width: n.width ?? 0, height: n.height ?? 0 };
    rects.push(rect);
    parts.push(partOf(rect));
    const key = keyOf(n);
    let g = groupAt.get(key);
    if (g === undefined) {
      g = groups.length;
      groupAt.set(key, g);
      groups.push({ fill: minimapNodeColour(n), stroke: minimapStrokeColour(n), members: [], path: { fill: '', stroke: '', d: '' } });
    }
    groups[g]?.members.push(i);
    groupOf[i] = g;
  });
  for (const g of groups) g.path = { fill: g.fill, stroke: g.stroke, d: g.members.map((i) => parts[i]).join('') };
  return { nodes, rects, parentOf, parts, groupOf, groups };
}

/** Repaints the resource nodes that changed; null when that is not enough (paint afresh). */
function paintChanged(state: State, nodes: readonly FlowNode[]): State | null {
  if (nodes.length !== state.nodes.length) return null;
  const dirty = new Set<number>();
  let changed = 0;
  for (let i = 0; i < nodes.length; i++) {
    const now = nodes[i];
    const then = state.nodes[i];
    if (now === then) continue;
    if (!now || !then || now.id !== then.id || now.parentId !== then.parentId || now.type !== 'resource' || keyOf(now) !== keyOf(then)) return null;
    if (++changed > MAX_CHANGED) return null;
    const parent = state.rects[state.parentOf[i] ?? -1];
    const rect = { x: now.position.x + (parent?.x ?? 0), y: now.position.y + (parent?.y ?? 0), width: now.width ?? 0, height: now.height ?? 0 };
    state.rects[i] = rect;
    state.parts[i] = partOf(rect);
    dirty.add(state.groupOf[i] ?? 0);
  }
  for (const g of dirty) {
    const group = state.groups[g];
    if (group) group.path = { fill: group.fill, stroke: group.stroke, d: group.members.map((i) => state.parts[i]).join('') };
  }
  return { ...state, nodes };
}

function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export interface MiniMapPainter {
  paint(nodes: readonly FlowNode[]): MiniMapDrawing;
}

/** A painter that remembers its last drawing, to repaint only what changed. */
export function createMiniMapPainter(): MiniMapPainter {
  let state: State | null = null;
  return {
    paint(nodes) {
      state = (state && paintChanged(state, nodes)) ?? paintAll(nodes);
      return { paths: state.groups.map((g) => g.path), bounds: boundsOf(state.rects) };
    },
  };
}
