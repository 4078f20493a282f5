/**
 * The overview in the corner: every node of the design (React Flow's own minimap would show only
 * the part of the design the canvas hands to React Flow, see `culling`) and the view as a window
 * in a mask. Pans and zooms like React Flow's minimap (same `XYMinimap` behaviour, same classes).
 *
 * Nodes are drawn as one path per colour rather than one element per node, so a design of
 * thousands of nodes costs a handful of elements; the paths are redrawn at most a few times a
 * second while nodes move.
 */
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { withDragPositions, type DragState } from './dragPositions';
import type { FlowNode } from './flowTypes';
import type { Rect } from './geometry';
import { createMiniMapPainter, type MiniMapDrawing } from './minimapDrawing';

const WIDTH = 168;
const HEIGHT = 112;
/** Room around the drawing, in minimap pixels (React Flow's `offsetScale`). */
const OFFSET_SCALE = 5;
const STROKE_WIDTH = 2;
/** While nodes move, the drawing follows at most this often. */
const REDRAW_MS = 200;
const TITLE_ID = 'fl-minimap-title';

/**
 * The nodes to draw (with the held positions of a drag in progress), following `nodes` at most
 * every {@link REDRAW_MS} while they keep changing.
 */
function useThrottledDrawing(nodes: FlowNode[], moved: DragState['positions'] | null): MiniMapDrawing {
  const [painter] = useState(createMiniMapPainter);
  const [drawing, setDrawing] = useState(() => painter.paint(nodes));
  const drawn = useRef<{ nodes: FlowNode[]; moved: DragState['positions'] | null }>({ nodes, moved });
  const lastAt = useRef(0);
  useEffect(() => {
    if (drawn.current.nodes === nodes && drawn.current.moved === moved) return;
    const redraw = (): void => {
      drawn.current = { nodes, moved };
      lastAt.current = performance.now();
      // Patched here, a few times a second, rather than on every pointer move.
      setDrawing(painter.paint(withDragPositions(nodes, moved)));
    };
    const wait = REDRAW_MS - (performance.now() - lastAt.current);
    if (wait <= 0) {
      redraw();
      return;
    }
    const timer = setTimeout(redraw, wait);
    return () => clearTimeout(timer);
  }, [nodes, moved, painter]);
  return drawing;
}

const viewSelector = (s: ReactFlowState) => ({
  tx: s.transform[0],
  ty: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
});

type View = ReturnType<typeof viewSelector>;
const sameView = (a: View, b: View): boolean =>
  a.tx === b.tx &&
  a.ty === b.ty &&
  a.zoom === b.zoom &&
  a.width === b.width &&
  a.height === b.height &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent;

function union(a: Rect, b: Rect | null): Rect {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

interface MiniMapProps {
  nodes: FlowNode[];
  /** The positions held by a drag in progress (see `useNodeDrag`), or null. */
  moved: DragState['positions'] | null;
  ariaLabel: string;
}

function DesignMiniMapComponent({ nodes, moved, ariaLabel }: MiniMapProps) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const minimap = useRef<XYMinimapInstance | null>(null);
  const view = useStore(viewSelector, sameView);
  const drawing = useThrottledDrawing(nodes, moved);

  const viewBB = { x: -view.tx / view.zoom, y: -view.ty / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  const box = union(viewBB, drawing.bounds);
  const viewScale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const scaleRef = useRef(viewScale);
  useLayoutEffect(() => {
    scaleRef.current = viewScale;
  });
  const viewWidth = viewScale * WIDTH;
  const viewHeight = viewScale * HEIGHT;
  const offset = OFFSET_SCALE * viewScale;
  const x = box.x - (viewWidth - box.width) / 2 - offset;
  const y = box.y - (viewHeight - box.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;

  useEffect(() => {
    const panZoom = store.getState().panZoom;
    if (!svg.current || !panZoom) return;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [store, view.panZoom]);

  useEffect(() => {
    minimap.current?.update({
      translateExtent: view.translateExtent,
      width: view.width,
      height: view.height,
      inversePan: false,
      pannable: true,
      zoomStep: 1,
      zoomable: true,
    });
  }, [view.translateExtent, view.width, view.height, view.panZoom]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${String(x)} ${String(y)} ${String(width)} ${String(height)}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={TITLE_ID}
      >
        <title id={TITLE_ID}>{ariaLabel}</title>
        {drawing.paths.map((g) => (
          <path key={`${g.fill} ${g.stroke}`} className="react-flow__minimap-node" d={g.d} style={{ fill: g.fill, stroke: g.stroke, strokeWidth: STROKE_WIDTH }} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${String(x - offset)},${String(y - offset)}h${String(width + offset * 2)}v${String(height + offset * 2)}h${String(-width - offset * 2)}z
        M${String(viewBB.x)},${String(viewBB.y)}h${String(viewBB.width)}v${String(viewBB.height)}h${String(-viewBB.width)}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

/** The minimap of the whole design (give it every node, not only those handed to React Flow). */
export const DesignMiniMap = memo(DesignMiniMapComponent);
