import { describe, expect, it } from 'vitest';
import { designOf, fileOf, rel, world } from '../model/testFixtures';
import { applyAutoLayout, computeAutoLayout } from './autoLayout';
import { CONTENT_ORIGIN, rectsOverlap } from './geometry';
import { mapNodes } from './mapping';

const file = fileOf(
  designOf(world(), [
    rel('port', 'p1', 'web-1', 's1'),
    rel('port', 'p2', 'app-2', 's1'),
    rel('routerInterface', 'ri', 'rA', 's1', { ip: '10.0.1.1' }),
    rel('fipAssociation', 'fa', 'fip-1', 'web-1'),
    rel('dnsTarget', 'dt', 'www', 'fip-1'),
  ]),
);

describe('auto-layout', () => {
  it('keeps every resource in its container, inside the padding, without overlaps', async () => {
    const before = mapNodes(file);
    const layout = await computeAutoLayout(file);
    const after = mapNodes(applyAutoLayout(file, layout));
    expect(after.map((n) => [n.id, n.parentId])).toEqual(before.map((n) => [n.id, n.parentId]));
    for (const n of after) {
      expect(layout.get(n.id as never)?.parent).toBe(n.parentId);
      if (n.parentId !== undefined) {
        expect(n.position.x).toBeGreaterThanOrEqual(CONTENT_ORIGIN.x);
        expect(n.position.y).toBeGreaterThanOrEqual(CONTENT_ORIGIN.y);
      }
    }
    const parents = new Set(after.map((n) => n.parentId ?? ''));
    for (const parent of parents) {
      const siblings = after.filter((n) => (n.parentId ?? '') === parent);
      const rects = siblings.map((n) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 }));
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(rectsOverlap(a, b)).toBe(false)));
    }
  });

  it('lays a connected chain out in layers, source above target', async () => {
    const layout = await computeAutoLayout(file);
    // The floating IP points at web-1 in the same zone: it comes first, one layer up.
    expect(layout.get('fip-1' as never)!.y).toBeLessThan(layout.get('web-1' as never)!.y);
  });

  it('puts the zones of a region side by side, with networks below them and subnets below those', async () => {
    const layout = await computeAutoLayout(file);
    const at = (id: string) => layout.get(id as never)!;
    expect(at('europe-se-1a').y).toBe(at('europe-se-1b').y);
    expect(at('europe-se-1a').x).not.toBe(at('europe-se-1b').x);
    expect(at('net-1').y).toBeGreaterThan(at('europe-se-1a').y);
    expect(at('s1').y).toBeGreaterThan(at('net-1').y);
  });
});
