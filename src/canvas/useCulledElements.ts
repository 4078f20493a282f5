/**
 * The elements handed to React Flow: those near the view (see `culling`). The covered area is the
 * view with half a view of margin on every side; it is recomputed, at most once per animation
 * frame, when the view leaves it or becomes much smaller than it (zoomed in), so panning within
 * the margin costs no React render at all.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createCuller, type Culler } from './culling';
import type { ConnectionFlowEdge, FlowElements, FlowNode } from './flowTypes';
import { coveredArea, needsNewArea, viewRect } from './coveredArea';
import type { Rect } from './geometry';

/** Before React Flow knows its size: nothing but what is always handed over. */
const NOWHERE: Rect = { x: 0, y: 0, width: 0, height: 0 };

export interface CulledElements {
  /** What React Flow is given. */
  elements: FlowElements;
  culler: Culler;
  /** The covered area (null until React Flow knows its size). */
  covered: Rect | null;
}

/** The culled elements of `full`, keeping the `keep` ids (the selection) whatever the view. */
export function useCulledElements(full: FlowElements, keep: readonly string[]): CulledElements {
  const flowStore = useStoreApi<FlowNode, ConnectionFlowEdge>();
  const [culler] = useState(createCuller);
  const [covered, setCovered] = useState<Rect | null>(null);

  useEffect(() => {
    let frame = 0;
    let current: Rect | null = null;
    const check = (): void => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      if (width === 0 || height === 0) return;
      const view = viewRect(transform, width, height);
      if (!needsNewArea(current, view)) return;
      current = coveredArea(view);
      const next = current;
      // Committed within this frame, so the nodes coming into view are drawn with it.
      flushSync(() => setCovered(next));
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

  const keepSet = useMemo(() => new Set(keep), [keep]);
  const elements = useMemo(() => culler.cull(full, covered ?? NOWHERE, keepSet), [culler, full, covered, keepSet]);
  return { elements, culler, covered };
}
