/**
 * A uniform grid over rectangles, for "what lies in this part of the canvas" in time proportional
 * to the answer rather than to the document. Items are numbered 0..n-1 by the caller; each item is
 * filed in every cell its rectangle touches, except very large ones (long edges across the whole
 * design), which sit in one list that every query checks directly.
 */
import type { Rect } from './geometry';

/** An item covering more cells than this is kept in the list of large items instead. */
const MAX_CELLS_PER_ITEM = 64;

export interface SpatialGrid {
  /** Calls `visit` once for every item whose rectangle overlaps `area` (borders touching included). */
  query(area: Rect, visit: (item: number) => void): void;
}

/**
 * Builds a grid over `count` rectangles read with `rectOf`. `cellSize` should be a few times the
 * size of a typical item, so that most items fall in one to four cells.
 */
export function buildSpatialGrid(count: number, rectOf: (item: number) => Rect, cellSize: number): SpatialGrid {
  const cells = new Map<number, number[]>();
  const large: number[] = [];
  const rects: Rect[] = [];
  const cellOf = (v: number): number => Math.floor(v / cellSize);
  // Cell coordinates are packed into one number key; 2^21 cells each way is far beyond any design.
  const key = (cx: number, cy: number): number => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  for (let i = 0; i < count; i++) {
    const r = rectOf(i);
    rects.push(r);
    const x0 = cellOf(r.x);
    const x1 = cellOf(r.x + r.width);
    const y0 = cellOf(r.y);
    const y1 = cellOf(r.y + r.height);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
      large.push(i);
      continue;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
    }
  }
  // Marks which items a query already reported (an item spans several cells); a fresh stamp per query.
  const seen = new Uint32Array(count);
  let stamp = 0;
  const overlaps = (r: Rect, a: Rect): boolean => r.x <= a.x + a.width && a.x <= r.x + r.width && r.y <= a.y + a.height && a.y <= r.y + r.height;

  return {
    query(area, visit) {
      stamp++;
      if (stamp === 0xffffffff) {
        seen.fill(0);
        stamp = 1;
      }
      const x0 = cellOf(area.x);
      const x1 = cellOf(area.x + area.width);
      const y0 = cellOf(area.y);
      const y1 = cellOf(area.y + area.height);
      if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size) {
        // The area covers more cells than are filled: walking the filled ones is cheaper.
        for (const list of cells.values()) for (const i of list) report(i);
      } else {
        for (let cx = x0; cx <= x1; cx++) {
          for (let cy = y0; cy <= y1; cy++) {
            const list = cells.get(key(cx, cy));
            if (list) for (const i of list) report(i);
          }
        }
      }
      for (const i of large) report(i);

      function report(i: number): void {
        if (seen[i] === stamp) return;
        seen[i] = stamp;
        const r = rects[i];
        if (r && overlaps(r, area)) visit(i);
      }
    },
  };
}
