import { describe, expect, it } from 'vitest';
import { createEngine, reportOf } from '../engine/engine';
import { explain } from '../engine/explain';
import { describeReason } from '../engine/reasonText';
import { resourceId } from '../model/ids';
import { exampleFile } from './testing/examples';
import type { ExplanationStep } from '../engine/explain';
import { explainReport, placesBehind, type DesignLookup } from './explainReport';
import { lookupOf } from './names';

/**
 * The failed zones and regions a written explanation ends at: the zones and regions among the causes
 * of its steps, in the order the chain reaches them (what `placesBehind` finds without writing it).
 */
function rootPlaces(steps: readonly ExplanationStep[], lookup: Pick<DesignLookup, 'kindOf'>): string[] {
  const out: string[] = [];
  for (const step of steps) {
    for (const cause of step.causes) {
      const kind = lookup.kindOf(cause);
      if ((kind === 'availabilityZone' || kind === 'region') && !out.includes(cause)) out.push(cause);
    }
  }
  return out;
}

const outage = (az: string) => ({ failedAzs: [resourceId(az)], failedRegions: [] });

describe('explainReport', () => {
  it.each(['S2', 'S3', 'S5', 'S6', 'S7', 'S8'])('gives the same steps as the engine for every resource of %s under either outage', (scenario) => {
    const design = exampleFile(scenario).design;
    const engine = createEngine(design);
    const lookup = lookupOf(design);
    for (const az of ['europe-se-1a', 'europe-se-1b']) {
      const report = reportOf(engine, outage(az), false);
      const evaluation = engine.evaluate(outage(az));
      for (const r of design.resources) expect(explainReport(report, lookup, r.id, describeReason)).toEqual(explain(evaluation, r.id));
    }
  });

  it.each(['S2', 'S3', 'S5', 'S6', 'S7', 'S8'])('placesBehind names the same zones and regions, in the same order, as the explanation does in %s', (scenario) => {
    const design = exampleFile(scenario).design;
    const engine = createEngine(design);
    const lookup = lookupOf(design);
    const scenarios = [outage('europe-se-1a'), outage('europe-se-1b'), { failedAzs: [resourceId('europe-se-1a'), resourceId('europe-se-1b')], failedRegions: [] }];
    let named = 0;
    for (const s of scenarios) {
      const report = reportOf(engine, s, false);
      for (const r of design.resources) {
        const places = placesBehind(report, lookup, r.id);
        named += places.length;
        expect(places).toEqual(rootPlaces(explainReport(report, lookup, r.id, describeReason), lookup));
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('S2, zone A out: the instance is explained by the router, and the router by the zone', () => {
    const design = exampleFile('S2').design;
    const lookup = lookupOf(design);
    const steps = explainReport(reportOf(createEngine(design), outage('europe-se-1a'), false), lookup, resourceId('iB'), describeReason);
    expect(steps.map((s) => [s.depth, s.id, s.status, s.reason, s.inferred])).toEqual([
      [0, 'iB', 'DEGRADED', 'GATEWAY_LOST', true],
      [1, 'rA', 'FAILED', 'AZ_FAILED', false],
      [2, 'europe-se-1a', 'FAILED', 'AZ_FAILED', false],
    ]);
    expect(rootPlaces(steps, lookup)).toEqual(['europe-se-1a']);
  });

  it('is empty for a resource that is OK or unknown', () => {
    const design = exampleFile('S2').design;
    const report = reportOf(createEngine(design), outage('europe-se-1b'), false);
    expect(explainReport(report, lookupOf(design), resourceId('rA'), describeReason)).toEqual([]);
    expect(explainReport(report, lookupOf(design), resourceId('nope'), describeReason)).toEqual([]);
  });
});
