/**
 * The public example scenarios of DOMAIN.md section 4 (S1–S9), evaluated from their design files in
 * `public/examples`: the exact status and reason codes of every resource under outage A and outage B,
 * the default outcomes of 4.1, broken connections, causes, services and the resilience matrix.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceId } from '../model/ids';
import { createEngine, type Engine } from './engine';
import type { Evaluation } from './evaluate';
import { A, B, R1, reasonOf, summary, xA, xB } from './testing/build';
import { loadExample } from './testing/loadExample';

const F = 'FAILED AZ_FAILED';
const GW = 'DEGRADED GATEWAY_LOST';
const LBF = 'DOWN LB_FAILED';

/** Per scenario: resource → [outage A, outage B], as in the tables of DOMAIN.md section 4. */
const TABLES: Record<string, Record<string, [string, string]>> = {
  S1: { rA: [F, 'OK'], sA: [GW, 'OK'], iA: [F, 'OK'], fA: [F, 'OK'] },
  S2: { rA: [F, 'OK'], s1: [GW, 'OK'], iB: [GW, F], fA: [F, 'DOWN TARGET_LOST'] },
  S3: {
    rA: [F, 'OK'],
    rB: ['OK', F],
    sA: [GW, 'OK'],
    sB: ['OK', GW],
    sL: ['OK', 'OK'],
    iA: [F, 'OK'],
    iB: ['OK', F],
    fA: [F, 'OK'],
    fB: ['OK', F],
    g1: ['DEGRADED TARGETS_FENCED', 'DEGRADED TARGETS_FENCED'],
  },
  S4: { rM: [F, 'OK'], s1: [GW, 'OK'], iA: [F, 'OK'], iB: [GW, F], fA: [F, 'OK'] },
  S5: {
    rA: [F, 'OK'],
    s1: [GW, 'OK'],
    iA: [F, 'OK'],
    iB: [GW, F],
    l1: ['FAILED LB_AZ_FAILED', 'DEGRADED MEMBERS_LOST'],
    li1: [LBF, 'DEGRADED MEMBERS_LOST'],
    p1: [LBF, 'DEGRADED MEMBERS_LOST'],
    h1: [LBF, 'OK'],
    m1: [F, 'OK'],
    m2: [LBF, F],
    fL: [F, 'DEGRADED TARGET_DEGRADED'],
  },
  S6: {
    rA: [F, 'OK'],
    s1: [GW, 'OK'],
    iA: [F, 'OK'],
    iB: [GW, F],
    l1: ['FAILED LB_AZ_FAILED', 'DEGRADED DEAD_MEMBERS_IN_ROTATION'],
    li1: [LBF, 'DEGRADED DEAD_MEMBERS_IN_ROTATION'],
    p1: [LBF, 'DEGRADED DEAD_MEMBERS_IN_ROTATION'],
    m1: [F, 'OK'],
    m2: [LBF, F],
    fL: [F, 'DEGRADED TARGET_DEGRADED'],
  },
  S7: {
    rA: [F, 'OK'],
    s1: [GW, 'OK'],
    iB1: [GW, F],
    iB2: [GW, F],
    l1: ['OK', 'FAILED LB_AZ_FAILED'],
    li1: ['OK', LBF],
    p1: ['OK', LBF],
    h1: ['OK', LBF],
    m1: ['OK', F],
    m2: ['OK', F],
    fL: [F, 'DOWN TARGET_LOST'],
  },
  S8: {
    rA: [F, 'OK'],
    iA: [F, 'OK'],
    fA: [F, 'OK'],
    sA: [GW, 'OK'],
    rB: ['OK', F],
    iB: ['OK', F],
    fB: ['OK', F],
    sB: ['OK', GW],
    z1: ['OK', 'OK'],
    d1: ['DEGRADED MANUAL_FAILOVER_REQUIRED', 'DEGRADED STANDBY_LOST'],
  },
};
TABLES.S9 = { ...TABLES.S8, d1: ['DEGRADED PARTIAL_ANSWERS_DEAD', 'DEGRADED PARTIAL_ANSWERS_DEAD'] };

