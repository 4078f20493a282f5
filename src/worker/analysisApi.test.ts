import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine/engine';
import { NO_FAILURE, type Scenario } from '../engine/types';
import { resourceId } from '../model/ids';
import type { Design } from '../model/types';
import { createAnalysisApi } from './analysisApi';
import { diffDesign } from './designPatch';
import { exampleDesign, S2_FILE } from './testing/exampleDesign';

const outage = (az: string): Scenario => ({ failedAzs: [resourceId(az)], failedRegions: [] });

function countingEngine(): { builds: () => number; createEngine: (design: Design) => Engine } {
  let count = 0;
  return {
    builds: () => count,
    createEngine: (design) => {
      count++;
      return createEngine(design);
    },
  };
}

describe('createAnalysisApi', () => {
  it('reports S2 under an outage of europe-se-1a: iB loses its gateway, fA fails, the service is down', async () => {
    const api = createAnalysisApi();
    const r = await api.analyze({ revision: 7, design: exampleDesign(S2_FILE), scenario: outage('europe-se-1a'), withMatrix: false });
    expect(r.revision).toBe(7);
    expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(r.designId).toBe('example-s02-cross-zone-floating-ip');
    expect(r.resources.iB).toEqual({ status: 'DEGRADED', reasons: [{ code: 'GATEWAY_LOST', causes: ['rA'], inferred: true }] });
    expect(r.resources.fA).toEqual({ status: 'FAILED', reasons: [{ code: 'AZ_FAILED', causes: ['europe-se-1a'], inferred: false }] });
    expect(r.resources.rA?.status).toBe('FAILED');
    expect(r.resources.s1?.status).toBe('DEGRADED');
    expect(r.services.map((s) => [s.id, s.status])).toEqual([['fA', 'FAILED']]);
    expect(r.externalNetworks).toEqual({ 'europe-se-1-1a-net0': 'FAILED', 'europe-se-1-1b-net0': 'OK' });
    expect(r.matrix).toBeNull();
  });

  it('adds the resilience matrix on request', async () => {
    const api = createAnalysisApi();
    const r = await api.analyze({ revision: 1, design: exampleDesign(S2_FILE), scenario: NO_FAILURE, withMatrix: true });
    expect(Object.keys(r.resources)).toEqual([]);
    expect(r.matrix?.scenarios.map((s) => s.key)).toEqual(['az:europe-se-1a', 'az:europe-se-1b', 'region:europe-se-1']);
    expect(r.matrix?.cells).toEqual([['FAILED', 'DOWN', 'FAILED']]);
    expect(r.matrix?.singlePointsOfFailure).toEqual({ fA: ['europe-se-1a', 'europe-se-1b'] });
  });

  it('indexes a design once while only the scenario changes, and again for a new revision', async () => {
    const counter = countingEngine();
    const api = createAnalysisApi({ createEngine: counter.createEngine });
    const design = exampleDesign(S2_FILE);
    await api.analyze({ revision: 1, design, scenario: outage('europe-se-1a'), withMatrix: false });
    const b = await api.analyze({ revision: 1, design, scenario: outage('europe-se-1b'), withMatrix: false });
    expect(counter.builds()).toBe(1);
    expect(b.resources.iB?.status).toBe('FAILED');
    // A structured clone of the same revision (what the worker receives) reuses the engine too.
    await api.analyze({ revision: 1, design: structuredClone(design), scenario: NO_FAILURE, withMatrix: true });
    expect(counter.builds()).toBe(1);
    const edited: Design = { ...design, resources: design.resources.filter((x) => x.id !== 'fA') };
    const c = await api.analyze({ revision: 2, design: edited, scenario: outage('europe-se-1a'), withMatrix: false });
    expect(counter.builds()).toBe(2);
    expect(c.resources.fA).toBeUndefined();
    expect(c.services).toEqual([]);
  });

  it('rejects (does not throw) when the engine fails', async () => {
    const api = createAnalysisApi({
      createEngine: () => {
        throw new Error('index exploded');
      },
    });
    await expect(api.analyze({ revision: 1, design: exampleDesign(S2_FILE), scenario: NO_FAILURE, withMatrix: false })).rejects.toThrow(
      'index exploded',
    );
  });

  it('measures elapsed time with the given clock', async () => {
    let t = 100;
    const api = createAnalysisApi({ now: () => (t += 2.5) });
    const r = await api.analyze({ revision: 3, design: exampleDesign(S2_FILE), scenario: NO_FAILURE, withMatrix: false });
    expect(r.elapsedMs).toBe(2.5);
  });

  it('evaluates a request without design on the revision it has, and refuses one for another revision', async () => {
    const counting = countingEngine();
    const api = createAnalysisApi({ createEngine: counting.createEngine });
    await api.analyze({ revision: 3, design: exampleDesign(S2_FILE), scenario: NO_FAILURE, withMatrix: false });
    const r = await api.analyze({ revision: 3, design: null, scenario: outage('europe-se-1a'), withMatrix: false });
    expect(r.resources.fA?.status).toBe('FAILED');
    expect(counting.builds()).toBe(1);
    await expect(api.analyze({ revision: 4, design: null, scenario: NO_FAILURE, withMatrix: false })).rejects.toThrow(
      'The analysis engine has no design for revision 4; it has to be sent again.',
    );
  });

  it('applies a patch to the revision it has: the same report as the whole edited design, one build per revision', async () => {
    const counting = countingEngine();
    const api = createAnalysisApi({ createEngine: counting.createEngine });
    const before = exampleDesign(S2_FILE);
    // rA moves to the other zone: with europe-se-1a out it is no longer gone with the zone, only cut
    // off from its external network (which stays in europe-se-1a).
    const after: Design = { ...before, resources: before.resources.map((r) => (r.id === 'rA' && r.kind === 'router' ? { ...r, availabilityZoneHints: [resourceId('europe-se-1b')] } : r)) };
    await api.analyze({ revision: 3, design: before, scenario: NO_FAILURE, withMatrix: false });
    const patch = diffDesign(before, after, 3);
    expect(patch?.resources.changed).toHaveLength(1);
    if (!patch) return;
    const patched = await api.analyze({ revision: 4, design: structuredClone(patch), scenario: outage('europe-se-1a'), withMatrix: true });
    const whole = await createAnalysisApi().analyze({ revision: 4, design: after, scenario: outage('europe-se-1a'), withMatrix: true });
    expect({ ...patched, elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
    expect(patched.resources.rA).toEqual({ status: 'DOWN', reasons: [{ code: 'EXT_GATEWAY_LOST', causes: ['europe-se-1a'], inferred: true }] });
    expect(counting.builds()).toBe(2);
    await expect(api.analyze({ revision: 9, design: { ...patch, base: 7 }, scenario: NO_FAILURE, withMatrix: false })).rejects.toThrow(
      'The analysis engine has no design for revision 7 to apply changes to; it has to be sent again.',
    );
  });

  it('leaves the static findings out when told to, and nothing else', async () => {
    const api = createAnalysisApi();
    const design = exampleDesign(S2_FILE);
    const full = await api.analyze({ revision: 1, design, scenario: outage('europe-se-1a'), withMatrix: false });
    const lean = await api.analyze({ revision: 1, design: null, scenario: outage('europe-se-1a'), withMatrix: false, withFindings: false });
    expect(full.findings.length).toBeGreaterThan(0);
    expect(lean.findings).toEqual([]);
    expect({ ...lean, findings: full.findings, elapsedMs: 0 }).toEqual({ ...full, elapsedMs: 0 });
  });
});
