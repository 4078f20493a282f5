/**
 * Canvas geometry: the grid, node sizes, container padding, and small rectangle helpers. Every size
 * the canvas uses is decided here so that the mapping, drop placement and auto-layout agree.
 */

/** The snap grid, in flow pixels. */
export const GRID = 20;

/** Every resource node has this size (explicit, so React Flow can cull before measuring). */
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 56;

/** Space between a container's border and its children. */
export const CONTAINER_PADDING = 40;
/** The band at the top of a container that holds its name. */
export const CONTAINER_HEADER = 40;
/** Where a container's first child goes: below the header band, one padding in. */
export const CONTENT_ORIGIN = { x: CONTAINER_PADDING, y: CONTAINER_HEADER + CONTAINER_PADDING } as const;

/** The automatic slots inside an AZ: a grid of cells, two columns wide. */
export const AZ_CELL = { width: 200, height: 100 } as const;
export const AZ_COLUMNS = 2;

/** The smallest sizes of containers, so an empty one is still a comfortable drop target. */
export const AZ_MIN = { width: 460, height: 280 } as const;
export const REGION_MIN = { width: 540, height: 400 } as const;

/** The gap between automatically placed containers. */
export const CONTAINER_GAP = 40;
/** Top-level rows: global resources (and unplaced ones) above the regions. */
export const GLOBAL_ROW_Y = 40;
export const REGION_ROW_Y = 160;

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two rectangles overlap by more than their touching edges. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the point lies inside the rectangle (borders included). */
export function rectContains(r: Rect, point: { x: number; y: number }): boolean {
  return point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height;
}

/** The value rounded to the nearest grid line. */
export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}