/** Broken connections per scenario and outage (DOMAIN.md S3; none anywhere else). */
const BROKEN: Record<string, [string[], string[]]> = { S3: [['staticRoute:rB:0'], ['staticRoute:rA:0']] };

/** The service entry points of each scenario and their status under [outage A, outage B] (DOMAIN.md 2.9). */
const SERVICES: Record<string, Record<string, [string, string]>> = {
  S1: { fA: ['FAILED', 'OK'] },
  S2: { fA: ['FAILED', 'DOWN'] },
  S3: { g1: ['DEGRADED', 'DEGRADED'] },
  S4: { fA: ['FAILED', 'OK'] },
  S5: { fL: ['FAILED', 'DEGRADED'] },
  S6: { fL: ['FAILED', 'DEGRADED'] },
  S7: { fL: ['FAILED', 'DOWN'] },
  S8: { d1: ['DEGRADED', 'DEGRADED'] },
  S9: { d1: ['DEGRADED', 'DEGRADED'] },
};

const engines = new Map<string, Engine>();
function engineFor(scenario: string): Engine {
  let e = engines.get(scenario);
  if (!e) {
    e = createEngine(loadExample(scenario).design);
    engines.set(scenario, e);
  }
  return e;
}
const outage = (scenario: string, az: ResourceId): Evaluation => engineFor(scenario).evaluate({ failedAzs: [az], failedRegions: [] });

/** The complete expected outcome: the table, the defaults of DOMAIN.md 4.1, and OK for everything else. */
function expectedOutcome(scenario: string, failed: ResourceId, column: 0 | 1): Record<string, string> {
  const design = engineFor(scenario).topology.design;
  const out: Record<string, string> = {};
  // Networks, DNS zones and everything the table does not name stay OK.
  for (const r of design.resources) out[r.id] = 'OK';
  out[R1] = 'DEGRADED AZ_OUTAGE';
  out[failed] = F;
  out[failed === A ? B : A] = 'OK';
  for (const [id, cols] of Object.entries(TABLES[scenario] ?? {})) out[id] = cols[column];
  return out;
}

function actualOutcome(e: Evaluation): Record<string, string> {
  return Object.fromEntries(e.topo.ids.map((id) => [id, summary(e, id)]));
}

describe.each(Object.keys(TABLES))('scenario %s', (scenario) => {
  it.each([
    ['A', A, 0],
    ['B', B, 1],
  ] as const)('outage %s: every resource has exactly the status and reasons of the table and defaults', (_label, az, column) => {
    const e = outage(scenario, az);
    expect(actualOutcome(e)).toEqual(expectedOutcome(scenario, az, column));
  });

  it.each([
    ['A', A, { [xA]: 'FAILED', [xB]: 'OK' }],
    ['B', B, { [xA]: 'OK', [xB]: 'FAILED' }],
  ] as const)('outage %s: the failed zone\'s external network fails, the other stays up', (_label, az, nets) => {
    expect(Object.fromEntries(outage(scenario, az).externalNetworks)).toEqual(nets);
  });

  it('region and zones follow the outage: region degraded by the failed zone, the failed zone by itself', () => {
    const e = outage(scenario, A);
    expect(reasonOf(e, R1, 'AZ_OUTAGE').causes).toEqual([A]);
    expect(reasonOf(e, A, 'AZ_FAILED').causes).toEqual([A]);
  });

  it.each([
    ['A', A, 0],
    ['B', B, 1],
  ] as const)('outage %s: exactly the expected connections are broken', (_label, az, column) => {
    expect(outage(scenario, az).broken.map((b) => b.id)).toEqual(BROKEN[scenario]?.[column] ?? []);
  });

  it('with no failure every resource is OK and nothing is broken', () => {
    const e = engineFor(scenario).evaluate({ failedAzs: [], failedRegions: [] });
    expect([...e.status].every((c) => c === 0)).toBe(true);
    expect(e.broken).toEqual([]);
    expect(Object.fromEntries(e.externalNetworks)).toEqual({ [xA]: 'OK', [xB]: 'OK' });
  });

  it.each([
    ['A', A, 0],
    ['B', B, 1],
  ] as const)('outage %s: the services are exactly the entry points, with their status', (_label, az, column) => {
    const engine = engineFor(scenario);
    const services = engine.services(outage(scenario, az));
    const expected = Object.fromEntries(Object.entries(SERVICES[scenario] ?? {}).map(([id, cols]) => [id, cols[column]]));
    expect(Object.fromEntries(services.map((s) => [s.id, s.status]))).toEqual(expected);
  });
});

