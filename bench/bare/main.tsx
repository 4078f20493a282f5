/**
 * The bare React Flow page of the browser benchmark: the same nodes (as plain memoized 140×40 nodes
 * with two handles, containers as plain frames) and the same edges as the canvas, with
 * `onlyRenderVisibleElements` and the app's zoom limits and fit-view options, and nothing else.
 * The drag measured here is the floor our canvas is compared with. Query: `data` (URL of the
 * nodes and edges), `w` and `h` (the flow's size in CSS pixels, the app canvas's size).
 */
import {
  applyNodeChanges,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isBareData, type BareData } from './data';

type PlainNode = Node<{ label: string }, 'plain'>;
type FrameNode = Node<{ label: string }, 'frame'>;
type BareFlowNode = PlainNode | FrameNode;

const FIT_VIEW = { padding: 0.12, maxZoom: 1 };

const PlainNodeView = memo(function PlainNodeView({ data }: NodeProps<PlainNode>) {
  return (
    <div className="bare-node">
      <Handle type="target" position={Position.Top} />
      {data.label}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

const FrameNodeView = memo(function FrameNodeView({ data }: NodeProps<FrameNode>) {
  return <div className="bare-frame">{data.label}</div>;
});

const nodeTypes = { plain: PlainNodeView, frame: FrameNodeView };

function toFlow(data: BareData): { nodes: BareFlowNode[]; edges: Edge[] } {
  const nodes = data.nodes.map((n): BareFlowNode => {
    const common = { id: n.id, position: { x: n.x, y: n.y }, width: n.width, height: n.height, data: { label: n.label } };
    return n.frame ? { ...common, type: 'frame' } : { ...common, type: 'plain' };
  });
  return { nodes, edges: data.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })) };
}

function BareFlow({ initial, edges }: { initial: BareFlowNode[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial);
  const onNodesChange = useCallback((changes: NodeChange<BareFlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onInit = useCallback((flow: ReactFlowInstance<BareFlowNode>) => {
    window.__bare = {
      centre(id, zoom) {
        const node = flow.getInternalNode(id);
        if (!node) throw new Error(`The bare page has no node ${id}`);
        const { x, y } = node.internals.positionAbsolute;
        void flow.setCenter(x + (node.width ?? 0) / 2, y + (node.height ?? 0) / 2, { zoom, duration: 0 });
      },
    };
  }, []);
  return (
    <ReactFlow<BareFlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onInit={onInit}
      onlyRenderVisibleElements
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={FIT_VIEW}
    />
  );
}

const params = new URLSearchParams(window.location.search);
const size = (name: string, fallback: number): number => {
  const value = Number(params.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The bare page has no #root element');
rootElement.style.width = `${String(size('w', window.innerWidth))}px`;
rootElement.style.height = `${String(size('h', window.innerHeight))}px`;

const response = await fetch(params.get('data') ?? '');
const raw: unknown = await response.json();
if (!isBareData(raw)) throw new Error('The bare page data has not the expected shape');
const { nodes, edges } = toFlow(raw);
createRoot(rootElement).render(
  <StrictMode>
    <BareFlow initial={nodes} edges={edges} />
  </StrictMode>,
);
