/**
 * Where nodes sit inside their container: stored positions when they were stored for that
 * container, else the first free slot (AZs side by side in a region, networks and subnets below
 * them, resources of a zone in a grid, global resources above the regions); and the size a
 * container needs to hold its children.
 */
import type { NodeLayout, Resource, ResourceId } from '../model/types';
import type { ContainmentMap } from './containment';
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
  REGION_ROW_Y,
  type Rect,
  type Size,
} from './geometry';
import { gridSlot, Occupancy, rowSlot } from './slots';

export const NODE_SIZE: Size = { width: NODE_WIDTH, height: NODE_HEIGHT };
/** The group key of the top level (no container). */
export const TOP = '';

/** A placed node: its resource, container, position relative to it, and size. */
export interface Placed {
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
export function fitSize(min: Size, entry: NodeLayout | undefined, children: readonly Placed[]): Size {
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
export type SlotFinderFactory = (count: number) => SlotFinder;

/** Two columns for a handful of resources; a roughly square grid for many (imports without layout). */
function azColumns(count: number): number {
  return Math.max(AZ_COLUMNS, Math.round(Math.sqrt(count / 2)));
}

export const azSlots: SlotFinderFactory = (count) => {
  let next = 0;
  const columns = azColumns(count);
  return (occupied, _r, size) => {
    const slot = gridSlot(occupied, size, CONTENT_ORIGIN, AZ_CELL, columns, next);
    next = slot.index + 1;
    return slot;
  };
};

/** In a region: AZs side by side in the first row, networks and subnets in rows below the zones. */
export function regionSlots(zones: readonly Placed[]): SlotFinderFactory {
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
export const topSlots: SlotFinderFactory = () => {
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
export function placeChildren(
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
export function groupByContainer(resources: readonly Resource[], containment: ContainmentMap): Map<string, Resource[]> {
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
