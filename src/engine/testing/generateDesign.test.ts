import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../../model/restore';
import { FORMAT_TAG, FORMAT_VERSION } from '../../model/types';
import { analyzeDesign } from '../engine';
import { countEdges, generateDesign, mulberry32 } from './generateDesign';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });
});

describe('generateDesign', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDesign({ resources: 1000, seed: 3 });
    expect(generateDesign({ resources: 1000, seed: 3 })).toEqual(a);
    const b = generateDesign({ resources: 1000, seed: 4 });
    expect(b.resources.map((r) => r.id)).not.toEqual(a.resources.map((r) => r.id));
  });

  it.each([100, 1000, 10_000])('makes %i resources (within 5%), with unique ids', (n) => {
    const d = generateDesign({ resources: n, seed: 1 });
    expect(Math.abs(d.resources.length - n)).toBeLessThanOrEqual(n * 0.05);
    expect(new Set(d.resources.map((r) => r.id)).size).toBe(d.resources.length);
    expect(new Set(d.relations.map((r) => r.id)).size).toBe(d.relations.length);
    const ids = new Set<string>(d.resources.map((r) => r.id));
    expect(d.relations.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
  });

  it('has a realistic mix: two regions of three zones, every kind, about 2.5 edges per resource', () => {
    const d = generateDesign({ resources: 10_000, seed: 1 });
    const count = (kind: string): number => d.resources.filter((r) => r.kind === kind).length;
    expect(count('region')).toBe(2);
    expect(count('availabilityZone')).toBe(6);
    expect(count('router')).toBe(6);
    const kinds = new Set(d.resources.map((r) => r.kind));
    expect(kinds.size).toBe(18);
    expect(new Set(d.relations.map((r) => r.kind)).size).toBe(8);
    expect(count('instance') / d.resources.length).toBeGreaterThan(0.25);
    const edges = countEdges(d);
    expect(edges.staticRoutes).toBe(12);
    expect(edges.total).toBe(edges.relations + edges.staticRoutes + edges.references);
    expect(edges.perResource).toBeGreaterThan(2.3);
    expect(edges.perResource).toBeLessThan(2.8);
  });

  it.each([100, 1000])('restores as a design file (%i resources) without errors or warnings', (n) => {
    const design = generateDesign({ resources: n, seed: 5 });
    const restored = parseDesignText(JSON.stringify({ format: FORMAT_TAG, version: FORMAT_VERSION, design, layout: { nodes: {} } }));
    expect(restored.ok && restored.warnings).toEqual([]);
    expect(restored.ok && restored.file.design).toEqual(design);
  });

  it('analyses without throwing, with services that survive some outages and not others', () => {
    const report = analyzeDesign(generateDesign({ resources: 1000, seed: 2 }));
    expect(report.resources).toEqual({});
    const matrix = report.matrix;
    expect(matrix?.scenarios).toHaveLength(8);
    expect(matrix?.services.length).toBeGreaterThan(10);
    const cells = new Set(matrix?.cells.flat());
    expect(cells.has('OK')).toBe(true);
    expect(cells.has('DEGRADED')).toBe(true);
    expect([...cells].some((s) => s === 'DOWN' || s === 'FAILED')).toBe(true);
  });
});

describe('countEdges', () => {
  it('counts relations, static routes and references to other resources', () => {
    const d = generateDesign({ resources: 100, seed: 1 });
    const small = { ...d, resources: d.resources.filter((r) => r.kind === 'region' || r.kind === 'availabilityZone'), relations: [] };
    // Six AZs each name their region; regions name nothing.
    expect(countEdges(small)).toEqual({ relations: 0, staticRoutes: 0, references: 6, total: 6, perResource: 0.75 });
  });
});
