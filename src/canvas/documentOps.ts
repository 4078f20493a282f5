/**
 * Canvas edits composed from the model's pure operations: adding a resource where it was dropped,
 * moving nodes within and between containers. Each takes and returns a design file, so one store
 * `commit` (or one gesture) makes it one undo step.
 */
import { addResource, moveNodes, setLayout, updateResource, type ResourcePatch } from '../model/edit';
import type { DesignFile, NodeLayout, Resource, ResourceId } from '../model/types';
import { mapNodes } from './mapping';

/** `entry` at a new position in `parent`, keeping its stored size. */
function placedLayout(entry: NodeLayout | undefined, x: number, y: number, parent: ResourceId | null): NodeLayout {
  const size = entry?.width !== undefined && entry.height !== undefined ? { width: entry.width, height: entry.height } : {};
  return parent === null ? { ...size, x, y } : { ...size, x, y, parent };
}

/**
 * Stores where the canvas shows the node of `id` (its container and position), so that a node
 * placed in a free slot stays there when other nodes come and go.
 */
export function pinNode(file: DesignFile, id: ResourceId): DesignFile {
  const node = mapNodes(file).find((n) => n.id === id);
  if (!node) return file;
  const parent = (node.parentId ?? null) as ResourceId | null;
  return setLayout(file, id, placedLayout(file.layout.nodes[id], node.position.x, node.position.y, parent));
}

/** Adds a resource at `layout` (or in a free slot of its container when omitted) and pins it. */
export function addPlaced(file: DesignFile, resource: Resource, layout?: NodeLayout): DesignFile {
  return pinNode(addResource(file, resource, layout), resource.id);
}

/** A node dropped at a new place: its container after the move, position in it, and property changes. */
export interface NodeMove {
  id: ResourceId;
  parent: ResourceId | null;
  x: number;
  y: number;
  patch: Partial<Resource> | null;
}

/** Applies dropped moves: the property changes (a new AZ) and the new container and position. */
export function applyMoves(file: DesignFile, moves: readonly NodeMove[]): DesignFile {
  let next = file;
  for (const m of moves) {
    if (m.patch) next = updateResource(next, m.id, m.patch as ResourcePatch);
    next = setLayout(next, m.id, placedLayout(next.layout.nodes[m.id], m.x, m.y, m.parent));
  }
  return next;
}

/** A node's position while it is dragged, with the container it is drawn in. */
export interface DragPosition {
  id: ResourceId;
  x: number;
  y: number;
  parent: ResourceId | null;
}

/**
 * Moves nodes within the containers they are drawn in (during a drag). Entries stored for that
 * container only change position; a node that had no entry for it gets one, so it does not jump.
 */
export function moveWithin(file: DesignFile, positions: readonly DragPosition[]): DesignFile {
  const plain = positions.filter((p) => (file.layout.nodes[p.id]?.parent ?? null) === p.parent);
  let next = moveNodes(file, plain);
  for (const p of positions) {
    if ((file.layout.nodes[p.id]?.parent ?? null) !== p.parent) {
      next = setLayout(next, p.id, placedLayout(next.layout.nodes[p.id], p.x, p.y, p.parent));
    }
  }
  return next;
}
