/**
 * Which container or node lies under a point of the flow. Works on the mapped nodes (parents
 * before children, positions relative to the parent), so it needs no React Flow internals.
 */
import type { FlowNode } from './flowTypes';
import { rectContains, type Rect } from './geometry';

/** The absolute rectangle of every node. */
export function absoluteRects(nodes: readonly FlowNode[]): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const n of nodes) {
    const parent = n.parentId === undefined ? undefined : rects.get(n.parentId);
    rects.set(n.id, {
      x: n.position.x + (parent?.x ?? 0),
      y: n.position.y + (parent?.y ?? 0),
      width: n.width ?? 0,
      height: n.height ?? 0,
    });
  }
  return rects;
}

/** The ids of the given nodes and of every node inside them. */
export function withDescendants(nodes: readonly FlowNode[], ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  // Parents come first, so one pass reaches every depth.
  for (const n of nodes) if (n.parentId !== undefined && out.has(n.parentId)) out.add(n.id);
  return out;
}

const isContainer = (n: FlowNode): boolean => n.type === 'region' || n.type === 'availabilityZone';

/**
 * The innermost container (the smallest region or AZ) containing `point`, ignoring the `exclude`d
 * ones; null for the open canvas.
 */
export function containerAt(
  nodes: readonly FlowNode[],
  point: { x: number; y: number },
  exclude: ReadonlySet<string> = new Set(),
  rects: ReadonlyMap<string, Rect> = absoluteRects(nodes),
): string | null {
  let best: { id: string; area: number } | null = null;
  for (const n of nodes) {
    if (!isContainer(n) || exclude.has(n.id)) continue;
    const r = rects.get(n.id);
    if (!r || !rectContains(r, point)) continue;
    const area = r.width * r.height;
    if (!best || area < best.area) best = { id: n.id, area };
  }
  return best?.id ?? null;
}

/** The resource node under `point` (the last drawn, i.e. the topmost), or null. */
export function resourceAt(
  nodes: readonly FlowNode[],
  point: { x: number; y: number },
  rects: ReadonlyMap<string, Rect> = absoluteRects(nodes),
): string | null {
  let found: string | null = null;
  for (const n of nodes) {
    const r = rects.get(n.id);
    if (n.type === 'resource' && r && rectContains(r, point)) found = n.id;
  }
  return found;
}
