import { describe, expect, it } from 'vitest';
import type { DrawnEdge } from '../culling';
import type { ConnectionFlowEdge } from '../flowTypes';
import { farPaths } from './FarEdges';

const box = (x: number, y: number) => ({ x, y, width: 180, height: 56 });
const edge = (id: string, kind: 'port' | 'routerInterface'): ConnectionFlowEdge => ({
  id,
  source: `${id}-a`,
  target: `${id}-b`,
  type: 'connection',
  data: { kind, connectionId: id, memberId: null },
});
const drawn = (id: string, kind: 'port' | 'routerInterface', x: number): DrawnEdge => ({ edge: edge(id, kind), source: box(x, 0), target: box(x + 400, 300) });

describe('farPaths', () => {
  it('draws one path per look: a dashed kind as a lighter solid line, a solid kind opaque', () => {
    const paths = farPaths([drawn('p1', 'port', 0), drawn('p2', 'port', 1000), drawn('r1', 'routerInterface', 2000), drawn('p3', 'port', 3000)], null);
    expect(paths.map((p) => [p.colour, p.opacity, p.width, p.d.split('M').length - 1])).toEqual([
      ['#2f6db5', 7 / 11, 1.6, 3],
      ['#2f6db5', 1, 1.6, 1],
    ]);
  });

  it('leaves out edges that never come into the area', () => {
    expect(farPaths([drawn('p1', 'port', 0)], { x: 5000, y: 5000, width: 10, height: 10 })).toEqual([]);
  });
});
