/**
 * The positions of the nodes being dragged, held by the canvas while the drag lasts (see
 * `useNodeDrag`) and patched into the few nodes handed to React Flow, instead of going through the
 * document on every pointer move.
 */
import type { FlowNode } from './flowTypes';

/** A drag in progress: the dragged nodes, and where React Flow has put them so far. */
export interface DragState {
  ids: ReadonlySet<string>;
  /** Position relative to the node's container, by node id (only nodes moved so far). */
  positions: ReadonlyMap<string, { x: number; y: number }>;
}

/**
 * `nodes` with the held positions in place (new objects for the moved nodes only); `nodes` itself
 * when nothing is held.
 */
export function withDragPositions(nodes: FlowNode[], positions: DragState['positions'] | null | undefined): FlowNode[] {
  if (!positions || positions.size === 0) return nodes;
  return nodes.map((node) => {
    const p = positions.get(node.id);
    return p === undefined || (p.x === node.position.x && p.y === node.position.y) ? node : { ...node, position: { x: p.x, y: p.y } };
  });
}
