/**
 * Dragging nodes: one drag is one undo step (a store gesture). While it lasts, positions go into the
 * gesture and containers keep their size (so a node can leave its container); on drop, a node that
 * landed in another container takes what that container decides (a new AZ) inside the same
 * gesture, or the whole drag is undone with the reason when the move is not allowed.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { nameOf } from '../model/connectionReasons';
import { findResource } from '../model/placement';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUiApi } from './CanvasUiContext';
import { applyMoves, type NodeMove } from './documentOps';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { snap, type Rect, type Size } from './geometry';
import { absoluteRects, containerAt, withDescendants } from './hitTest';
import { placementForMove } from './moveRules';

const ORIGIN: Rect = { x: 0, y: 0, width: 0, height: 0 };
/** Up to this many dragged resources get their edges drawn on layers of their own (see `canvasUi`). */
const MAX_LAYERED = 20;

type DragHandler = (event: MouseEvent | ReactMouseEvent | TouchEvent, nodes: FlowNode[]) => void;

function centreOf(node: FlowNode, rects: ReadonlyMap<string, Rect>): { x: number; y: number; left: number; top: number } {
  const parent = node.parentId === undefined ? ORIGIN : (rects.get(node.parentId) ?? ORIGIN);
  const left = parent.x + node.position.x;
  const top = parent.y + node.position.y;
  return { x: left + (node.width ?? 0) / 2, y: top + (node.height ?? 0) / 2, left, top };
}

export interface NodeDrag {
  /** Container sizes held while a drag is in progress, or null. */
  frozenSizes: ReadonlyMap<string, Size> | null;
  onDragStart: DragHandler;
  onDrag: DragHandler;
  onDragStop: DragHandler;
}

export function useNodeDrag(): NodeDrag {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();
  const [frozenSizes, setFrozenSizes] = useState<ReadonlyMap<string, Size> | null>(null);

  /** The container each top-level dragged node is over, and that node's centre. */
  const targets = useCallback(
    (dragged: readonly FlowNode[]) => {
      const nodes = flow.getNodes();
      const rects = absoluteRects(nodes);
      const moving = withDescendants(nodes, dragged.map((n) => n.id));
      const tops = dragged.filter((n) => n.parentId === undefined || !moving.has(n.parentId));
      return tops.map((node) => {
        const centre = centreOf(node, rects);
        return { node, centre, container: containerAt(nodes, centre, moving, rects) as ResourceId | null, rects };
      });
    },
    [flow],
  );

  const onDragStart = useCallback<DragHandler>(
    (_event, dragged) => {
      const sizes = new Map<string, Size>();
      for (const n of flow.getNodes()) if (n.type !== 'resource') sizes.set(n.id, { width: n.width ?? 0, height: n.height ?? 0 });
      setFrozenSizes(sizes);
      const layered = dragged.length <= MAX_LAYERED && dragged.every((n) => n.type === 'resource');
      ui.getState().setDragging(layered ? new Set(dragged.map((n) => n.id)) : null);
      const design = store.getState().file.design;
      const [first] = dragged;
      const single = dragged.length === 1 && first ? findResource(design, first.id as ResourceId) : undefined;
      store.getState().beginGesture(single ? `Move ${nameOf(single)}` : `Move ${dragged.length} resources`);
    },
    [flow, store, ui],
  );

  const onDrag = useCallback<DragHandler>(
    (_event, dragged) => {
      const [first] = targets(dragged);
      ui.getState().setDropTarget(first?.container ?? null);
    },
    [targets, ui],
  );

  const onDragStop = useCallback<DragHandler>(
    (_event, dragged) => {
      const design = store.getState().file.design;
      const moves: NodeMove[] = [];
      let refusal: string | null = null;
      for (const { node, centre, container, rects } of targets(dragged)) {
        const verdict = placementForMove(design, node.id as ResourceId, container);
        if (!verdict.ok) {
          refusal = verdict.reason;
          break;
        }
        if (verdict.parent === (node.parentId ?? null) && verdict.patch === null) continue;
        const parent = verdict.parent === null ? ORIGIN : (rects.get(verdict.parent) ?? ORIGIN);
        moves.push({ id: node.id as ResourceId, parent: verdict.parent, x: snap(centre.left - parent.x), y: snap(centre.top - parent.y), patch: verdict.patch });
      }
      const state = store.getState();
      if (refusal !== null) {
        state.cancelGesture();
        ui.getState().showStatus(refusal, 'refusal');
      } else {
        if (moves.length > 0) state.updateGesture((file) => applyMoves(file, moves));
        state.endGesture();
      }
      setFrozenSizes(null);
      ui.getState().setDropTarget(null);
      ui.getState().setDragging(null);
    },
    [store, targets, ui],
  );

  return { frozenSizes, onDragStart, onDrag, onDragStop };
}
