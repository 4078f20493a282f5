/**
 * React Flow's change events, applied to the store: positions during a drag are held by the drag
 * (see `useNodeDrag`) until the drop; outside one (a keyboard nudge) each makes its own step;
 * selection changes update the store's selection, which is never an undo step. Selecting a pool
 * member's edge selects the member.
 */
import { useReactFlow, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import type { Selection } from '../store/designStore';
import { moveWithin, type DragPosition } from './documentOps';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import type { NodeDrag } from './useNodeDrag';

function toggled<T>(list: readonly T[], id: T, on: boolean): readonly T[] {
  if (on) return list.includes(id) ? list : [...list, id];
  return list.includes(id) ? list.filter((x) => x !== id) : list;
}

/** The change handlers; `hold` takes the positions of a drag in progress (see `useNodeDrag`). */
export function useChangeHandlers(hold: NodeDrag['hold']) {
  const store = useDesignStoreApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const positions: DragPosition[] = [];
      let dragging = false;
      let selection: Selection | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          dragging ||= change.dragging === true;
          const parent = (flow.getNode(change.id)?.parentId ?? null) as ResourceId | null;
          positions.push({ id: change.id as ResourceId, x: change.position.x, y: change.position.y, parent });
        } else if (change.type === 'select') {
          const current: Selection = selection ?? store.getState().selection;
          selection = { ...current, resources: toggled(current.resources, change.id as ResourceId, change.selected) };
        }
      }
      if (positions.length > 0 && !hold(positions, dragging)) {
        const state = store.getState();
        // Outside a drag (arrow keys on a focused node) each nudge is its own step.
        if (state.gestureBase) state.updateGesture((file) => moveWithin(file, positions));
        else state.commit(positions.length === 1 ? 'Nudge a resource' : `Nudge ${positions.length} resources`, (file) => moveWithin(file, positions));
      }
      if (selection) store.getState().select(selection);
    },
    [flow, hold, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionFlowEdge>[]) => {
      let selection: Selection | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        const current: Selection = selection ?? store.getState().selection;
        const member = flow.getEdge(change.id)?.data?.memberId ?? null;
        selection =
          member === null
            ? { ...current, connections: toggled(current.connections, change.id, change.selected) }
            : { ...current, resources: toggled(current.resources, member, change.selected) };
      }
      if (selection) store.getState().select(selection);
    },
    [flow, store],
  );

  return { onNodesChange, onEdgesChange };
}
