/**
 * The canvas's dotted grid, drawn as React Flow's `<Background variant="dots">` draws it, but with
 * its lengths in pixels. React Flow's fills its SVG with a rectangle 100% wide and high: an SVG
 * shape measured in percent is laid out again and repainted in full whenever the page around it is
 * laid out, which a zone click does (the zone bar changes). Without a GPU that re-rasterised the
 * whole background layer (9 tiles, 2-4 ms) on the path from the click to the outage on screen.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useId } from 'react';
import { shallow } from 'zustand/shallow';

interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

const viewOf = (s: ReactFlowState): View => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });

/** Dots `size` across every `gap` canvas units, under everything on the canvas. Place inside `<ReactFlow>`. */
function DotBackgroundComponent({ gap, size }: { gap: number; size: number }) {
  const { x, y, zoom, width, height } = useStore(viewOf, shallow);
  const id = `fl-dots${useId().replace(/:/g, '')}`;
  const step = gap * zoom || 1;
  const radius = (size * zoom) / 2;
  return (
    <svg className="react-flow__background react-flow__container" width={width} height={height} aria-hidden="true">
      <pattern id={id} x={x % step} y={y % step} width={step} height={step} patternUnits="userSpaceOnUse" patternTransform={`translate(-${String(step / 2)},-${String(step / 2)})`}>
        <circle cx={radius} cy={radius} r={radius} className="react-flow__background-pattern dots" />
      </pattern>
      <rect x="0" y="0" width={width} height={height} fill={`url(#${id})`} />
    </svg>
  );
}

export const DotBackground = memo(DotBackgroundComponent);
