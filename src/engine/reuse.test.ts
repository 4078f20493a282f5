/**
 * What the engine's speed-ups rely on: the resilience matrix evaluated on one reused working copy of
 * the baseline equals the matrix of independent evaluations; identical reasons of one evaluation are
 * one shared object; the kind index lists every resource once, by kind, in document order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS } from '../model/types';
import { buildDependents, evaluateScenario } from './evaluate';
import { buildMatrix, matrixScenarios } from './matrix';
import { serviceEntryPoints } from './services';
import { designArb } from './testing/arbitraries';
import { generateDesign } from './testing/generateDesign';
import { buildTopology } from './topology';
import { NO_FAILURE } from './types';

describe('matrix on a reused working copy', () => {
  it('equals the matrix of independent evaluations, and each of those equals a full evaluation', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const topo = buildTopology(design);
        const deps = buildDependents(topo);
        const baseline = evaluateScenario(topo, deps, NO_FAILURE);
        const entries = serviceEntryPoints(topo);
        const kept = buildMatrix(topo, deps, baseline, entries, { keepEvaluations: true });
        expect(buildMatrix(topo, deps, baseline, entries).matrix).toEqual(kept.matrix);
        matrixScenarios(topo).forEach((s, c) => {
          expect(Array.from(kept.evaluations?.[c]?.status ?? [])).toEqual(Array.from(evaluateScenario(topo, deps, s.scenario).status));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the baseline untouched', () => {
    const topo = buildTopology(generateDesign({ resources: 300, seed: 4 }));
    const deps = buildDependents(topo);
    const baseline = evaluateScenario(topo, deps, NO_FAILURE);
    const status = Array.from(baseline.status);
    const reasons = JSON.stringify(baseline.reasons);
    buildMatrix(topo, deps, baseline, serviceEntryPoints(topo));
    expect(Array.from(baseline.status)).toEqual(status);
    expect(JSON.stringify(baseline.reasons)).toBe(reasons);
  });
});

describe('shared reasons', () => {
  it('gives every resource failed by the same zone the same reasons object, with the zone as cause', () => {
    const topo = buildTopology(generateDesign({ resources: 300, seed: 2 }));
    const deps = buildDependents(topo);
    const zone = matrixScenarios(topo).find((s) => s.kind === 'az');
    if (!zone) throw new Error('the generated design has no zone');
    const e = evaluateScenario(topo, deps, zone.scenario, evaluateScenario(topo, deps, NO_FAILURE));
    const instances = [...topo.ofKind('instance')].filter((i) => e.reasons[i]?.[0]?.code === 'AZ_FAILED' && !topo.placement.azInferred[i]);
    expect(instances.length).toBeGreaterThan(1);
    const first = e.reasons[instances[0] ?? -1];
    expect(first).toEqual([{ code: 'AZ_FAILED', causes: [zone.target], inferred: false }]);
    for (const i of instances) expect(e.reasons[i]).toBe(first);
  });
});

describe('kind index', () => {
  it('lists each resource once, under its own kind, in document order', () => {
    const topo = buildTopology(generateDesign({ resources: 500, seed: 3 }));
    const seen: number[] = [];
    for (const kind of RESOURCE_KINDS) {
      const list = Array.from(topo.ofKind(kind));
      expect(list.every((i) => topo.resources[i]?.kind === kind)).toBe(true);
      expect(list).toEqual([...list].sort((a, b) => a - b));
      seen.push(...list);
    }
    expect(seen.sort((a, b) => a - b)).toEqual(topo.resources.map((_, i) => i));
  });
});
