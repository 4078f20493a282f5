import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/**
 * The design canvas. For now an empty React Flow pane with its standard chrome; nodes and edges
 * will come from the design document once the canvas mapping exists.
 */
export function DesignCanvas() {
  return (
    <div className="design-canvas" data-testid="canvas">
      <ReactFlow nodes={[]} edges={[]} fitView>
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <Controls />
        <MiniMap pannable zoomable ariaLabel="Overview of the design" />
      </ReactFlow>
    </div>
  );
}
