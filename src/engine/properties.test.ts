/**
 * Properties of the evaluation (DOMAIN.md 2.1) over random well-formed designs: it always terminates,
 * more failed zones never improve a status, nothing fails without a failure, layout never matters,
 * incremental evaluation equals full evaluation, the result is a true fixpoint of the rules, and
 * every status a failure caused can be explained back to the failed zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../model/restore';
import { FORMAT_TAG, FORMAT_VERSION, type Design, type Layout } from '../model/types';
import { createEngine } from './engine';
import { buildDependents, evaluateScenario, type Evaluation } from './evaluate';
import { explain } from './explain';
import { evaluateRule, type EvalState } from './rules';
import { designArb, designWithScenariosArb, layoutArb, nestedScenariosArb } from './testing/arbitraries';
import { buildTopology } from './topology';
import { FAILED, NO_FAILURE } from './types';

const RUNS = { numRuns: 200 };

/** Status codes and reasons by resource id, for comparing evaluations of different topologies. */
function outcome(e: Evaluation): Record<string, { status: number; reasons: unknown }> {
  return Object.fromEntries(e.topo.ids.map((id, i) => [id, { status: e.status[i] ?? 0, reasons: e.reasons[i] ?? [] }]));
}

/** Recomputes every rule on the final state: a fixpoint reproduces every status and reason. */
function fixpointMismatches(e: Evaluation): string[] {
  const { topo } = e;
  const azDown = new Uint8Array(topo.n);
  const regionDown = new Uint8Array(topo.n);
  for (const id of e.scenario.failedRegions) {
    const r = topo.indexOf.get(id) ?? -1;
    regionDown[r] = 1;
    for (const az of topo.azsOfRegion.get(r) ?? []) azDown[az] = 1;
  }
  for (const id of e.scenario.failedAzs) azDown[topo.indexOf.get(id) ?? -1] = 1;
  const state: EvalState = { topo, status: Uint8Array.from(e.status), reasons: e.reasons.slice() as EvalState['reasons'], azDown, regionDown };
  const out: string[] = [];
  for (let i = 0; i < topo.n; i++) {
    // A region's status is set after the fixpoint from its zones (DOMAIN.md 2.3 Region).
    if (topo.resources[i]?.kind === 'region') continue;
    const again = evaluateRule(state, i);
    const reasons = again.code === 0 ? undefined : again.reasons;
    if (again.code !== e.status[i] || JSON.stringify(reasons) !== JSON.stringify(e.reasons[i])) out.push(topo.ids[i] ?? String(i));
  }
  return out;
}

describe('evaluation over random designs', () => {
  it('never throws and terminates at a true fixpoint, for nested scenarios and the whole matrix', () => {
    fc.assert(
      fc.property(designWithScenariosArb, ({ design, smaller, larger }) => {
        const engine = createEngine(design);
        for (const s of [smaller, larger]) expect(fixpointMismatches(engine.evaluate(s))).toEqual([]);
        expect(fixpointMismatches(engine.baseline)).toEqual([]);
        const matrix = engine.matrix();
        expect(matrix.cells.every((row) => row.length === matrix.scenarios.length)).toBe(true);
      }),
      RUNS,
    );
  });

  it('failing more zones or regions never improves any status (monotonicity)', () => {
    fc.assert(
      fc.property(designWithScenariosArb, ({ design, smaller, larger }) => {
        const engine = createEngine(design);
        const x = engine.evaluate(smaller);
        const y = engine.evaluate(larger);
        const improved = engine.topology.ids.filter((_, i) => (x.status[i] ?? 0) > (y.status[i] ?? 0));
        expect(improved).toEqual([]);
        expect(engine.services(x).filter((s, k) => statusRank(s.status) > statusRank(engine.services(y)[k]?.status ?? 'OK'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with no zone failed, no resource is FAILED', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const e = createEngine(design).evaluate(NO_FAILURE);
        expect(e.topo.ids.filter((_, i) => (e.status[i] ?? 0) === FAILED)).toEqual([]);
        expect([...e.externalNetworks.values()].every((s) => s === 'OK')).toBe(true);
      }),
      RUNS,
    );
  });

  it('incremental evaluation from the baseline equals full evaluation', () => {
    fc.assert(
      fc.property(designWithScenariosArb, ({ design, smaller, larger }) => {
        const topo = buildTopology(design);
        const dependents = buildDependents(topo);
        const baseline = evaluateScenario(topo, dependents, NO_FAILURE);
        for (const s of [smaller, larger]) {
          const full = evaluateScenario(topo, dependents, s);
          const incremental = evaluateScenario(topo, dependents, s, baseline);
          expect(outcome(incremental)).toEqual(outcome(full));
          expect(incremental.broken).toEqual(full.broken);
          expect(incremental.externalNetworks).toEqual(full.externalNetworks);
        }
      }),
      RUNS,
    );
  });

  it('explains every status a failure caused back to a failed zone or region, each resource once', () => {
    fc.assert(
      fc.property(designWithScenariosArb, ({ design, larger }) => {
        const engine = createEngine(design);
        const e = engine.evaluate(larger);
        const failed = new Set<string>([...larger.failedAzs, ...larger.failedRegions]);
        const unexplained: string[] = [];
        engine.topology.ids.forEach((id, i) => {
          if ((e.status[i] ?? 0) === 0) return;
          const steps = explain(e, id);
          // Each resource appears once, as one block of steps (one per reason).
          const blocks = steps.map((st) => st.id).filter((x, k, all) => k === 0 || all[k - 1] !== x);
          expect(new Set(blocks).size).toBe(blocks.length);
          expect(steps.filter((st) => st.id === id)).toHaveLength(e.reasons[i]?.length ?? 0);
          expect(steps[0]?.id).toBe(id);
          // A status the failure caused (OK without it) must lead back to what failed.
          if ((engine.baseline.status[i] ?? 0) === 0 && !steps.some((st) => failed.has(st.id))) unexplained.push(id);
        });
        expect(unexplained).toEqual([]);
      }),
      RUNS,
    );
  });

  it('results never depend on the layout, through the whole file path', () => {
    const withLayouts = designArb.chain((design) =>
      fc.tuple(fc.constant(design), layoutArb(design), layoutArb(design), nestedScenariosArb(design)),
    );
    fc.assert(
      fc.property(withLayouts, ([design, first, second, { larger }]) => {
        const through = (layout: Layout): { design: Design; e: Evaluation } => {
          const text = JSON.stringify({ format: FORMAT_TAG, version: FORMAT_VERSION, design, layout });
          const restored = parseDesignText(text);
          if (!restored.ok) throw new Error(`${restored.error.path}: ${restored.error.message}`);
          return { design: restored.file.design, e: createEngine(restored.file.design).evaluate(larger) };
        };
        const none = through({ nodes: {} });
        for (const layout of [first, second]) {
          const other = through(layout);
          expect(other.design).toEqual(none.design);
          expect(outcome(other.e)).toEqual(outcome(none.e));
          expect(other.e.broken).toEqual(none.e.broken);
        }
        expect(outcome(none.e)).toEqual(outcome(createEngine(design).evaluate(larger)));
      }),
      { numRuns: 100 },
    );
  });
});

function statusRank(s: string): number {
  return ['OK', 'DEGRADED', 'DOWN', 'FAILED'].indexOf(s);
}