describe('causes along the chain', () => {
  it('S2 outage A: the instance in B lost its gateway router rA (an assumption about instances)', () => {
    const r = reasonOf(outage('S2', A), 'iB', 'GATEWAY_LOST');
    expect(r.causes).toEqual(['rA']);
    expect(r.inferred).toBe(true);
    expect(reasonOf(outage('S2', A), 's1', 'GATEWAY_LOST').causes).toEqual(['rA']);
  });

  it('S2 outage B: the floating IP lost its target iB, which lost its zone', () => {
    const e = outage('S2', B);
    expect(reasonOf(e, 'fA', 'TARGET_LOST').causes).toEqual(['iB']);
    expect(reasonOf(e, 'iB', 'AZ_FAILED').causes).toEqual([B]);
  });

  it('S5 outage B: the pool lost member m2 and keeps 1 of 2 members; listener and LB carry it up', () => {
    const e = outage('S5', B);
    expect(reasonOf(e, 'p1', 'MEMBERS_LOST')).toEqual({ code: 'MEMBERS_LOST', causes: ['m2'], inferred: false, detail: '1/2' });
    expect(reasonOf(e, 'li1', 'MEMBERS_LOST')).toMatchObject({ causes: ['p1'], detail: '1/2' });
    expect(reasonOf(e, 'l1', 'MEMBERS_LOST')).toMatchObject({ causes: ['li1'], detail: '1/2' });
    expect(reasonOf(e, 'fL', 'TARGET_DEGRADED').causes).toEqual(['l1']);
    expect(reasonOf(e, 'm2', 'AZ_FAILED').causes).toEqual(['iB']);
  });

  it('S5 outage A: everything behind the LB is down because the LB failed with its zone', () => {
    const e = outage('S5', A);
    expect(reasonOf(e, 'l1', 'LB_AZ_FAILED')).toEqual({ code: 'LB_AZ_FAILED', causes: [A], inferred: false });
    for (const id of ['li1', 'p1', 'h1', 'm2']) expect(reasonOf(e, id, 'LB_FAILED').causes).toEqual(['l1']);
  });

  it('S6 outage B: dead members in rotation is an assumption drawn from the HAProxy configuration', () => {
    const r = reasonOf(outage('S6', B), 'p1', 'DEAD_MEMBERS_IN_ROTATION');
    expect(r).toMatchObject({ causes: ['m2'], inferred: true });
  });

  it('S7 outage B: the floating IP in A is down because the LB in B failed', () => {
    expect(reasonOf(outage('S7', B), 'fL', 'TARGET_LOST').causes).toEqual(['l1']);
  });

  it('S3: the broken static route points from the surviving router to the dead one', () => {
    expect(outage('S3', A).broken).toEqual([{ id: 'staticRoute:rB:0', kind: 'staticRoute', from: 'rB', to: 'rA', code: 'PATH_LOST' }]);
    expect(outage('S3', B).broken).toEqual([{ id: 'staticRoute:rA:0', kind: 'staticRoute', from: 'rA', to: 'rB', code: 'PATH_LOST' }]);
  });

  it('S3: the global LB fences the floating IP of the failed zone', () => {
    expect(reasonOf(outage('S3', A), 'g1', 'TARGETS_FENCED').causes).toEqual(['fA']);
    expect(reasonOf(outage('S3', B), 'g1', 'TARGETS_FENCED').causes).toEqual(['fB']);
  });

  it('S4: the multi-hint router fails with the region\'s first zone, an assumption on hint order', () => {
    expect(reasonOf(outage('S4', A), 'rM', 'AZ_FAILED')).toMatchObject({ causes: [A], inferred: true });
  });

  it('S8: the record needs a manual re-point to the standby when the primary fails, and loses its standby otherwise', () => {
    expect(reasonOf(outage('S8', A), 'd1', 'MANUAL_FAILOVER_REQUIRED').causes).toEqual(['fA']);
    expect(reasonOf(outage('S8', B), 'd1', 'STANDBY_LOST').causes).toEqual(['fB']);
  });

  it('S9: each outage leaves one dead answer in the record', () => {
    expect(reasonOf(outage('S9', A), 'd1', 'PARTIAL_ANSWERS_DEAD').causes).toEqual(['fA']);
    expect(reasonOf(outage('S9', B), 'd1', 'PARTIAL_ANSWERS_DEAD').causes).toEqual(['fB']);
  });
});

