/**
 * Automatic positions for nodes the layout does not place: the first free slot in their container,
 * never on top of a sibling. Positions are relative to the container (or the flow for the top level).
 */
import { GRID, rectsOverlap, type Rect, type Size } from './geometry';

interface Point {
  x: number;
  y: number;
}

function overlapping(occupied: readonly Rect[], rect: Rect): Rect[] {
  return occupied.filter((o) => rectsOverlap(o, rect));
}

/**
 * The first position along a row at height `y`, starting at `startX`, where a node of `size` fits
 * without touching any occupied rectangle: each clash moves the candidate past it by `gap`.
 */
export function rowSlot(occupied: readonly Rect[], size: Size, y: number, startX: number, gap: number): Point {
  let x = startX;
  for (;;) {
    const clashes = overlapping(occupied, { x: x - gap / 2, y: y - gap / 2, width: size.width + gap, height: size.height + gap });
    if (clashes.length === 0) return { x, y };
    const right = Math.max(...clashes.map((c) => c.x + c.width));
    x = Math.ceil((right + gap) / GRID) * GRID;
  }
}

/**
 * The first free cell of a grid (row by row, `columns` wide, cells of `cell` size from `origin`)
 * where a node of `size` fits without touching any occupied rectangle.
 */
export function gridSlot(occupied: readonly Rect[], size: Size, origin: Point, cell: Size, columns: number): Point {
  for (let i = 0; ; i++) {
    const x = origin.x + (i % columns) * cell.width;
    const y = origin.y + Math.floor(i / columns) * cell.height;
    if (overlapping(occupied, { x, y, width: size.width, height: size.height }).length === 0) return { x, y };
  }
}
