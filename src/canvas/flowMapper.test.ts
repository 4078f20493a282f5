import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { sample } from '../model/testFixtures';
import type { DesignFile } from '../model/types';
import { createFlowMapper, reselect } from './flowMapper';
import { designToFlow, type SelectedIds } from './mapping';

const file = sample();
const NONE: SelectedIds = { resources: [], connections: [] };

describe('reselect', () => {
  const elements = designToFlow(file);
  const member = elements.edges.find((e) => e.data?.memberId);
  const connection = elements.edges.find((e) => !e.data?.memberId);

  it('equals a fresh mapping with the new selection, and keeps every other object', () => {
    expect(member).toBeDefined();
    expect(connection).toBeDefined();
    const selection: SelectedIds = { resources: ['db-1', member?.id ?? ''], connections: [connection?.id ?? ''] };
    const next = reselect(elements, selection);
    expect(next).toEqual(designToFlow(file, { selection }));
    expect(next.nodes.filter((n, i) => n !== elements.nodes[i]).map((n) => n.id)).toEqual(['db-1']);
    expect(next.edges.filter((e, i) => e !== elements.edges[i]).map((e) => e.id).sort()).toEqual([member?.id, connection?.id].sort());
  });

  it('returns the very same elements when no flag changes', () => {
    expect(reselect(elements, NONE)).toBe(elements);
  });
});

describe('createFlowMapper', () => {
  it('maps afresh when the file changes and flips flags when only the selection does', () => {
    const mapper = createFlowMapper();
    const first = mapper.map(file, NONE);
    expect(mapper.map(file, NONE)).toBe(first);
    const selection: SelectedIds = { resources: ['web-1'], connections: [] };
    const selected = mapper.map(file, selection);
    expect(selected).toEqual(designToFlow(file, { selection }));
    expect(selected.edges).toBe(first.edges);
    // A move of one node: only that node (and the containers growing to fit it) are new objects.
    const moved: DesignFile = { ...file, layout: { ...file.layout, nodes: { ...file.layout.nodes, 'web-1': { x: 40, y: 1000, parent: resourceId('europe-se-1a') } } } };
    const after = mapper.map(moved, selection);
    expect(after).toEqual(designToFlow(moved, { selection }));
    expect(after.edges).toBe(first.edges);
    expect(after.nodes.filter((n, i) => n !== selected.nodes[i]).map((n) => n.id)).toContain('web-1');
    expect(after.nodes.find((n) => n.id === 'db-1')).toBe(selected.nodes.find((n) => n.id === 'db-1'));
  });
});
