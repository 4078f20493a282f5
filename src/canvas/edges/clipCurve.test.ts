import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { arcLength, bezierCurve, clipCurve, cubicPath, curveTouches, dashPieces, pointAt, subCurve, type Cubic } from './clipCurve';

const curve: Cubic = [
  { x: 0, y: 0 },
  { x: 0, y: 1000 },
  { x: 4000, y: -1000 },
  { x: 4000, y: 0 },
];

describe('bezierCurve', () => {
  it("is the curve React Flow's getBezierPath draws", () => {
    for (const [sp, tp] of [
      [Position.Right, Position.Left],
      [Position.Bottom, Position.Top],
      [Position.Left, Position.Bottom],
    ] as const) {
      const [path] = getBezierPath({ sourceX: 10, sourceY: 20, sourcePosition: sp, targetX: 300, targetY: -50, targetPosition: tp });
      expect(cubicPath(bezierCurve(10, 20, sp, 300, -50, tp))).toBe(path);
    }
  });
});

describe('subCurve', () => {
  it('follows the same points as the whole curve', () => {
    const part = subCurve(curve, 0.25, 0.75);
    for (const u of [0, 0.3, 0.5, 1]) {
      const p = pointAt(part, u);
      const q = pointAt(curve, 0.25 + u * 0.5);
      expect(p.x).toBeCloseTo(q.x, 6);
      expect(p.y).toBeCloseTo(q.y, 6);
    }
  });
});

describe('arcLength', () => {
  it('measures a straight segment exactly and a curve as a fine polyline does', () => {
    const line: Cubic = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 200, y: 0 },
      { x: 300, y: 0 },
    ];
    expect(arcLength(line, 1)).toBeCloseTo(300, 6);
    let polyline = 0;
    let previous = pointAt(curve, 0);
    for (let i = 1; i <= 20000; i++) {
      const p = pointAt(curve, (0.6 * i) / 20000);
      polyline += Math.hypot(p.x - previous.x, p.y - previous.y);
      previous = p;
    }
    expect(Math.abs(arcLength(curve, 0.6) - polyline)).toBeLessThan(0.1);
  });
});

describe('clipCurve', () => {
  it('keeps a curve that lies in the area whole', () => {
    expect(clipCurve(curve, { x: -100, y: -1000, width: 5000, height: 2000 })).toEqual({ curve, offset: 0, whole: true, endKept: true });
  });

  it('is null for a curve that never comes near the area', () => {
    expect(clipCurve(curve, { x: 0, y: 5000, width: 100, height: 100 })).toBeNull();
    expect(curveTouches(curve, { x: 0, y: 5000, width: 100, height: 100 })).toBe(false);
  });

  it('keeps the part crossing the area, with the length before it as dash offset', () => {
    const area = { x: 1500, y: -1000, width: 1000, height: 2000 };
    const clipped = clipCurve(curve, area);
    expect(clipped).not.toBeNull();
    if (!clipped) return;
    expect(clipped.whole).toBe(false);
    expect(clipped.endKept).toBe(false);
    const start = clipped.curve[0];
    const end = clipped.curve[3];
    // The kept part starts before the area and ends after it (at most one sample step beyond).
    expect(start.x).toBeLessThanOrEqual(1500);
    expect(end.x).toBeGreaterThanOrEqual(2500);
    expect(start.x).toBeGreaterThan(1000);
    expect(end.x).toBeLessThan(3000);
    // Where the kept part starts along the whole curve: its offset is the length up to there.
    const t0 = [...Array(49).keys()].map((i) => i / 48).find((t) => Math.abs(pointAt(curve, t).x - start.x) < 1e-6 && Math.abs(pointAt(curve, t).y - start.y) < 1e-6);
    expect(t0).toBeDefined();
    expect(clipped.offset).toBeCloseTo(arcLength(curve, t0 ?? 0), 6);
    expect(curveTouches(curve, area)).toBe(true);
  });
});

describe('dashPieces', () => {
  const start = (d: string): number[] => (/^M([-\d.e]+),([-\d.e]+)/.exec(d)?.slice(1) ?? []).map(Number);
  const end = (d: string): number[] => (/ ([-\d.e]+),([-\d.e]+)$/.exec(d)?.slice(1) ?? []).map(Number);

  it('cuts a long curve into pieces that join end to end, each offset by the length before it', () => {
    const whole = arcLength(curve, 1);
    const pieces = dashPieces(curve, 12, 500);
    expect(pieces).toHaveLength(Math.ceil(whole / 500));
    expect(start(pieces[0]?.d ?? '')).toEqual([0, 0]);
    expect(end(pieces.at(-1)?.d ?? '')).toEqual([4000, 0]);
    pieces.slice(1).forEach((piece, i) => {
      const [x, y] = start(piece.d);
      const [px, py] = end(pieces[i]?.d ?? '');
      expect(x).toBeCloseTo(px ?? Number.NaN, 6);
      expect(y).toBeCloseTo(py ?? Number.NaN, 6);
      expect(piece.offset).toBeCloseTo(12 + arcLength(curve, (i + 1) / pieces.length), 3);
    });
    expect(pieces[0]?.offset).toBe(12);
  });

  it('keeps a short curve whole', () => {
    expect(dashPieces(curve, 0, 1e6)).toEqual([{ d: cubicPath(curve), offset: 0 }]);
  });
});
