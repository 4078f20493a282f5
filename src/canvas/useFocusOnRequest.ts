/**
 * Brings a resource into view when the app asks for it (an explanation step, a finding, a row of
 * the report): centres its node, keeping the zoom unless it is too far out to read.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useFocusRequests } from '../analysis/focus';
import type { ResourceId } from '../model/types';
import type { Rect } from './geometry';

/** The smallest zoom at which a focused node is shown. */
const READABLE_ZOOM = 0.8;

/**
 * Listens for focus requests for as long as the canvas is mounted. `rectOf` gives a node's absolute
 * rectangle: the canvas hands React Flow only the nodes near the view, so it cannot be asked.
 */
export function useFocusOnRequest(rectOf: (id: string) => Rect | undefined): void {
  const flow = useReactFlow();
  const focus = useCallback(
    (id: ResourceId) => {
      const rect = rectOf(id);
      if (!rect) return;
      void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM), duration: 300 });
    },
    [flow, rectOf],
  );
  useFocusRequests(focus);
}
