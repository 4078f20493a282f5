/**
 * Adding a resource from the palette: where it was dropped, or (click, Enter, Space) at the centre
 * of the view, falling back to the selected resource's container or the first container that takes
 * it. One undo step; the new resource is selected.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { createResource } from '../model/defaults';
import { nameOfId, RESOURCE_KIND_LABELS } from '../model/connectionReasons';
import type { Design, NodeLayout, ResourceId, ResourceKind } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUiApi } from './CanvasUiContext';
import { containmentOf } from './containment';
import { addPlaced } from './documentOps';
import { memberFromSelection, placementForDrop, type DropPlacement } from './dropPlacement';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { AZ_MIN, CONTAINER_HEADER, GRID, NODE_HEIGHT, NODE_WIDTH, REGION_MIN, rectsOverlap, snap, type Rect, type Size } from './geometry';
import { absoluteRects, containerAt, resourceAt } from './hitTest';
import { mapNodes } from './mapping';
import { useConnectResources } from './useConnectResources';

/** The drag-and-drop type of palette items; the data is the resource kind. */
export const PALETTE_DRAG_TYPE = 'application/x-faultline-kind';

function sizeOfKind(kind: ResourceKind): Size {
  if (kind === 'region') return REGION_MIN;
  if (kind === 'availabilityZone') return AZ_MIN;
  return { width: NODE_WIDTH, height: NODE_HEIGHT };
}

/** Containers to try when a keyboard add does not fit the centre of the view. */
function fallbackContainers(design: Design, selection: readonly ResourceId[]): (ResourceId | null)[] {
  const containment = containmentOf(design);
  const selected = selection.flatMap((id) => {
    const r = design.resources.find((x) => x.id === id);
    const own = r?.kind === 'region' || r?.kind === 'availabilityZone' ? [id] : [];
    return [...own, containment.get(id)?.parent ?? null];
  });
  const zones = design.resources.filter((r) => r.kind === 'availabilityZone').map((r) => r.id);
  const regions = design.resources.filter((r) => r.kind === 'region').map((r) => r.id);
  return [...selected.filter((c): c is ResourceId => c !== null), ...zones, ...regions, null];
}

/**
 * The layout of a new node at `point` in its container, or undefined (a free slot) when it would
 * cover a sibling there.
 */
function layoutAt(kind: ResourceKind, point: { x: number; y: number }, parent: ResourceId | null, nodes: readonly FlowNode[], rects: ReadonlyMap<string, Rect>): NodeLayout | undefined {
  const size = sizeOfKind(kind);
  const origin = parent === null ? { x: 0, y: 0 } : (rects.get(parent) ?? { x: 0, y: 0 });
  // Resources are centred under the pointer; a container's header is.
  const grab = kind === 'region' || kind === 'availabilityZone' ? { x: GRID * 2, y: GRID } : { x: size.width / 2, y: size.height / 2 };
  const minimum = parent === null ? -Infinity : GRID;
  const x = Math.max(minimum, snap(point.x - origin.x - grab.x));
  const y = Math.max(parent === null ? -Infinity : CONTAINER_HEADER + GRID, snap(point.y - origin.y - grab.y));
  const rect = { x, y, ...size };
  const clash = nodes.some((n) => (n.parentId ?? null) === parent && rectsOverlap(rect, { ...n.position, width: n.width ?? 0, height: n.height ?? 0 }));
  if (clash) return undefined;
  return parent === null ? { x, y } : { x, y, parent };
}

/** A function that adds a resource of `kind`, dropped at screen point `at` or at the view's centre. */
export function useAddResource(): (kind: ResourceKind, at?: { x: number; y: number }) => void {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();
  const flowStore = useStoreApi<FlowNode, ConnectionFlowEdge>();
  const connectResources = useConnectResources();

  return useCallback(
    (kind, at) => {
      const { file, selection } = store.getState();
      const design = file.design;
      if (kind === 'poolMember') {
        const member = memberFromSelection(design, selection.resources);
        if ('reason' in member) ui.getState().showStatus(member.reason, 'refusal');
        else connectResources(member.pool, member.instance, 'poolMember');
        return;
      }
      const domRect = flowStore.getState().domNode?.getBoundingClientRect();
      const screen = at ?? (domRect ? { x: domRect.left + domRect.width / 2, y: domRect.top + domRect.height / 2 } : { x: 0, y: 0 });
      const point = flow.screenToFlowPosition(screen);
      const nodes = flow.getNodes();
      const rects = absoluteRects(nodes);
      const context = { selection: selection.resources, target: resourceAt(nodes, point, rects) as ResourceId | null };
      const container = containerAt(nodes, point, new Set(), rects) as ResourceId | null;
      let verdict: DropPlacement = placementForDrop(design, kind, container, context);
      let atPoint = true;
      if (!verdict.ok && at === undefined) {
        for (const candidate of fallbackContainers(design, selection.resources)) {
          const attempt = placementForDrop(design, kind, candidate, context);
          if (attempt.ok) {
            verdict = attempt;
            atPoint = false;
            break;
          }
        }
      }
      if (!verdict.ok) {
        ui.getState().showStatus(verdict.reason, 'refusal');
        return;
      }
      const resource = createResource(kind, verdict.props);
      const layout = atPoint && verdict.atDropPoint ? layoutAt(kind, point, verdict.parent, nodes, rects) : undefined;
      store.getState().commit(`Add ${resource.name}`, (f) => addPlaced(f, resource, layout));
      store.getState().select({ resources: [resource.id], connections: [] });
      const where = verdict.parent === null ? '' : ` to ${nameOfId(store.getState().file.design, verdict.parent)}`;
      ui.getState().showStatus(`Added ${RESOURCE_KIND_LABELS[kind]} ${resource.name}${where}.`);
      if (!atPoint) {
        // Out of sight when a fallback container took it: bring it to the centre of the view.
        const placed = absoluteRects(mapNodes(store.getState().file)).get(resource.id);
        if (placed) void flow.setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, { zoom: flow.getZoom() });
      }
    },
    [store, ui, flow, flowStore, connectResources],
  );
}
