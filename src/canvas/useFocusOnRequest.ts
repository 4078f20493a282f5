/**
 * Brings a resource into view when the app asks for it (an explanation step, a finding, a row of
 * the report): centres its node, keeping the zoom unless it is too far out to read.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useFocusRequests } from '../analysis/focus';
import type { ResourceId } from '../model/types';

/** The smallest zoom at which a focused node is shown. */
const READABLE_ZOOM = 0.8;

/** Listens for focus requests for as long as the canvas is mounted. */
export function useFocusOnRequest(): void {
  const flow = useReactFlow();
  const focus = useCallback(
    (id: ResourceId) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? node.width ?? 0;
      const height = node.measured.height ?? node.height ?? 0;
      void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM), duration: 300 });
    },
    [flow],
  );
  useFocusRequests(focus);
}
