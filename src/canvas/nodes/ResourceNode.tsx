import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { NodeAnalysis } from '../../ui/analysis/NodeAnalysis';
import { KIND_FAMILY, KindIcon } from '../../ui/icons';
import { FarViewContext } from '../coveredArea';
import type { ResourceFlowNode } from '../flowTypes';
import { BODY_HANDLE_ID, SIDE_HANDLES } from '../handles';
import { kindTitle } from '../labels';

/** `europe-se-1a` → `1a`: the badge has little room; the full name is in its tooltip. */
function shortZone(zone: string): string {
  return /-(\d+[a-z])$/.exec(zone)?.[1] ?? zone;
}

function ZoneBadge({ data }: { data: ResourceFlowNode['data'] }) {
  if (data.unplaced) {
    return (
      <span className="fl-node-badge is-warning" title="No region or availability zone to place this resource in">
        no zone
      </span>
    );
  }
  if (data.zone === null) return null;
  const title = data.zoneDefaulted
    ? `No zone chosen: placed in ${data.zone}, the first zone of its region`
    : `Availability zone ${data.zone}`;
  return (
    <span className={`fl-node-badge${data.zoneDefaulted ? ' is-defaulted' : ''}`} title={title}>
      {shortZone(data.zone)}
    </span>
  );
}

/**
 * Where the handles are, as React Flow measures them (`getHandleBounds` reads the elements with
 * class `source` / `target`) when it observes a node it has just mounted: its resize observer
 * measures every node it starts observing (forced), replacing the declared handles with the ones
 * found in the DOM, so without these a node mounted zoomed far out would lose its handles and its
 * edges with them. Plain hidden elements, placed as the real handles are, without the real handles'
 * store subscriptions.
 */
function HandleMarks() {
  return (
    <>
      <span className={`react-flow__handle react-flow__handle-${Position.Top} target fl-body-handle fl-handle-mark`} data-handleid={BODY_HANDLE_ID} data-handlepos={Position.Top} />
      {SIDE_HANDLES.map((h) => (
        <span key={h.id} className={`react-flow__handle react-flow__handle-${h.position} source fl-handle fl-handle-mark`} data-handleid={h.id} data-handlepos={h.position} />
      ))}
    </>
  );
}

/**
 * A resource on the canvas: icon, name, kind and zone badge. Connections start from the handle on
 * any side and end anywhere on the target node (the body handle is live only while connecting).
 * Zoomed far out (see `FarViewContext`), where none of that can be read or aimed at, it is drawn as
 * a plain card: a few elements instead of a few dozen, for views of thousands of nodes.
 */
function ResourceNodeComponent({ data, selected }: NodeProps<ResourceFlowNode>) {
  const far = useContext(FarViewContext);
  if (far) {
    // Zoomed far out: the card in its colours, a bar where the text would be (drawn by CSS), the
    // analysis frame.
    return (
      <div className={`fl-node is-far fl-family-${KIND_FAMILY[data.kind]}${selected ? ' is-selected' : ''}`} data-kind={data.kind}>
        <NodeAnalysis id={data.resourceId} far />
        <HandleMarks />
      </div>
    );
  }
  return (
    <div className={`fl-node fl-family-${KIND_FAMILY[data.kind]}${selected ? ' is-selected' : ''}`} data-kind={data.kind}>
      <span className="fl-node-icon">
        <KindIcon kind={data.kind} />
      </span>
      <span className="fl-node-text">
        <span className="fl-node-name" title={data.name}>
          {data.name.trim() === '' ? 'Unnamed' : data.name}
        </span>
        <span className="fl-node-kind">{kindTitle(data.kind)}</span>
      </span>
      <ZoneBadge data={data} />
      <NodeAnalysis id={data.resourceId} />
      <Handle id={BODY_HANDLE_ID} type="target" position={Position.Top} className="fl-body-handle" isConnectableStart={false} />
      {SIDE_HANDLES.map((h) => (
        <Handle key={h.id} id={h.id} type="source" position={h.position} className="fl-handle" title="Drag to connect" />
      ))}
    </div>
  );
}

export const ResourceNode = memo(ResourceNodeComponent);
