/**
 * The elements handed to React Flow: those near the view (see `culling`), with the positions of a
 * drag in progress patched into the dragged nodes (see `useNodeDrag`). The covered area is the
 * view with half a view of margin on every side; it is recomputed, at most once per animation
 * frame, when the view leaves it or becomes much smaller than it (zoomed in), so panning within
 * the margin costs no React render at all.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createCuller, type Culled, type Culler } from './culling';
import type { ConnectionFlowEdge, FlowElements, FlowNode } from './flowTypes';
import { coveredArea, FAR_ZOOM, needsNewArea, viewRect } from './coveredArea';
import { withDragPositions, type DragState } from './dragPositions';
import type { Rect } from './geometry';
import type { Selection } from '../store/designStore';

/** Before React Flow knows its size: nothing but what is always handed over. */
const NOWHERE: Rect = { x: 0, y: 0, width: 0, height: 0 };

export interface CulledElements {
  /** What React Flow is given, and the edges the canvas draws itself (zoomed far out). */
  elements: Culled;
  culler: Culler;
  /** The covered area (null until React Flow knows its size). */
  covered: Rect | null;
  /** True when zoomed out below `FAR_ZOOM`. */
  far: boolean;
}

/** The culled elements of `full`, keeping the selected and the dragged nodes and edges whatever the view. */
export function useCulledElements(full: FlowElements, selection: Selection, drag: DragState | null): CulledElements {
  const flowStore = useStoreApi<FlowNode, ConnectionFlowEdge>();
  const [culler] = useState(createCuller);
  const [covered, setCovered] = useState<Rect | null>(null);
  const [far, setFar] = useState(false);

  useEffect(() => {
    let frame = 0;
    let current: Rect | null = null;
    let currentFar = false;
    const check = (): void => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      if (width === 0 || height === 0) return;
      const view = viewRect(transform, width, height);
      const nextFar = transform[2] < FAR_ZOOM;
      const newArea = needsNewArea(current, view);
      if (!newArea && nextFar === currentFar) return;
      if (newArea) current = coveredArea(view);
      currentFar = nextFar;
      const next = current;
      // Committed within this frame, so the nodes coming into view are drawn with it.
      flushSync(() => {
        setCovered(next);
        setFar(nextFar);
      });
    };
    const unsubscribe = flowStore.subscribe((s, prev) => {
      if (frame === 0 && (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height)) frame = requestAnimationFrame(check);
    });
    frame = requestAnimationFrame(check);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flowStore]);

  const keepNodes = useMemo(() => new Set<string>(selection.resources), [selection.resources]);
  // Selected connections, and selected pool members (whose edges carry the member's id).
  const keepEdges = useMemo(() => new Set<string>([...selection.connections, ...selection.resources]), [selection]);
  const moving = drag?.ids ?? null;
  const culled = useMemo(
    () => culler.cull(full, { covered: covered ?? NOWHERE, keepNodes, keepEdges, far, moving }),
    [culler, full, covered, keepNodes, keepEdges, far, moving],
  );
  // Each pointer move of a drag patches only the nodes handed over, not the whole design.
  const positions = drag?.positions;
  const elements = useMemo(() => {
    const nodes = withDragPositions(culled.nodes, positions);
    return nodes === culled.nodes ? culled : { ...culled, nodes };
  }, [culled, positions]);
  return { elements, culler, covered, far };
}
