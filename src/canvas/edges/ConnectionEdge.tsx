import { BaseEdge, getBezierPath, useStore, useStoreApi, type EdgeProps, type InternalNode, type ReactFlowState, type Transform } from '@xyflow/react';
import { memo, useContext } from 'react';
import { useCanvasUi } from '../CanvasUiContext';
import { CoveredAreaContext, FarViewContext, nearView, viewRect } from '../coveredArea';
import type { ConnectionEdgeData, ConnectionFlowEdge } from '../flowTypes';
import type { Rect } from '../geometry';
import { bezierCurve, clipCurve, cubicPath } from './clipCurve';
import { CONNECTION_STYLES, dashCoverage, markerId, SELECTED_COLOUR } from './connectionStyles';
import { floatingEdgeParams } from './floating';

/** What an edge is drawn from: its two end nodes, its kind, and the area to draw in. */
interface ShapeProps {
  id: string;
  sourceNode: InternalNode;
  targetNode: InternalNode;
  data: ConnectionEdgeData;
  selected: boolean;
  moving: boolean;
  area: Rect | null;
  far: boolean;
}


/**
 * The drawing of an edge: a floating bezier between the two nodes, coloured and dashed by kind. A
 * curve reaching far beyond `area` is drawn only where it can be seen (see `clipCurve`), with its
 * dashes in place. An outage does not change it: broken connections are drawn over it, on a layer
 * of their own (see `BrokenEdges`).
 */
function EdgeShape({ id, sourceNode, targetNode, data, selected, moving, area, far }: ShapeProps) {
  const { sx, sy, tx, ty, sourcePos, targetPos } = floatingEdgeParams(sourceNode, targetNode);
  const curve = bezierCurve(sx, sy, sourcePos, tx, ty, targetPos);
  const clipped = area ? clipCurve(curve, area) : null;
  if (area && !clipped) return null;
  const path =
    clipped && !clipped.whole
      ? cubicPath(clipped.curve)
      : getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition: sourcePos, targetX: tx, targetY: ty, targetPosition: targetPos })[0];
  const look = CONNECTION_STYLES[data.kind];
  const marker = look.arrow && (clipped?.endKept ?? true) ? `url(#${markerId(data.kind, selected)})` : undefined;
  const dashOffset = clipped && clipped.offset > 0 ? clipped.offset : undefined;
  // Zoomed far out, dashes are narrower than a pixel: a solid line as light as the dashes look.
  const farLook = far && typeof look.dash === 'string' ? { strokeDasharray: 'none', strokeOpacity: dashCoverage(look.dash) } : null;
  return (
    <g data-kind={data.kind} className={moving ? 'fl-edge-moving' : undefined}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={marker}
        interactionWidth={14}
        style={{
          stroke: selected ? SELECTED_COLOUR : look.colour,
          strokeWidth: selected ? 2.5 : 1.6,
          strokeDasharray: look.dash,
          strokeDashoffset: dashOffset,
          ...farLook,
        }}
      />
    </g>
  );
}

const viewSelector = (s: ReactFlowState): readonly [Transform, number, number] => [s.transform, s.width, s.height];
const sameView = (a: readonly [Transform, number, number], b: readonly [Transform, number, number]): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * An edge one of whose ends is being dragged: redrawn on every frame anyway (on a layer of its own,
 * see canvas.css), so it is cut to the view itself and each frame dashes as little as possible.
 */
function MovingEdgeShape(props: Omit<ShapeProps, 'area' | 'moving'>) {
  const [transform, width, height] = useStore(viewSelector, sameView);
  return <EdgeShape {...props} moving area={width > 0 && height > 0 ? nearView(viewRect(transform, width, height)) : null} />;
}

/**
 * An edge of any connection kind, between two resource nodes. It keeps no watch on React Flow's
 * store of its own (every mounted edge's watches run on each change of that store, several times a
 * frame during a drag): React Flow re-renders it whenever an end node moves (its end points change),
 * and it then reads the end nodes as they are.
 */
function ConnectionEdgeComponent({ id, source, target, data, selected, sourceX, sourceY, targetX, targetY }: EdgeProps<ConnectionFlowEdge>) {
  const moving = useCanvasUi((s) => s.dragging !== null && (s.dragging.has(source) || s.dragging.has(target)));
  const covered = useContext(CoveredAreaContext);
  const far = useContext(FarViewContext);
  const flow = useStoreApi();
  const { nodeLookup } = flow.getState();
  const sourceNode = nodeLookup.get(source);
  const targetNode = nodeLookup.get(target);
  // The end points say where the nodes are; a node found elsewhere is not this render's node.
  if (!sourceNode || !targetNode || !data || !Number.isFinite(sourceX + sourceY + targetX + targetY)) return null;
  const shape = { id, sourceNode, targetNode, data, selected: selected === true, far };
  return moving ? <MovingEdgeShape {...shape} /> : <EdgeShape {...shape} moving={false} area={covered} />;
}

export const ConnectionEdge = memo(ConnectionEdgeComponent);
