/**
 * Edge curves cut down to the part of the canvas that can be seen. Browsers without a GPU dash a
 * dashed curve along its whole length whenever they redraw any tile it crosses, so a long dashed
 * edge between two far-away nodes costs as much as its length, on screen or not; the part kept here
 * spans the area React Flow is given (the view and a margin), and the dash phase is carried over so
 * the dashes sit exactly where they would on the whole curve.
 */
import { Position } from '@xyflow/react';
import type { Rect } from '../geometry';

export interface Point {
  x: number;
  y: number;
}

/** A cubic bezier: start, two control points, end. */
export type Cubic = readonly [Point, Point, Point, Point];

/** React Flow's bezier edge curvature (its `getBezierPath` default). */
const CURVATURE = 0.25;
/** Points sampled along a curve to find where it enters and leaves the area, and its length. */
const SAMPLES = 48;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(position: Position, x1: number, y1: number, x2: number, y2: number): Point {
  switch (position) {
    case Position.Left:
      return { x: x1 - controlOffset(x1 - x2), y: y1 };
    case Position.Right:
      return { x: x1 + controlOffset(x2 - x1), y: y1 };
    case Position.Top:
      return { x: x1, y: y1 - controlOffset(y1 - y2) };
    case Position.Bottom:
      return { x: x1, y: y1 + controlOffset(y2 - y1) };
  }
}

/** The curve React Flow's `getBezierPath` draws between two points leaving and entering on the given sides. */
export function bezierCurve(sx: number, sy: number, sourcePos: Position, tx: number, ty: number, targetPos: Position): Cubic {
  return [{ x: sx, y: sy }, control(sourcePos, sx, sy, tx, ty), control(targetPos, tx, ty, sx, sy), { x: tx, y: ty }];
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The point of the curve at `t`. */
export function pointAt([p0, p1, p2, p3]: Cubic, t: number): Point {
  const a = lerp(p0, p1, t);
  const b = lerp(p1, p2, t);
  const c = lerp(p2, p3, t);
  return lerp(lerp(a, b, t), lerp(b, c, t), t);
}

/** The part of the curve from `t0` to `t1` (de Casteljau), itself a cubic. */
export function subCurve(curve: Cubic, t0: number, t1: number): Cubic {
  const split = ([p0, p1, p2, p3]: Cubic, t: number): { left: Cubic; right: Cubic } => {
    const a = lerp(p0, p1, t);
    const b = lerp(p1, p2, t);
    const c = lerp(p2, p3, t);
    const d = lerp(a, b, t);
    const e = lerp(b, c, t);
    const m = lerp(d, e, t);
    return { left: [p0, a, d, m], right: [m, e, c, p3] };
  };
  const head = t1 < 1 ? split(curve, t1).left : curve;
  return t0 > 0 ? split(head, t0 / t1).right : head;
}

/** SVG path data of a cubic. */
export function cubicPath([p0, p1, p2, p3]: Cubic): string {
  return `M${String(p0.x)},${String(p0.y)} C${String(p1.x)},${String(p1.y)} ${String(p2.x)},${String(p2.y)} ${String(p3.x)},${String(p3.y)}`;
}

/** The part of a curve worth drawing, and how far along the whole curve it starts. */
export interface ClippedCurve {
  curve: Cubic;
  /** The length of the curve before the kept part (the dash offset that keeps dashes in place). */
  offset: number;
  /** True when the curve's start and end are both kept (nothing was cut). */
  whole: boolean;
  /** True when the end is kept (the arrowhead belongs there). */
  endKept: boolean;
}

const touches = (a: Point, b: Point, area: Rect): boolean =>
  Math.max(a.x, b.x) >= area.x && Math.min(a.x, b.x) <= area.x + area.width && Math.max(a.y, b.y) >= area.y && Math.min(a.y, b.y) <= area.y + area.height;

/** True when the curve comes near `area` (sampled, as {@link clipCurve}). */
export function curveTouches(curve: Cubic, area: Rect): boolean {
  let previous = curve[0];
  for (let i = 1; i <= SAMPLES; i++) {
    const point = pointAt(curve, i / SAMPLES);
    if (touches(previous, point, area)) return true;
    previous = point;
  }
  return false;
}

/**
 * The part of `curve` from where it first comes near `area` to where it last leaves it, or null
 * when it never does. Sampled: `area` should carry a margin wider than a curve strays from the
 * chord between two samples (the canvas gives half a view).
 */
export function clipCurve(curve: Cubic, area: Rect): ClippedCurve | null {
  const points: Point[] = [];
  for (let i = 0; i <= SAMPLES; i++) points.push(pointAt(curve, i / SAMPLES));
  let first = -1;
  let last = -1;
  for (let i = 0; i < SAMPLES; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a && b && touches(a, b, area)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  const t0 = first / SAMPLES;
  const t1 = (last + 1) / SAMPLES;
  if (t0 === 0 && t1 === 1) return { curve, offset: 0, whole: true, endKept: true };
  return { curve: subCurve(curve, t0, t1), offset: t0 > 0 ? arcLength(curve, t0) : 0, whole: false, endKept: t1 === 1 };
}

/** Gauss–Legendre nodes and weights (5 points) on [-1, 1]. */
const GAUSS: readonly (readonly [number, number])[] = [
  [0, 0.5688888888888889],
  [-0.5384693101056831, 0.4786286704993665],
  [0.5384693101056831, 0.4786286704993665],
  [-0.906179845938664, 0.2369268850561891],
  [0.906179845938664, 0.2369268850561891],
];
/** Sub-intervals of the quadrature: a dash phase error well below a pixel on curves thousands long. */
const ARC_PIECES = 16;

/** The length of the curve from its start to `t` (to a small fraction of a pixel). */
export function arcLength([p0, p1, p2, p3]: Cubic, t: number): number {
  const speed = (u: number): number => {
    const v = 1 - u;
    const dx = 3 * (v * v * (p1.x - p0.x) + 2 * v * u * (p2.x - p1.x) + u * u * (p3.x - p2.x));
    const dy = 3 * (v * v * (p1.y - p0.y) + 2 * v * u * (p2.y - p1.y) + u * u * (p3.y - p2.y));
    return Math.hypot(dx, dy);
  };
  const step = t / ARC_PIECES;
  let total = 0;
  for (let k = 0; k < ARC_PIECES; k++) {
    const mid = (k + 0.5) * step;
    for (const [node, weight] of GAUSS) total += weight * speed(mid + (node * step) / 2);
  }
  return (total * step) / 2;
}

/** A piece of a dashed curve drawn as a path of its own. */
export interface DashPiece {
  /** SVG path data of the piece. */
  d: string;
  /** The length along the curve before the piece, plus the curve's own dash offset: its `stroke-dashoffset`. */
  offset: number;
}

/**
 * `curve` cut into pieces no longer than about `longest`, each with the dash offset that keeps its
 * dashes where they are on the whole curve. Without a GPU a tile is drawn again with every path
 * whose bounds cross it, and a dashed path is dashed along its whole length each time: a long
 * dashed curve cut into pieces costs each tile only the pieces that cross it.
 */
export function dashPieces(curve: Cubic, offset: number, longest: number): DashPiece[] {
  const count = Math.max(1, Math.ceil(arcLength(curve, 1) / longest));
  const pieces: DashPiece[] = [];
  let before = offset;
  for (let k = 0; k < count; k++) {
    const piece = count === 1 ? curve : subCurve(curve, k / count, (k + 1) / count);
    pieces.push({ d: cubicPath(piece), offset: before });
    before += arcLength(piece, 1);
  }
  return pieces;
}
