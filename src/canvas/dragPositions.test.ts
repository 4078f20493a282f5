import { describe, expect, it } from 'vitest';
import { designOf, fileOf, world } from '../model/testFixtures';
import { withDragPositions } from './dragPositions';
import { mapNodes } from './mapping';

const nodes = mapNodes(fileOf(designOf(world())));

describe('withDragPositions', () => {
  it('moves only the nodes with a held position, as new objects', () => {
    const next = withDragPositions(nodes, new Map([['web-1', { x: 420, y: 260 }]]));
    expect(next.filter((n, i) => n !== nodes[i]).map((n) => [n.id, n.position])).toEqual([['web-1', { x: 420, y: 260 }]]);
  });

  it('gives the same array back when nothing is held', () => {
    expect(withDragPositions(nodes, null)).toBe(nodes);
    expect(withDragPositions(nodes, new Map())).toBe(nodes);
  });
});
