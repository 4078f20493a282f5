/**
 * Automatic positions for nodes the layout does not place: the first free slot in their container,
 * never on top of a sibling. Positions are relative to the container (or the flow for the top level).
 * Occupied rectangles are kept in coarse buckets, so each check looks at a few neighbours only.
 */
import { GRID, rectsOverlap, type Rect, type Size } from './geometry';

export interface Point {
  x: number;
  y: number;
}

const BUCKET = 200;

/** The rectangles already taken in one container, bucketed by position. */
export class Occupancy {
  private readonly buckets = new Map<string, Rect[]>();

  constructor(rects: Iterable<Rect> = []) {
    for (const r of rects) this.add(r);
  }

  private *keys(r: Rect): Generator<string> {
    for (let bx = Math.floor(r.x / BUCKET); bx <= Math.floor((r.x + r.width) / BUCKET); bx++) {
      for (let by = Math.floor(r.y / BUCKET); by <= Math.floor((r.y + r.height) / BUCKET); by++) yield `${bx}:${by}`;
    }
  }

  add(r: Rect): void {
    for (const key of this.keys(r)) {
      const list = this.buckets.get(key);
      if (list) list.push(r);
      else this.buckets.set(key, [r]);
    }
  }

  /** The occupied rectangles that overlap `r`. */
  overlapping(r: Rect): Rect[] {
    const found = new Set<Rect>();
    for (const key of this.keys(r)) for (const o of this.buckets.get(key) ?? []) if (rectsOverlap(o, r)) found.add(o);
    return [...found];
  }
}

/**
 * The first position along a row at height `y`, starting at `startX`, where a node of `size` fits
 * with `gap` to every occupied rectangle: each clash moves the candidate past it.
 */
export function rowSlot(occupied: Occupancy, size: Size, y: number, startX: number, gap: number): Point {
  let x = startX;
  for (;;) {
    const clashes = occupied.overlapping({ x: x - gap / 2, y: y - gap / 2, width: size.width + gap, height: size.height + gap });
    if (clashes.length === 0) return { x, y };
    const right = Math.max(...clashes.map((c) => c.x + c.width));
    x = Math.ceil((right + gap) / GRID) * GRID;
  }
}

/**
 * The first free cell of a grid (row by row, `columns` wide, cells of `cell` size from `origin`),
 * from cell `start` on, where a node of `size` overlaps no occupied rectangle; with its cell index.
 */
export function gridSlot(occupied: Occupancy, size: Size, origin: Point, cell: Size, columns: number, start = 0): Point & { index: number } {
  for (let i = start; ; i++) {
    const x = origin.x + (i % columns) * cell.width;
    const y = origin.y + Math.floor(i / columns) * cell.height;
    if (occupied.overlapping({ x, y, width: size.width, height: size.height }).length === 0) return { x, y, index: i };
  }
}
