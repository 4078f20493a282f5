import {
  ConnectionMode,
  Controls,
  ReactFlow,
  useConnection,
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useRef, type DragEvent } from 'react';
import { RESOURCE_KINDS, type ResourceId, type ResourceKind } from '../model/types';
import { useDesign, useDesignStoreApi } from '../store/context';
import { CanvasToolbar } from './CanvasToolbar';
import { useCanvasUiApi } from './CanvasUiContext';
import { ConnectionChooserSlot } from './ConnectionChooserSlot';
import { ConnectionHint } from './ConnectionHint';
import { connectionRulesNow, preloadConnectionRules, preloadConnectionRulesWhenIdle, withConnectionRules } from './connectionRules';
import { BrokenEdges } from './edges/BrokenEdges';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { FarEdges } from './edges/FarEdges';
import { edgeTypes, nodeTypes } from './elementTypes';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { DotBackground } from './DotBackground';
import { GRID } from './geometry';
import { CoveredAreaContext, FarViewContext } from './coveredArea';
import { containerAt } from './hitTest';
import { DesignMiniMap } from './DesignMiniMap';
import { Legend } from './Legend';
import { StatusArea } from './StatusArea';
import { PALETTE_DRAG_TYPE, useAddResource } from './useAddResource';
import { useChangeHandlers } from './useChangeHandlers';
import { useConnectResources } from './useConnectResources';
import { useCulledElements } from './useCulledElements';
import { useFitOnOpen } from './useFitOnOpen';
import { useFlowElements } from './useFlowElements';
import { useFocusOnRequest } from './useFocusOnRequest';
import { useNodeDrag } from './useNodeDrag';
import './canvas.css';

const SNAP_GRID: [number, number] = [GRID, GRID];
/** Room around the design when fitting it into view (the toolbar and minimap float over the edges). */
const FIT_VIEW = { padding: 0.12, maxZoom: 1 };
const KINDS: ReadonlySet<string> = new Set(RESOURCE_KINDS);
const isKind = (value: string): value is ResourceKind => KINDS.has(value);

function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } {
  const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
  if (touch) return { x: touch.clientX, y: touch.clientY };
  return 'clientX' in event ? { x: event.clientX, y: event.clientY } : { x: 0, y: 0 };
}

/**
 * The design canvas: the document drawn as regions, zones, resources and connections. Drag from
 * the palette to add, drag nodes to move (into another zone too), drag from a node's side handle
 * to connect. Shift+drag on empty canvas draws a selection box; Shift/Ctrl/Cmd-click adds to the
 * selection; Delete removes it.
 */
export function DesignCanvas() {
  const wrapper = useRef<HTMLDivElement>(null);
  const store = useDesignStoreApi();
  const ui = useCanvasUiApi();
  const flow = useReactFlow<FlowNode, ConnectionFlowEdge>();
  const drag = useNodeDrag();
  const full = useFlowElements();
  const selection = useDesign((s) => s.selection);
  const { elements, culler, covered, far } = useCulledElements(full, selection, drag.state);
  const { nodes, edges, drawn } = elements;
  const { onNodesChange, onEdgesChange } = useChangeHandlers(drag.hold);
  const addResource = useAddResource();
  const connectResources = useConnectResources();
  const connecting = useConnection((c) => c.inProgress);
  const empty = useDesign((s) => s.file.design.resources.length === 0);
  useFitOnOpen(FIT_VIEW);
  useFocusOnRequest(culler.rectOf);

  // Stable handlers: React Flow puts every changed handler into its store, each change waking every
  // mounted node's watch on that store, and the canvas re-renders on every pointer move of a drag.
  const { onDragStart, onDrag, onDragStop } = drag;
  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>((event, _node, dragged) => onDragStart(event, dragged), [onDragStart]);
  const onNodeDrag = useCallback<OnNodeDrag<FlowNode>>((event, _node, dragged) => onDrag(event, dragged), [onDrag]);
  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>((event, _node, dragged) => onDragStop(event, dragged), [onDragStop]);

  // The connection rules load on first use (see `connectionRules`): fetched once the canvas has
  // been idle after opening, and when a connection drag starts at the latest.
  useEffect(preloadConnectionRulesWhenIdle, []);
  const isValidConnection = useCallback((c: Connection | Edge) => {
    const rules = connectionRulesNow();
    return rules !== null && rules.connectionIntent(store.getState().file.design, c.source as ResourceId, c.target as ResourceId).ok;
  }, [store]);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (!state.fromNode || !state.toNode) return;
      const source = state.fromNode.id as ResourceId;
      const target = state.toNode.id as ResourceId;
      const point = clientPoint(event);
      withConnectionRules(
        (rules) => {
          const intent = rules.connectionIntent(store.getState().file.design, source, target);
          if (!intent.ok) {
            ui.getState().showStatus(intent.reason, 'refusal');
            return;
          }
          const [only] = intent.kinds;
          if (intent.kinds.length === 1 && only !== undefined) {
            connectResources(intent.from, intent.to, only);
            return;
          }
          const box = wrapper.current?.getBoundingClientRect();
          ui.getState().openChooser({ from: intent.from, to: intent.to, kinds: intent.kinds, x: point.x - (box?.left ?? 0), y: point.y - (box?.top ?? 0) });
        },
        (message) => ui.getState().showStatus(message, 'refusal'),
      );
    },
    [store, ui, connectResources],
  );

  const onDragOver = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      ui.getState().setDropTarget(containerAt(flow.getNodes(), point));
    },
    [flow, ui],
  );

  const onDragLeave = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      if (!(event.relatedTarget instanceof Node) || !wrapper.current?.contains(event.relatedTarget)) ui.getState().setDropTarget(null);
    },
    [ui],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      ui.getState().setDropTarget(null);
      if (!isKind(kind)) return;
      event.preventDefault();
      addResource(kind, { x: event.clientX, y: event.clientY });
    },
    [addResource, ui],
  );

  return (
    <div
      ref={wrapper}
      className={`design-canvas${connecting ? ' is-connecting' : ''}`}
      data-testid="canvas"
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <CoveredAreaContext.Provider value={covered}>
        <FarViewContext.Provider value={far}>
          <ReactFlow<FlowNode, ConnectionFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={onNodeDragStart}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onSelectionDragStart={drag.onDragStart}
            onSelectionDrag={drag.onDrag}
            onSelectionDragStop={drag.onDragStop}
            onConnectStart={preloadConnectionRules}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={30}
            snapToGrid
            snapGrid={SNAP_GRID}
            onlyRenderVisibleElements
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
            minZoom={0.1}
            maxZoom={2}
            fitView
            fitViewOptions={FIT_VIEW}
          >
            <DotBackground gap={GRID} size={1} />
            <Controls fitViewOptions={FIT_VIEW} />
            <FarEdges drawn={drawn} area={covered} />
            <BrokenEdges edges={edges} drawn={drawn} area={covered} />
            <DesignMiniMap nodes={full.nodes} moved={drag.state?.positions ?? null} ariaLabel="Overview of the design" />
            <CanvasToolbar />
            <Legend />
            <ConnectionHint />
          </ReactFlow>
        </FarViewContext.Provider>
      </CoveredAreaContext.Provider>
      {empty && (
        <p className="fl-empty-hint">
          Start with a region: drag <strong>Region</strong> from the palette onto the canvas, or press it. Then add zones to the
          region and resources to the zones.
        </p>
      )}
      <EdgeMarkers />
      <ConnectionChooserSlot />
      <StatusArea />
    </div>
  );
}
