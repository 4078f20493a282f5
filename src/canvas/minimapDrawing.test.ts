import { describe, expect, it } from 'vitest';
import { designOf, fileOf, world } from '../model/testFixtures';
import type { FlowNode } from './flowTypes';
import { designToFlow } from './mapping';
import { createMiniMapPainter } from './minimapDrawing';

const nodes = designToFlow(fileOf(designOf(world()))).nodes;
const rectCount = (d: string): number => d.split('M').length - 1;

describe('createMiniMapPainter', () => {
  it('draws every node once, one path per colour, containers first', () => {
    const drawing = createMiniMapPainter().paint(nodes);
    expect(drawing.paths.reduce((sum, p) => sum + rectCount(p.d), 0)).toBe(nodes.length);
    expect(drawing.paths[0]?.fill).toBe('#dde3ec');
    expect(new Set(drawing.paths.map((p) => `${p.fill} ${p.stroke}`)).size).toBe(drawing.paths.length);
  });

  it('repaints a moved node in its colour only, as a fresh painting would', () => {
    const painter = createMiniMapPainter();
    const first = painter.paint(nodes);
    const i = nodes.findIndex((n) => n.type === 'resource');
    const node = nodes[i] as FlowNode;
    const moved = nodes.map((n, k) => (k === i ? { ...node, position: { x: node.position.x + 40, y: node.position.y + 20 } } : n));
    const second = painter.paint(moved);
    expect(second).toEqual(createMiniMapPainter().paint(moved));
    const changed = second.paths.filter((p, k) => p !== first.paths[k]);
    expect(changed).toHaveLength(1);
  });

  it('has no bounds without nodes', () => {
    expect(createMiniMapPainter().paint([])).toEqual({ paths: [], bounds: null });
  });
});
