import { BaseEdge, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useBrokenConnection } from '../../analysis/hooks';
import { BROKEN_EDGE_STYLE, BrokenEdgeMark } from '../../ui/analysis/BrokenEdgeMark';
import type { ConnectionFlowEdge } from '../flowTypes';
import { CONNECTION_STYLES, markerId, SELECTED_COLOUR } from './connectionStyles';
import { floatingEdgeParams } from './floating';

/**
 * An edge of any connection kind: a floating bezier between the two nodes, coloured and dashed by
 * kind. Reads only its two end nodes.
 */
function ConnectionEdgeComponent({ id, source, target, data, selected }: EdgeProps<ConnectionFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const broken = useBrokenConnection(data?.connectionId ?? '');
  if (!sourceNode || !targetNode || !data) return null;
  const { sx, sy, tx, ty, sourcePos, targetPos } = floatingEdgeParams(sourceNode, targetNode);
  const [path, midX, midY] = getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition: sourcePos, targetX: tx, targetY: ty, targetPosition: targetPos });
  const look = CONNECTION_STYLES[data.kind];
  const isSelected = selected === true;
  const marker = look.arrow ? `url(#${markerId(data.kind, isSelected)})` : undefined;
  return (
    <g data-kind={data.kind}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={marker}
        interactionWidth={14}
        style={{
          stroke: isSelected ? SELECTED_COLOUR : look.colour,
          strokeWidth: isSelected ? 2.5 : 1.6,
          strokeDasharray: look.dash,
          ...(broken && !isSelected ? BROKEN_EDGE_STYLE : null),
        }}
      />
      {broken && <BrokenEdgeMark x={midX} y={midY} broken={broken} />}
    </g>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeComponent);
