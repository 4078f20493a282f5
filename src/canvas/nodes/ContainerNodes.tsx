import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ZoneDownVeil, ZoneOutageToggle } from '../../ui/analysis/ZoneOutage';
import { KindIcon } from '../../ui/icons';
import { useCanvasUi } from '../CanvasUiContext';
import type { AzFlowNode, RegionFlowNode } from '../flowTypes';

function containerClass(base: string, selected: boolean, dropTarget: boolean): string {
  return `fl-container ${base}${selected ? ' is-selected' : ''}${dropTarget ? ' is-drop-target' : ''}`;
}

/** A region: a large frame with its name in the header band; dragged by its header. */
function RegionNodeComponent({ id, data, selected }: NodeProps<RegionFlowNode>) {
  const dropTarget = useCanvasUi((s) => s.dropTarget === id);
  return (
    <div className={containerClass('fl-region', selected, dropTarget)} data-testid={`region-${data.name}`}>
      <div className="fl-container-header">
        <KindIcon kind="region" size={16} />
        <span className="fl-container-name">{data.name}</span>
        <span className="fl-container-kind">Region</span>
      </div>
    </div>
  );
}

/** An availability zone: a frame inside its region, its external network shown in the header. */
function AzNodeComponent({ id, data, selected }: NodeProps<AzFlowNode>) {
  const dropTarget = useCanvasUi((s) => s.dropTarget === id);
  return (
    <div className={containerClass('fl-az', selected, dropTarget)} data-testid={`zone-${data.name}`}>
      <div className="fl-container-header">
        <KindIcon kind="availabilityZone" size={16} />
        <span className="fl-container-name">{data.name}</span>
        {data.externalNetworks === '' ? (
          <span className="fl-container-meta is-warning">no external network</span>
        ) : (
          <span className="fl-container-meta" title={`External network: ${data.externalNetworks}`}>
            {data.externalNetworks}
          </span>
        )}
        <ZoneOutageToggle azId={data.resourceId} name={data.name} />
      </div>
      <ZoneDownVeil azId={data.resourceId} name={data.name} />
    </div>
  );
}

export const RegionNode = memo(RegionNodeComponent);
export const AzNode = memo(AzNodeComponent);
