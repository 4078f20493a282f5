/**
 * The connections an outage breaks, drawn over the edges on a layer of their own: a red dashed
 * line over a pale band that hides the connection's own look, and a ✕ mark with the reason.
 *
 * The edges themselves do not change when a zone goes down. Without a GPU every pixel of an edge
 * layer that changes is drawn again with all the dashed curves under it, and restyling the broken
 * edges in place re-rasterised most of the view after each click on a zone (about 100 ms at 10,000
 * resources). This layer holds only the broken connections, so drawing it costs next to nothing.
 * Their dashed lines are drawn in pieces: a tile of this layer then dashes only the pieces crossing
 * it, not every broken curve in full (4-15 ms of raster on the path from the click to the screen).
 */
import { useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useAnalysisSelector } from '../../analysis/hooks';
import { brokenIndex } from '../../analysis/reportIndex';
import type { BrokenConnection } from '../../engine/types';
import { BROKEN_EDGE_STYLE, BrokenEdgeMark } from '../../ui/analysis/BrokenEdgeMark';
import { useDesignStoreApi } from '../../store/context';
import type { DrawnEdge } from '../culling';
import type { ConnectionFlowEdge } from '../flowTypes';
import type { Rect } from '../geometry';
import { brokenShapes, type BrokenShape, type EdgeBetween } from './brokenShapes';
import { dashCoverage } from './connectionStyles';

/**
 * Above every edge in the edge layer, a selected node's edges too (React Flow lifts those by 1000):
 * an edge drawn above this layer and overlapping it would be taken out of the edge layer onto one
 * of its own when an outage gives this layer content, and the edge layer drawn again without it.
 */
const OVERLAY_Z = 100_000;
const NO_BROKEN: readonly BrokenConnection[] = [];
const NO_EDGES: readonly ConnectionFlowEdge[] = [];
const NO_DRAWN: readonly DrawnEdge[] = [];
const FAR_OPACITY = dashCoverage(String(BROKEN_EDGE_STYLE.strokeDasharray));

const domNodeOf = (s: ReactFlowState): HTMLDivElement | null => s.domNode;

function boxOf(node: InternalNode | undefined): Rect | null {
  if (!node) return null;
  const width = node.measured.width ?? node.width;
  const height = node.measured.height ?? node.height;
  if (width === undefined || height === undefined) return null;
  return { ...node.internals.positionAbsolute, width, height };
}

const sameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameEnds = (a: readonly EdgeBetween[], b: readonly EdgeBetween[]): boolean =>
  a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.edge === y.edge && sameRect(x.source, y.source) && sameRect(x.target, y.target);
  });

interface Props {
  /** The edges React Flow draws. */
  edges: readonly ConnectionFlowEdge[];
  /** The edges the canvas draws itself zoomed far out (see `FarEdges`). */
  drawn: readonly DrawnEdge[];
  /** The covered area (null: no limit). */
  area: Rect | null;
}

function BrokenEdgesComponent({ edges, drawn, area }: Props) {
  const domNode = useStore(domNodeOf);
  const layer = useMemo(() => domNode?.querySelector('.react-flow__edges') ?? null, [domNode]);
  const broken = useAnalysisSelector((s) => s.report?.broken ?? NO_BROKEN);
  const index = brokenIndex(broken);
  const hit = useMemo(() => (index.size === 0 ? NO_EDGES : edges.filter((e) => e.data !== undefined && index.has(e.data.connectionId))), [edges, index]);
  const farHit = useMemo(() => (index.size === 0 ? NO_DRAWN : drawn.filter((d) => d.edge.data !== undefined && index.has(d.edge.data.connectionId))), [drawn, index]);
  // The ends as React Flow has them (a drag moves them before the design does): watched only for
  // the broken edges, so that nothing runs on changes of React Flow's store without an outage.
  const endsOf = useCallback(
    (s: ReactFlowState): EdgeBetween[] => {
      const ends: EdgeBetween[] = [];
      for (const edge of hit) {
        const source = boxOf(s.nodeLookup.get(edge.source));
        const target = boxOf(s.nodeLookup.get(edge.target));
        if (source && target) ends.push({ edge, source, target });
      }
      return ends;
    },
    [hit],
  );
  const near = useStore(endsOf, sameEnds);
  const shapes = useMemo(() => brokenShapes(near, farHit, area, (id) => index.get(id)), [near, farHit, area, index]);
  const select = useSelectEdge();
  if (!layer) return null;
  return createPortal(
    <svg className="fl-broken-edges" style={{ zIndex: OVERLAY_Z }}>
      {shapes.map((shape) => (
        <BrokenShapeView key={shape.key} shape={shape} onSelect={select} />
      ))}
    </svg>,
    layer,
  );
}

function BrokenShapeView({ shape, onSelect }: { shape: BrokenShape; onSelect: (edgeId: string) => void }) {
  const onClick = useCallback(
    (event: MouseEvent) => {
      event.stopPropagation();
      onSelect(shape.key);
    },
    [onSelect, shape.key],
  );
  return (
    <g>
      {!shape.selected && (
        <>
          <path className="fl-broken-edge-band" d={shape.d} />
          {shape.dashes.map((piece) => (
            <path
              key={piece.offset}
              d={piece.d}
              fill="none"
              stroke={BROKEN_EDGE_STYLE.stroke}
              strokeWidth={BROKEN_EDGE_STYLE.strokeWidth}
              strokeDasharray={shape.far ? undefined : BROKEN_EDGE_STYLE.strokeDasharray}
              strokeDashoffset={shape.far || piece.offset === 0 ? undefined : piece.offset}
              strokeOpacity={shape.far ? FAR_OPACITY : undefined}
            />
          ))}
        </>
      )}
      {shape.mark && (
        <g className="fl-broken-edge-mark nopan" onClick={onClick}>
          <BrokenEdgeMark x={shape.mark.x} y={shape.mark.y} broken={shape.broken} />
        </g>
      )}
    </g>
  );
}

/** Selects a canvas edge as a click on it does: the connection, or the pool member it stands for. */
function useSelectEdge(): (edgeId: string) => void {
  const store = useDesignStoreApi();
  const flow = useStoreApi<never, ConnectionFlowEdge>();
  return useCallback(
    (edgeId: string) => {
      const member = flow.getState().edgeLookup.get(edgeId)?.data?.memberId ?? null;
      store.getState().select(member === null ? { resources: [], connections: [edgeId] } : { resources: [member], connections: [] });
    },
    [flow, store],
  );
}

/** Place inside `<ReactFlow>`; draws nothing without a broken connection in the area. */
export const BrokenEdges = memo(BrokenEdgesComponent);
