import { describe, expect, it } from 'vitest';
import { containmentOf } from '../../src/canvas/containment';
import { mapNodes } from '../../src/canvas/mapping';
import { rectsOverlap } from '../../src/canvas/geometry';
import { BARE_NODE, makeFixture } from './fixtures';

const fixture = makeFixture(1000, 1);
const { design, layout } = fixture.file;

describe('browser benchmark fixtures', () => {
  it('stores a position for every canvas node, in the container the canvas puts it in', () => {
    const containment = containmentOf(design);
    expect(Object.keys(layout.nodes).sort()).toEqual([...containment.keys()].sort());
    for (const [id, c] of containment) expect(layout.nodes[id]?.parent ?? null).toBe(c.parent);
  });

  it('is drawn by the canvas exactly where the layout says (no node falls back to a free slot)', () => {
    const nodes = mapNodes(fixture.file);
    expect(nodes).toHaveLength(Object.keys(layout.nodes).length);
    for (const node of nodes) {
      const stored = layout.nodes[node.id];
      expect({ id: node.id, x: node.position.x, y: node.position.y }).toEqual({ id: node.id, x: stored?.x, y: stored?.y });
    }
  });

  it('overlaps no siblings, and sizes containers so that the canvas need not grow them', () => {
    const nodes = mapNodes(fixture.file);
    const byParent = new Map<string, typeof nodes>();
    for (const n of nodes) byParent.set(n.parentId ?? '', [...(byParent.get(n.parentId ?? '') ?? []), n]);
    for (const siblings of byParent.values()) {
      const rects = siblings.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
      for (const [i, a] of rects.entries()) {
        for (const b of rects.slice(i + 1)) expect(rectsOverlap(a, b), `${a.id} / ${b.id}`).toBe(false);
      }
    }
    const containers = nodes.filter((n) => n.type !== 'resource');
    expect(containers).toHaveLength(8);
    for (const c of containers) {
      expect({ id: c.id, width: c.width, height: c.height }).toEqual({ id: c.id, width: layout.nodes[c.id]?.width, height: layout.nodes[c.id]?.height });
    }
  });

  it('gives the bare page every node once, at absolute positions, and only edges between them', () => {
    const ids = new Set(fixture.bare.nodes.map((n) => n.id));
    expect(ids.size).toBe(Object.keys(layout.nodes).length);
    for (const e of fixture.bare.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    const zone = fixture.bare.nodes.find((n) => n.id === fixture.landmarks.azId);
    const focus = fixture.bare.nodes.find((n) => n.id === fixture.landmarks.focusNodeId);
    const stored = layout.nodes[fixture.landmarks.focusNodeId];
    expect(focus).toMatchObject({ frame: false, width: BARE_NODE.width, height: BARE_NODE.height });
    expect(focus?.x).toBe((zone?.x ?? 0) + (stored?.x ?? 0));
    expect(focus?.y).toBe((zone?.y ?? 0) + (stored?.y ?? 0));
  });

  it('aims at the top-right resource of the first zone, renames twenty of its instances and drags only zone resources at fit view', () => {
    const { azId, focusNodeId, editIds } = fixture.landmarks;
    const inZone = Object.entries(layout.nodes).filter(([, l]) => l.parent === azId);
    const top = Math.min(...inZone.map(([, l]) => l.y));
    const right = Math.max(...inZone.filter(([, l]) => l.y === top).map(([, l]) => l.x));
    expect(layout.nodes[focusNodeId]).toMatchObject({ parent: azId, x: right, y: top });
    expect(editIds).toHaveLength(20);
    const zoneIds = new Set<string>(design.resources.filter((r) => r.kind === 'availabilityZone').map((r) => r.id));
    expect(fixture.landmarks.zoneResourceIds.length).toBeGreaterThan(600);
    for (const id of fixture.landmarks.zoneResourceIds) expect(zoneIds.has(layout.nodes[id]?.parent ?? ''), id).toBe(true);
    for (const id of editIds) expect(design.resources.find((r) => r.id === id)?.kind).toBe('instance');
  });

  it('is the same for the same size and seed', () => {
    expect(JSON.stringify(makeFixture(1000, 1))).toBe(JSON.stringify(fixture));
    expect(fixture.resources).toBe(1000);
  });
});
