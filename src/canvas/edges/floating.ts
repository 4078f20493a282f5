/**
 * Floating edge geometry: an edge leaves and enters a node where the line between the two node
 * centres crosses the node's border, so edges follow nodes around without fixed handle sides.
 */
import { Position, type InternalNode } from '@xyflow/react';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(node: InternalNode): Box {
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** Where the line from the centre of `a` towards the centre of `b` leaves `a`, and on which side. */
function exitPoint(a: Box, b: Box): { x: number; y: number; position: Position } {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const dx = b.x + b.width / 2 - ax;
  const dy = b.y + b.height / 2 - ay;
  if (dx === 0 && dy === 0) return { x: ax, y: a.y, position: Position.Top };
  // Scale the direction so that it just reaches the border of `a`.
  const scale = Math.min(dx === 0 ? Infinity : a.width / 2 / Math.abs(dx), dy === 0 ? Infinity : a.height / 2 / Math.abs(dy));
  const x = ax + dx * scale;
  const y = ay + dy * scale;
  const horizontal = Math.abs(dx) * a.height > Math.abs(dy) * a.width;
  const position = horizontal ? (dx > 0 ? Position.Right : Position.Left) : dy > 0 ? Position.Bottom : Position.Top;
  return { x, y, position };
}

/** The end points and sides of a floating edge between two nodes' boxes (absolute positions). */
export function floatingEdgeBetween(s: Box, t: Box) {
  const from = exitPoint(s, t);
  const to = exitPoint(t, s);
  return { sx: from.x, sy: from.y, sourcePos: from.position, tx: to.x, ty: to.y, targetPos: to.position };
}

/** The end points and sides of a floating edge between two nodes. */
export function floatingEdgeParams(source: InternalNode, target: InternalNode) {
  return floatingEdgeBetween(boxOf(source), boxOf(target));
}
