/**
 * The shapes of the broken-connection overlay (see `BrokenEdges`): for each drawn edge that an
 * outage breaks, its curve between the two end boxes, cut to the area drawn, and where its ✕ mark
 * goes. Plain geometry, so it is tested without a browser.
 */
import type { BrokenConnection } from '../../engine/types';
import type { ConnectionFlowEdge } from '../flowTypes';
import type { Rect } from '../geometry';
import { bezierCurve, clipCurve, cubicPath, dashPieces, pointAt, type DashPiece } from './clipCurve';
import { floatingEdgeBetween } from './floating';

/** A drawn edge and the boxes (absolute positions) of its two end nodes. */
export interface EdgeBetween {
  edge: ConnectionFlowEdge;
  source: Rect;
  target: Rect;
}

/**
 * The longest piece of a broken edge's dashed line drawn as one path (canvas units): about a tile
 * of the overlay's layer at working zoom (see `dashPieces`).
 */
export const DASH_PIECE = 240;

export interface BrokenShape {
  /** The canvas edge's id. */
  key: string;
  /** SVG path data of the curve, cut to the area. */
  d: string;
  /** The same curve in pieces for its dashed line (a single piece for a far edge, drawn plain). */
  dashes: DashPiece[];
  broken: BrokenConnection;
  /** Drawn as a plain red line (zoomed far out, dashes narrower than a pixel). */
  far: boolean;
  /** A selected edge keeps its selected look: only its mark is added. */
  selected: boolean;
  /** The middle of the whole curve, where the ✕ mark goes; null when no mark is drawn (far edges). */
  mark: { x: number; y: number } | null;
}

/**
 * The overlay shapes of the edges in `near` (React Flow's edges, with marks) and `far` (drawn by
 * the canvas zoomed far out, without marks) that `brokenOf` finds broken, cut to `area` (null: no
 * limit). An edge whose curve never comes into the area is left out.
 */
export function brokenShapes(
  near: readonly EdgeBetween[],
  far: readonly EdgeBetween[],
  area: Rect | null,
  brokenOf: (connectionId: string) => BrokenConnection | undefined,
): BrokenShape[] {
  const shapes: BrokenShape[] = [];
  const add = (item: EdgeBetween, isFar: boolean): void => {
    const broken = item.edge.data ? brokenOf(item.edge.data.connectionId) : undefined;
    if (!broken) return;
    const { sx, sy, sourcePos, tx, ty, targetPos } = floatingEdgeBetween(item.source, item.target);
    const curve = bezierCurve(sx, sy, sourcePos, tx, ty, targetPos);
    const clipped = area ? clipCurve(curve, area) : { curve, offset: 0 };
    if (!clipped) return;
    const d = cubicPath(clipped.curve);
    shapes.push({
      key: item.edge.id,
      d,
      dashes: isFar ? [{ d, offset: 0 }] : dashPieces(clipped.curve, clipped.offset, DASH_PIECE),
      broken,
      far: isFar,
      selected: item.edge.selected === true,
      mark: isFar ? null : pointAt(curve, 0.5),
    });
  };
  for (const item of near) add(item, false);
  for (const item of far) add(item, true);
  return shapes;
}
