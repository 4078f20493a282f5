/**
 * Fits the view to the design whenever another design is opened (a new design id), so an opened
 * file never starts off screen. Edits of the open design leave the view where the user put it.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesign } from '../store/context';

export function useFitOnOpen(options: FitViewOptions): void {
  const designId = useDesign((s) => s.file.design.id);
  const flow = useReactFlow();
  const first = useRef(true);
  useEffect(() => {
    // The initial fit is React Flow's own `fitView`.
    if (first.current) {
      first.current = false;
      return;
    }
    // After the new nodes have been handed to React Flow.
    const frame = requestAnimationFrame(() => void flow.fitView(options));
    return () => cancelAnimationFrame(frame);
  }, [designId, flow, options]);
}
