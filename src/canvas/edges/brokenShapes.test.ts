import { describe, expect, it } from 'vitest';
import type { ResourceId } from '../../model/types';
import type { BrokenConnection } from '../../engine/types';
import type { ConnectionFlowEdge } from '../flowTypes';
import { brokenShapes, DASH_PIECE, type EdgeBetween } from './brokenShapes';
import { bezierCurve, cubicPath, dashPieces, pointAt } from './clipCurve';
import { floatingEdgeBetween } from './floating';

const box = (x: number, y: number) => ({ x, y, width: 180, height: 56 });
const edge = (id: string, selected = false): ConnectionFlowEdge => ({
  id,
  source: `${id}-a`,
  target: `${id}-b`,
  type: 'connection',
  selected,
  data: { kind: 'fipAssociation', connectionId: id, memberId: null },
});
const between = (id: string, x: number, selected = false): EdgeBetween => ({ edge: edge(id, selected), source: box(x, 0), target: box(x + 400, 300) });
const brokenOf = (id: string): BrokenConnection => ({ id, kind: 'fipAssociation', from: `${id}-a` as ResourceId, to: `${id}-b` as ResourceId, code: 'TARGET_LOST' });
const lookup = (...ids: string[]) => {
  const map = new Map(ids.map((id) => [id, brokenOf(id)]));
  return (id: string) => map.get(id);
};

describe('brokenShapes', () => {
  it('draws only the broken edges, along the same curve as the edge, with a mark in its middle', () => {
    const shapes = brokenShapes([between('ok', 0), between('b1', 1000)], [], null, lookup('b1'));
    const { sx, sy, sourcePos, tx, ty, targetPos } = floatingEdgeBetween(box(1000, 0), box(1400, 300));
    const curve = bezierCurve(sx, sy, sourcePos, tx, ty, targetPos);
    expect(shapes).toEqual([
      { key: 'b1', d: cubicPath(curve), dashes: dashPieces(curve, 0, DASH_PIECE), broken: brokenOf('b1'), far: false, selected: false, mark: pointAt(curve, 0.5) },
    ]);
  });

  it('draws a far edge as one plain piece, and a near one dashed in pieces that carry the dashes on', () => {
    const [near, far] = brokenShapes([between('b1', 0)], [between('f1', 1000)], null, lookup('b1', 'f1'));
    expect(near?.dashes.length).toBeGreaterThan(1);
    expect(far?.dashes).toEqual([{ d: far?.d, offset: 0 }]);
  });

  it('draws far edges without a mark, and keeps a selected edge selected', () => {
    const shapes = brokenShapes([between('s1', 0, true)], [between('f1', 1000)], null, lookup('s1', 'f1'));
    expect(shapes.map((s) => [s.key, s.far, s.selected, s.mark !== null])).toEqual([
      ['s1', false, true, true],
      ['f1', true, false, false],
    ]);
  });

  it('leaves out broken edges that never come into the area, and cuts the others to it', () => {
    const area = { x: 1000, y: 0, width: 150, height: 150 };
    const shapes = brokenShapes([between('far-away', 5000), between('b1', 1000)], [], area, lookup('far-away', 'b1'));
    expect(shapes.map((s) => s.key)).toEqual(['b1']);
    const whole = brokenShapes([between('b1', 1000)], [], null, lookup('b1'));
    expect(shapes[0]?.d).not.toBe(whole[0]?.d);
    expect(shapes[0]?.mark).toEqual(whole[0]?.mark);
  });

  it('starts the dashes of a cut curve where they are on the whole curve', () => {
    const area = { x: 1200, y: 100, width: 400, height: 400 };
    const [cut] = brokenShapes([between('b1', 1000)], [], area, lookup('b1'));
    const [whole] = brokenShapes([between('b1', 1000)], [], null, lookup('b1'));
    expect(cut?.dashes[0]?.offset).toBeGreaterThan(0);
    expect(cut?.dashes.length).toBeLessThanOrEqual(whole?.dashes.length ?? 0);
  });

  it('draws nothing without an outage', () => {
    expect(brokenShapes([between('b1', 0)], [between('f1', 1000)], null, () => undefined)).toEqual([]);
  });
});