describe('resilience matrix', () => {
  const keys = ['az:europe-se-1a', 'az:europe-se-1b', 'region:europe-se-1'];

  it('has a column for every single-AZ outage and every region outage', () => {
    for (const scenario of Object.keys(TABLES)) {
      expect(engineFor(scenario).matrix().scenarios.map((s) => s.key)).toEqual(keys);
    }
    const region = engineFor('S3').matrix().scenarios[2];
    expect(region?.scenario).toEqual({ failedAzs: [], failedRegions: [R1] });
  });

  it('S3: degraded in both AZ columns, down when the region fails, and no single point of failure', () => {
    const m = engineFor('S3').matrix();
    expect(m.services.map((s) => s.id)).toEqual(['g1']);
    expect(m.cells).toEqual([['DEGRADED', 'DEGRADED', 'DOWN']]);
    expect(m.singlePointsOfFailure).toEqual({ g1: [] });
    expect(m.worst).toEqual({ key: 'region:europe-se-1', label: 'europe-se-1 down', down: 1, degraded: 0 });
  });

  it('S2: the service needs both zones', () => {
    const m = engineFor('S2').matrix();
    expect(m.cells).toEqual([['FAILED', 'DOWN', 'FAILED']]);
    expect(m.singlePointsOfFailure).toEqual({ fA: [A, B] });
    expect(m.worst?.key).toBe('az:europe-se-1a');
  });

  it.each([
    ['S1', 'fA', ['FAILED', 'OK', 'FAILED'], [A]],
    ['S4', 'fA', ['FAILED', 'OK', 'FAILED'], [A]],
    ['S5', 'fL', ['FAILED', 'DEGRADED', 'FAILED'], [A]],
    ['S6', 'fL', ['FAILED', 'DEGRADED', 'FAILED'], [A]],
    ['S7', 'fL', ['FAILED', 'DOWN', 'FAILED'], [A, B]],
    ['S8', 'd1', ['DEGRADED', 'DEGRADED', 'DOWN'], []],
    ['S9', 'd1', ['DEGRADED', 'DEGRADED', 'DOWN'], []],
  ] as const)('%s: service %s per column and its single points of failure', (scenario, service, cells, spof) => {
    const m = engineFor(scenario).matrix();
    expect(m.cells).toEqual([cells]);
    expect(m.singlePointsOfFailure).toEqual({ [service]: spof });
  });

  it('the worst single failure takes the most services down, then degrades the most', () => {
    expect(engineFor('S5').matrix().worst).toEqual({ key: 'az:europe-se-1a', label: 'europe-se-1a down', down: 1, degraded: 0 });
    expect(engineFor('S8').matrix().worst?.key).toBe('region:europe-se-1');
  });
});
