import { describe, expect, it } from 'vitest';
import { designOf, fileOf, world } from '../model/testFixtures';
import { createCuller } from './culling';
import type { FlowElements, FlowNode } from './flowTypes';
import type { Rect } from './geometry';
import { absoluteRects } from './hitTest';
import { designToFlow } from './mapping';

const file = fileOf(designOf(world()));
const full = designToFlow(file);
const rects = absoluteRects(full.nodes);
const NONE: ReadonlySet<string> = new Set();
const near = (covered: Rect, keepNodes: ReadonlySet<string> = NONE) => ({ covered, keepNodes, keepEdges: NONE, far: false });

function boundsOf(ids: Iterable<string>): Rect {
  const rs = [...ids].map((id) => rects.get(id)).filter((r): r is Rect => r !== undefined);
  const x = Math.min(...rs.map((r) => r.x));
  const y = Math.min(...rs.map((r) => r.y));
  return { x, y, width: Math.max(...rs.map((r) => r.x + r.width)) - x, height: Math.max(...rs.map((r) => r.y + r.height)) - y };
}

const ids = (elements: readonly { id: string }[]): string[] => elements.map((e) => e.id);
const resourcesOf = (nodes: readonly FlowNode[]): string[] => nodes.filter((n) => n.type === 'resource').map((n) => n.id);

