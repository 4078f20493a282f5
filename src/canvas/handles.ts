/**
 * The handles of a resource node, declared up front: React Flow then draws edges to nodes it has
 * not mounted (culled off screen) and never needs to measure them.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

/** The size of the round handles on each side. */
export const HANDLE_SIZE = 10;

/** Handle ids: one per side to start a connection from, and the whole body to end one on. */
export const SIDE_HANDLES = [
  { id: 'top', position: Position.Top, x: NODE_WIDTH / 2, y: 0 },
  { id: 'right', position: Position.Right, x: NODE_WIDTH, y: NODE_HEIGHT / 2 },
  { id: 'bottom', position: Position.Bottom, x: NODE_WIDTH / 2, y: NODE_HEIGHT },
  { id: 'left', position: Position.Left, x: 0, y: NODE_HEIGHT / 2 },
] as const;

export const BODY_HANDLE_ID = 'body';

/** The handle geometry of every resource node: one shared array, never mutated. */
export const RESOURCE_HANDLES: NodeHandle[] = [
  ...SIDE_HANDLES.map((h) => ({
    id: h.id,
    type: 'source' as const,
    position: h.position,
    x: h.x - HANDLE_SIZE / 2,
    y: h.y - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  })),
  { id: BODY_HANDLE_ID, type: 'target', position: Position.Top, x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT },
];
