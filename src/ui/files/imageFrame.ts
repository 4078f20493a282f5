/**
 * The geometry of an image export: how large the image is and how the diagram is fitted into it.
 * The image keeps the diagram's aspect ratio (its nodes' bounds), at about one image pixel per flow
 * pixel; a legend band runs along the bottom and the diagram is fitted, centred, into the area
 * above it (React Flow's `getViewportForBounds`, as in its "download image" example).
 */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** The image and where the diagram goes in it (CSS pixels; PNGs are rendered at a higher pixel ratio). */
export interface ExportFrame {
  width: number;
  height: number;
  /** The height of the diagram area above the legend band. */
  diagramHeight: number;
  /** The viewport transform that fits the diagram into `width` × `diagramHeight`. */
  viewport: Viewport;
}

export interface FrameOptions {
  /** Margin around the diagram inside its area. */
  padding: number;
  /** Narrowest image: small designs are scaled up to it so the legend has room. */
  minWidth: number;
  /** Longest side of the image (browsers refuse very large canvases). */
  maxSide: number;
  /** Smallest diagram area above the legend, for very wide, flat designs. */
  minDiagramHeight: number;
}

export const DEFAULT_FRAME_OPTIONS: FrameOptions = { padding: 40, minWidth: 720, maxSide: 4096, minDiagramHeight: 160 };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * The frame for a diagram with `bounds` and a legend `legendHeight` tall. Width and height have the
 * ratio of the bounds; only when a very flat diagram leaves no room above the legend does the image
 * get taller than that ratio.
 */
export function exportFrame(bounds: Rect, legendHeight: number, options: FrameOptions = DEFAULT_FRAME_OPTIONS): ExportFrame {
  const bw = Math.max(bounds.width, 1);
  const bh = Math.max(bounds.height, 1);
  const ratio = bw / bh;
  let width = clamp(bw + 2 * options.padding, options.minWidth, options.maxSide);
  let height = width / ratio;
  if (height > options.maxSide) {
    height = options.maxSide;
    width = height * ratio;
  }
  const needed = legendHeight + options.minDiagramHeight;
  if (height < needed) {
    height = needed;
    width = Math.min(options.maxSide, height * ratio);
  }
  width = Math.round(width);
  height = Math.round(height);
  const diagramHeight = height - legendHeight;
  const viewport = getViewportForBounds(bounds, width, diagramHeight, 0.02, 4, `${options.padding}px`);
  return { width, height, diagramHeight, viewport };
}

/** The smallest rectangle holding every rectangle (an empty list gives an empty rectangle at 0,0). */
export function unionOf(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
