import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeAnalysis } from '../../ui/analysis/NodeAnalysis';
import { KIND_FAMILY, KindIcon } from '../../ui/icons';
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
 * A resource on the canvas: icon, name, kind and zone badge. Connections start from the handle on
 * any side and end anywhere on the target node (the body handle is live only while connecting).
 */
function ResourceNodeComponent({ data, selected }: NodeProps<ResourceFlowNode>) {
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
