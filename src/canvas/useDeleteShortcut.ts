/**
 * Delete or Backspace removes the selection: resources (with their relations and dependent parts)
 * and connections, as one undo step. Only while the focus is on the canvas (or nowhere), so the
 * keys keep their meaning in the palette and panels. (To move into the actions registry.)
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUiApi } from './CanvasUiContext';
import { deleteSelection } from './documentOps';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { isEditingText } from './useUndoShortcuts';

function deletionLabel(resources: number, connections: number): string {
  const parts = [
    resources > 0 ? `${resources} resource${resources === 1 ? '' : 's'}` : '',
    connections > 0 ? `${connections} connection${connections === 1 ? '' : 's'}` : '',
  ].filter((p) => p !== '');
  return `Delete ${parts.join(' and ')}`;
}

export function useDeleteShortcut(canvas: RefObject<HTMLElement | null>): void {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || (event.key !== 'Delete' && event.key !== 'Backspace')) return;
      if (isEditingText(event.target)) return;
      const focus = document.activeElement;
      const onCanvas = focus === null || focus === document.body || (canvas.current?.contains(focus) ?? false);
      if (!onCanvas) return;
      const { selection } = store.getState();
      if (selection.resources.length === 0 && selection.connections.length === 0) return;
      event.preventDefault();
      const ends = new Map(flow.getEdges().map((e) => [e.id, { source: e.source, target: e.target }]));
      const outcome: { refusals: string[] } = { refusals: [] };
      const changed = store.getState().commit(deletionLabel(selection.resources.length, selection.connections.length), (file) => {
        const deletion = deleteSelection(file, selection, ends);
        outcome.refusals = deletion.refusals;
        return deletion.file;
      });
      const [refusal] = outcome.refusals;
      if (refusal !== undefined) ui.getState().showStatus(refusal, 'refusal');
      if (changed) store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canvas, flow, store, ui]);
}