describe('createCuller', () => {
  it('hands over everything for an area covering the whole design, in the same order', () => {
    const culled = createCuller().cull(full, near(boundsOf(rects.keys())));
    expect(ids(culled.nodes)).toEqual(ids(full.nodes));
    expect(ids(culled.edges)).toEqual(ids(full.edges));
  });

  it('hands over the containers and the outermost nodes even for an area with nothing in it', () => {
    const culled = createCuller().cull(full, near({ x: -1e6, y: -1e6, width: 10, height: 10 }));
    const containers = full.nodes.filter((n) => n.type !== 'resource').map((n) => n.id);
    expect(ids(culled.nodes)).toEqual(expect.arrayContaining(containers));
    // React Flow's fit view and image bounds come out as those of the whole design.
    expect(boundsOf(ids(culled.nodes))).toEqual(boundsOf(rects.keys()));
    expect(culled.edges).toEqual([]);
    expect(resourcesOf(culled.nodes).length).toBeLessThanOrEqual(4);
  });

  it('hands over the nodes in the area, the edges touching it and both ends of those edges, parents first', () => {
    const id = full.edges[0]?.source ?? '';
    const r = rects.get(id);
    expect(r).toBeDefined();
    if (!r) return;
    const area = { x: r.x - 5, y: r.y - 5, width: r.width + 10, height: r.height + 10 };
    const culled = createCuller().cull(full, near(area));
    expect(resourcesOf(culled.nodes)).toContain(id);
    const incident = full.edges.filter((e) => e.source === id || e.target === id);
    expect(incident.length).toBeGreaterThan(0);
    expect(ids(culled.edges)).toEqual(expect.arrayContaining(ids(incident)));
    const handed = new Set(ids(culled.nodes));
    for (const e of culled.edges) expect([handed.has(e.source), handed.has(e.target)]).toEqual([true, true]);
    const position = new Map(culled.nodes.map((n, i) => [n.id, i]));
    for (const n of culled.nodes) if (n.parentId !== undefined) expect(position.get(n.parentId)).toBeLessThan(position.get(n.id) ?? -1);
    expect(culled.nodes.length).toBeLessThan(full.nodes.length);
  });

  it('keeps the selected nodes wherever they are', () => {
    const culled = createCuller().cull(full, near({ x: -1e6, y: -1e6, width: 10, height: 10 }, new Set(['db-1'])));
    expect(resourcesOf(culled.nodes)).toContain('db-1');
  });

  it('returns the very same arrays when nothing changed, and carries a moved node with its edges', () => {
    const culler = createCuller();
    const area = { x: -1e6, y: -1e6, width: 10, height: 10 };
    const first = culler.cull(full, near(area));
    expect(culler.cull(full, near(area))).toBe(first);
    // A drop: only one node is a new object, at a new position inside its container.
    const node = full.nodes.find((n) => n.parentId !== undefined && full.edges.some((e) => e.source === n.id));
    const parent = node?.parentId ?? '';
    const id = node?.id ?? '';
    const moved: FlowElements = { nodes: full.nodes.map((n) => (n.id === id ? { ...n, position: { x: 300, y: 300 } } : n)), edges: full.edges };
    const culled = culler.cull(moved, near(area));
    expect(resourcesOf(culled.nodes)).toContain(id);
    const incident = full.edges.filter((e) => e.source === id || e.target === id);
    expect(incident.length).toBeGreaterThan(0);
    expect(ids(culled.edges)).toEqual(ids(incident));
    const container = culler.rectOf(parent);
    expect(culler.rectOf(id)).toEqual({ x: (container?.x ?? 0) + 300, y: (container?.y ?? 0) + 300, width: 180, height: 56 });
  });

  it('hands over the dragged nodes wherever they are, with their edges, never drawn by the canvas', () => {
    const node = full.nodes.find((n) => n.type === 'resource' && full.edges.some((e) => e.source === n.id || e.target === n.id));
    const id = node?.id ?? '';
    const incident = full.edges.filter((e) => e.source === id || e.target === id);
    const empty = { x: -1e6, y: -1e6, width: 10, height: 10 };
    const culled = createCuller().cull(full, { ...near(empty), moving: new Set([id]) });
    expect(resourcesOf(culled.nodes)).toContain(id);
    expect(ids(culled.edges)).toEqual(ids(incident));
    const far = createCuller().cull(full, { covered: boundsOf(rects.keys()), keepNodes: NONE, keepEdges: NONE, far: true, moving: new Set([id]) });
    expect(ids(far.edges)).toEqual(ids(incident));
    expect(far.drawn.map((d) => d.edge.id).sort()).toEqual(ids(full.edges.filter((e) => !incident.includes(e))).sort());
  });

  it('hands over everything inside a dragged container, with the edges of all of it', () => {
    const zone = full.nodes.find((n) => n.type === 'availabilityZone');
    const zoneId = zone?.id ?? '';
    const inside = full.nodes.filter((n) => n.parentId === zoneId).map((n) => n.id);
    expect(inside.length).toBeGreaterThan(0);
    const empty = { x: -1e6, y: -1e6, width: 10, height: 10 };
    const culled = createCuller().cull(full, { ...near(empty), moving: new Set([zoneId]) });
    expect(ids(culled.nodes)).toEqual(expect.arrayContaining([zoneId, ...inside]));
    const touching = full.edges.filter((e) => inside.includes(e.source) || inside.includes(e.target));
    expect(touching.length).toBeGreaterThan(0);
    expect(ids(culled.edges)).toEqual(ids(touching));
  });

  it('zoomed far out, draws the edges itself, handing React Flow only the nodes in the area and the kept edges', () => {
    const all = boundsOf(rects.keys());
    const [kept] = full.edges;
    const culled = createCuller().cull(full, { covered: all, keepNodes: NONE, keepEdges: new Set([kept?.id ?? '']), far: true });
    expect(ids(culled.edges)).toEqual([kept?.id]);
    expect(culled.drawn.map((d) => d.edge.id).sort()).toEqual(ids(full.edges.slice(1)).sort());
    const drawn = culled.drawn[0];
    expect(drawn?.source).toEqual(rects.get(drawn?.edge.source ?? ''));
    expect(drawn?.target).toEqual(rects.get(drawn?.edge.target ?? ''));
    // Far from the area, an edge's ends are not handed over for its sake.
    const empty = { x: -1e6, y: -1e6, width: 10, height: 10 };
    const none = createCuller().cull(full, { covered: empty, keepNodes: NONE, keepEdges: NONE, far: true });
    expect(none.drawn).toEqual([]);
    expect(none.edges).toEqual([]);
  });
});
