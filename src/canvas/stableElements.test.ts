import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { designOf, fileOf, world } from '../model/testFixtures';
import type { DesignFile } from '../model/types';
import { designToFlow } from './mapping';
import { createStableElements } from './stableElements';

/** The world with every node pinned where the mapping first puts it (as the canvas stores them). */
function pinnedWorld(): DesignFile {
  const f = fileOf(designOf(world()));
  const nodes = Object.fromEntries(
    designToFlow(f).nodes.map((n) => [n.id, { ...n.position, ...(n.parentId ? { parent: resourceId(n.parentId) } : {}) }]),
  );
  return { ...f, layout: { nodes } };
}

const file = pinnedWorld();

function moved(f: DesignFile, id: string, x: number, y: number): DesignFile {
  return { ...f, layout: { nodes: { ...f.layout.nodes, [id]: { x, y, parent: resourceId('europe-se-1a') } } } };
}

describe('createStableElements', () => {
  it('returns the very same arrays when nothing changed', () => {
    const cache = createStableElements();
    const first = cache.update(designToFlow(file));
    const second = cache.update(designToFlow(file));
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
  });

  it('replaces only the node that moved', () => {
    const cache = createStableElements();
    const first = cache.update(designToFlow(file));
    const second = cache.update(designToFlow(moved(file, 'web-1', 40, 1000)));
    expect(second.nodes).not.toBe(first.nodes);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    // The node itself, and the zone and region that grow to fit it.
    expect(changed).toEqual(['europe-se-1', 'europe-se-1a', 'web-1']);
  });

  it('replaces a node whose selection changed', () => {
    const cache = createStableElements();
    const first = cache.update(designToFlow(file));
    const second = cache.update(designToFlow(file, { selection: { resources: ['db-1'], connections: [] } }));
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['db-1']);
    expect(second.edges).toBe(first.edges);
  });
});
