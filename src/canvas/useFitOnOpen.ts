/**
 * Fits the view to the design whenever another design is opened (a new design id), so an opened
 * file never starts off screen. Edits of the open design leave the view where the user put it.
 */
import { getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useDesign, useDesignStoreApi } from '../store/context';

/**
 * The first view, set as soon as React Flow knows its size and has the first nodes: before the
 * canvas first decides which nodes to draw (at the next animation frame), so the design is drawn
 * once, fitted, instead of first at zoom 1 around the origin and again once React Flow's own fit
 * view (which waits until the nodes are measured) has run. The nodes React Flow has by then are
 * the containers and the nodes reaching furthest out, so their declared sizes give the design's
 * bounds; React Flow's own fit later finds the same view.
 */
function useInitialFit(options: FitViewOptions): void {
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  const designStore = useDesignStoreApi();
  useLayoutEffect(() => {
    // An empty design keeps the default view: the first resource added must not move it.
    if (designStore.getState().file.design.resources.length === 0) return;
    let done = false;
    const fit = (s: ReactFlowState): boolean => {
      if (done || s.width === 0 || s.height === 0 || s.panZoom === null || s.nodeLookup.size === 0) return done;
      done = true;
      const bounds = getNodesBounds([...s.nodeLookup.values()]);
      const viewport = getViewportForBounds(bounds, s.width, s.height, options.minZoom ?? s.minZoom, options.maxZoom ?? s.maxZoom, options.padding ?? 0.1);
      void flow.setViewport(viewport);
      return true;
    };
    if (fit(flowStore.getState())) return;
    const unsubscribe = flowStore.subscribe((s) => {
      if (fit(s)) unsubscribe();
    });
    return unsubscribe;
  }, [flowStore, flow, designStore, options]);
}

export function useFitOnOpen(options: FitViewOptions): void {
  const designId = useDesign((s) => s.file.design.id);
  const flow = useReactFlow();
  const first = useRef(true);
  useInitialFit(options);
  useEffect(() => {
    // The initial fit is the one above, confirmed by React Flow's own `fitView`.
    if (first.current) {
      first.current = false;
      return;
    }
    // After the new nodes have been handed to React Flow.
    const frame = requestAnimationFrame(() => void flow.fitView(options));
    return () => cancelAnimationFrame(frame);
  }, [designId, flow, options]);
}
