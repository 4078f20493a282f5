import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { designOf, fileOf, world } from '../model/testFixtures';
import type { DesignFile } from '../model/types';
import type { Size } from './geometry';
import { mapNodes } from './mapping';
import { createNodeMapper, patchMovedNodes } from './nodeMapper';

const file = fileOf(designOf(world()));
const nodes = mapNodes(file);
const layout = Object.fromEntries(nodes.map((n) => [n.id, { ...n.position, ...(n.parentId ? { parent: resourceId(n.parentId) } : {}) }]));
const pinned: DesignFile = { ...file, layout: { nodes: layout } };

function moved(id: string, x: number, y: number, parent = 'europe-se-1a'): DesignFile {
  return { ...pinned, layout: { nodes: { ...pinned.layout.nodes, [id]: { x, y, parent: resourceId(parent) } } } };
}

describe('patchMovedNodes', () => {
  it('replaces only the moved node, with its new position', () => {
    const before = mapNodes(pinned);
    const after = patchMovedNodes(before, pinned.layout.nodes, moved('web-1', 300, 500).layout.nodes);
    expect(after?.filter((n, i) => n !== before[i]).map((n) => [n.id, n.position])).toEqual([['web-1', { x: 300, y: 500 }]]);
  });

  it('gives up when a node changed container', () => {
    expect(patchMovedNodes(mapNodes(pinned), pinned.layout.nodes, moved('web-1', 300, 500, 'europe-se-1b').layout.nodes)).toBeNull();
  });
});

describe('createNodeMapper', () => {
  it('patches while sizes are frozen and agrees with a full mapping on positions', () => {
    const mapper = createNodeMapper();
    const frozenSizes = new Map<string, Size>();
    for (const n of mapNodes(pinned)) if (n.type !== 'resource') frozenSizes.set(n.id, { width: n.width ?? 0, height: n.height ?? 0 });
    const options = { frozenSizes };
    const first = mapper.map(pinned, options);
    const next = moved('web-1', 60, 120);
    const second = mapper.map(next, options);
    expect(second.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual(['web-1']);
    expect(second.map((n) => [n.id, n.position])).toEqual(mapNodes(next, options).map((n) => [n.id, n.position]));
  });

  it('maps afresh without frozen sizes', () => {
    const mapper = createNodeMapper();
    const first = mapper.map(pinned, {});
    const second = mapper.map(moved('web-1', 60, 2000), {});
    // The zone grows to fit the moved node: a full mapping, not a patch.
    expect(second.find((n) => n.id === 'europe-se-1a')?.height).toBeGreaterThan(first.find((n) => n.id === 'europe-se-1a')?.height ?? 0);
  });
});
