/**
 * Dragging nodes: one drag is one undo step (a store gesture). While it lasts, the positions React
 * Flow reports are held by the canvas and patched into the nodes it hands React Flow; the document
 * is left alone, so nothing that watches it (the mapping of every node, the minimap, autosave, the
 * analysis) runs on each pointer move, and containers keep their size (a node can leave its
 * container). When the pointer is released the held positions go into the gesture; a node that
 * landed in another container takes what that container decides (a new AZ) inside the same
 * gesture, or the whole drag is undone with the reason when the move is not allowed.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { nameOf } from '../model/connectionReasons';
import { findResource } from '../model/placement';
import type { ResourceId } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUiApi } from './CanvasUiContext';
import { applyMoves, moveWithin, type DragPosition, type NodeMove } from './documentOps';
import type { DragState } from './dragPositions';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { snap, type Rect } from './geometry';
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
  /** The drag in progress (its nodes and their held positions), or null. */
  state: DragState | null;
  onDragStart: DragHandler;
  onDrag: DragHandler;
  onDragStop: DragHandler;
  /**
   * Takes positions React Flow reports while a drag is in progress (true), or leaves them to the
   * caller (false: no drag, e.g. an arrow key nudge). `dragging` false is the drop: everything held
   * goes into the gesture.
   */
  hold: (positions: readonly DragPosition[], dragging: boolean) => boolean;
}

export function useNodeDrag(): NodeDrag {
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();
  const [state, setState] = useState<DragState | null>(null);
  // The positions held so far (kept out of React state: every pointer move adds to it).
  const held = useRef<{ ids: ReadonlySet<string>; positions: Map<string, DragPosition> } | null>(null);

  /** The held positions into the gesture; the drag keeps its nodes until it stops. */
  const flush = useCallback(() => {
    const current = held.current;
    if (!current || current.positions.size === 0) return;
    const positions = [...current.positions.values()];
    current.positions = new Map();
    store.getState().updateGesture((file) => moveWithin(file, positions));
    setState({ ids: current.ids, positions: current.positions });
  }, [store]);

  const hold = useCallback(
    (positions: readonly DragPosition[], dragging: boolean): boolean => {
      const current = held.current;
      if (!current) return false;
      for (const p of positions) current.positions.set(p.id, p);
      if (dragging) {
        setState({ ids: current.ids, positions: new Map(current.positions) });
        return true;
      }
      flush();
      // Dropped (or aborted by React Flow, which then reports no stop): later moves are not held.
      held.current = null;
      return true;
    },
    [flush],
  );

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
      const ids = new Set(dragged.map((n) => n.id));
      held.current = { ids, positions: new Map() };
      setState({ ids, positions: held.current.positions });
      const layered = dragged.length <= MAX_LAYERED && dragged.every((n) => n.type === 'resource');
      ui.getState().setDragging(layered ? ids : null);
      const design = store.getState().file.design;
      const [first] = dragged;
      const single = dragged.length === 1 && first ? findResource(design, first.id as ResourceId) : undefined;
      store.getState().beginGesture(single ? `Move ${nameOf(single)}` : `Move ${dragged.length} resources`);
    },
    [store, ui],
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
      // React Flow reports the final positions before the stop, so nothing should be held any more.
      flush();
      held.current = null;
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
      setState(null);
      ui.getState().setDropTarget(null);
      ui.getState().setDragging(null);
    },
    [flush, store, targets, ui],
  );

  return { state, onDragStart, onDrag, onDragStop, hold };
}
