/**
 * Edges zoomed far out, drawn by the canvas itself: one SVG path per look (colour, weight and how
 * light the kind's dashes make it look) instead of one React Flow edge per connection, so a view
 * of thousands of connections costs a handful of elements. Dashes are narrower than a pixel at
 * that zoom, so each kind is a solid line as light as its dashes look. An outage does not change
 * them: broken connections are drawn over them (see `BrokenEdges`). The paths sit in React Flow's
 * edge layer, so they stack as its edges do. Selected connections and those of dragged nodes stay
 * React Flow edges (see `culling`).
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { DrawnEdge } from '../culling';
import type { Rect } from '../geometry';
import { bezierCurve, clipCurve, cubicPath } from './clipCurve';
import { CONNECTION_STYLES, dashCoverage } from './connectionStyles';
import { floatingEdgeBetween } from './floating';

const WIDTH = 1.6;
/** React Flow raises edges between nodes inside zones to this level (see its `getElevatedEdgeZIndex`). */
const EDGE_Z = 2;

export interface FarPath {
  colour: string;
  opacity: number;
  width: number;
  d: string;
}

/** The paths drawing `drawn`, cut to `area`. */
export function farPaths(drawn: readonly DrawnEdge[], area: Rect | null): FarPath[] {
  const groups = new Map<string, { colour: string; opacity: number; width: number; parts: string[] }>();
  for (const { edge, source, target } of drawn) {
    const data = edge.data;
    if (!data) continue;
    const look = CONNECTION_STYLES[data.kind];
    const colour = look.colour;
    const opacity = look.dash === undefined ? 1 : dashCoverage(look.dash);
    const width = WIDTH;
    const { sx, sy, sourcePos, tx, ty, targetPos } = floatingEdgeBetween(source, target);
    const curve = bezierCurve(sx, sy, sourcePos, tx, ty, targetPos);
    const clipped = area ? clipCurve(curve, area) : { curve };
    if (!clipped) continue;
    const key = `${colour} ${String(opacity)} ${String(width)}`;
    let group = groups.get(key);
    if (!group) {
      group = { colour, opacity, width, parts: [] };
      groups.set(key, group);
    }
    group.parts.push(cubicPath(clipped.curve));
  }
  return [...groups.values()].map(({ colour, opacity, width, parts }) => ({ colour, opacity, width, d: parts.join('') }));
}

const domNodeOf = (s: ReactFlowState): HTMLDivElement | null => s.domNode;

function FarEdgesComponent({ drawn, area }: { drawn: readonly DrawnEdge[]; area: Rect | null }) {
  const domNode = useStore(domNodeOf);
  // React Flow's edge layer is rendered with its root, so it is there once the root is known.
  const layer = useMemo(() => domNode?.querySelector('.react-flow__edges') ?? null, [domNode]);
  const paths = useMemo(() => farPaths(drawn, area), [drawn, area]);
  if (!layer || paths.length === 0) return null;
  return createPortal(
    <svg className="fl-far-edges" style={{ zIndex: EDGE_Z }} aria-hidden="true">
      {paths.map((p) => (
        <path key={`${p.colour} ${String(p.opacity)} ${String(p.width)}`} d={p.d} fill="none" stroke={p.colour} strokeOpacity={p.opacity} strokeWidth={p.width} />
      ))}
    </svg>,
    layer,
  );
}

/** Place inside `<ReactFlow>`; draws nothing unless given edges. */
export const FarEdges = memo(FarEdgesComponent);
