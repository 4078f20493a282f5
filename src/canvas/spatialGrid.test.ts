import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry';
import { buildSpatialGrid } from './spatialGrid';

const overlaps = (a: Rect, b: Rect): boolean => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

function found(rects: readonly Rect[], area: Rect, cell = 100): number[] {
  const grid = buildSpatialGrid(rects.length, (i) => rects[i] ?? { x: 0, y: 0, width: 0, height: 0 }, cell);
  const out: number[] = [];
  grid.query(area, (i) => out.push(i));
  return out.sort((a, b) => a - b);
}

describe('buildSpatialGrid', () => {
  it('reports the rectangles overlapping the area, each once, borders touching included', () => {
    const rects: Rect[] = [
      { x: 0, y: 0, width: 50, height: 50 },
      { x: 90, y: 90, width: 200, height: 200 },
      { x: 1000, y: 1000, width: 10, height: 10 },
      { x: 100, y: 0, width: 10, height: 10 },
    ];
    expect(found(rects, { x: 50, y: 50, width: 50, height: 50 })).toEqual([0, 1]);
    expect(found(rects, { x: 60, y: 10, width: 40, height: 5 })).toEqual([3]);
    expect(found(rects, { x: 500, y: 500, width: 10, height: 10 })).toEqual([]);
  });

  it('finds very large items (kept outside the cells) and negative coordinates', () => {
    const rects: Rect[] = [
      { x: -5000, y: -5000, width: 10000, height: 10000 },
      { x: -250, y: -250, width: 20, height: 20 },
    ];
    expect(found(rects, { x: -240, y: -240, width: 5, height: 5 })).toEqual([0, 1]);
    expect(found(rects, { x: 4000, y: 4000, width: 5, height: 5 })).toEqual([0]);
  });

  it('answers as a scan of every rectangle would, for any rectangles and area', () => {
    const rect = fc.record({
      x: fc.integer({ min: -3000, max: 3000 }),
      y: fc.integer({ min: -3000, max: 3000 }),
      width: fc.integer({ min: 0, max: 2500 }),
      height: fc.integer({ min: 0, max: 2500 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 60 }), rect, (rects, area) => {
        const expected = rects.flatMap((r, i) => (overlaps(r, area) ? [i] : []));
        expect(found(rects, area)).toEqual(expected);
      }),
    );
  });

  it('gives the same answer when asked twice (queries do not disturb each other)', () => {
    const rects: Rect[] = [{ x: 0, y: 0, width: 10, height: 10 }];
    const grid = buildSpatialGrid(1, () => rects[0] ?? { x: 0, y: 0, width: 0, height: 0 }, 100);
    const seen: number[] = [];
    grid.query({ x: 0, y: 0, width: 5, height: 5 }, (i) => seen.push(i));
    grid.query({ x: 0, y: 0, width: 5, height: 5 }, (i) => seen.push(i));
    expect(seen).toEqual([0, 0]);
  });
});
