/**
 * Explanations (DOMAIN.md 2.9): the chain of causes from a resource back to the failed zone(s),
 * breadth first, every branch, each resource once.
 */
import { describe, expect, it } from 'vitest';
import { resourceId as id } from '../model/ids';
import { createEngine } from './engine';
import { explain } from './explain';
import { A, B, fip, gateway, instance, port, R1, rel, res, router, run, subnet, zones } from './testing/build';
import { loadExample } from './testing/loadExample';

const outage = (scenario: string, az: string) => createEngine(loadExample(scenario).design).evaluate({ failedAzs: [id(az)], failedRegions: [] });
const brief = (steps: ReturnType<typeof explain>) => steps.map((s) => `${s.depth} ${s.id} ${s.status} ${s.reason}`);

describe('explain', () => {
  it('S2 outage A: the instance in B lost its gateway rA, which went with europe-se-1a', () => {
    const steps = explain(outage('S2', A), id('iB'));
    expect(brief(steps)).toEqual(['0 iB DEGRADED GATEWAY_LOST', '1 rA FAILED AZ_FAILED', '2 europe-se-1a FAILED AZ_FAILED']);
    expect(steps[0]).toMatchObject({ name: 'iB', kind: 'instance', inferred: true, causes: ['rA'] });
    expect(steps[0]?.text).toContain('rA');
    expect(steps[0]?.text).toContain('Assumption:');
    expect(steps[1]?.text).toContain('europe-se-1a');
    expect(steps[2]).toMatchObject({ kind: 'availabilityZone', inferred: false });
  });

  it('S5 outage B: the floating IP is degraded through LB, listener, pool and member back to europe-se-1b', () => {
    expect(brief(explain(outage('S5', B), id('fL')))).toEqual([
      '0 fL DEGRADED TARGET_DEGRADED',
      '1 l1 DEGRADED MEMBERS_LOST',
      '2 li1 DEGRADED MEMBERS_LOST',
      '3 p1 DEGRADED MEMBERS_LOST',
      '4 m2 FAILED AZ_FAILED',
      '5 iB FAILED AZ_FAILED',
      '6 europe-se-1b FAILED AZ_FAILED',
    ]);
  });

  it('follows every reason of a resource, each branch to its own zone', () => {
    const rs = [...zones(3), ...subnet('s1', 1), router('rA', A), instance('iC', id('europe-se-1c')), instance('peer', B)];
    const rels = [gateway('rA', 's1', 1), port('iC', 's1'), rel('replicatesWith', 'iC', 'peer')];
    expect(brief(explain(run(rs, rels, [A, B]), id('iC')))).toEqual([
      '0 iC DEGRADED GATEWAY_LOST',
      '0 iC DEGRADED REPLICA_LOST',
      '1 rA FAILED AZ_FAILED',
      '1 peer FAILED AZ_FAILED',
      '2 europe-se-1a FAILED AZ_FAILED',
      '2 europe-se-1b FAILED AZ_FAILED',
    ]);
  });

  it('names each resource once even when several branches meet', () => {
    const rs = [...zones(2), fip('f1', A), fip('f2', A), res('globalLoadBalancer', 'g')];
    const steps = explain(run(rs, [rel('glbTarget', 'g', 'f1'), rel('glbTarget', 'g', 'f2')], [A]), id('g'));
    expect(brief(steps)).toEqual(['0 g DOWN ALL_TARGETS_DOWN', '1 f1 FAILED AZ_FAILED', '1 f2 FAILED AZ_FAILED', '2 europe-se-1a FAILED AZ_FAILED']);
  });

  it('ends at the region in a region outage', () => {
    const e = createEngine(loadExample('S5').design).evaluate({ failedAzs: [], failedRegions: [R1] });
    expect(brief(explain(e, id('li1')))).toEqual(['0 li1 DOWN LB_FAILED', '1 l1 FAILED REGION_FAILED', '2 europe-se-1 FAILED REGION_FAILED']);
  });

  it('is empty for a resource that is fine, and for an unknown id', () => {
    const e = outage('S3', A);
    expect(explain(e, id('iB'))).toEqual([]);
    expect(explain(e, id('no-such-thing'))).toEqual([]);
  });

  it('explains a static problem without inventing a zone', () => {
    const rs = [...zones(2), ...subnet('s1', 1), instance('iB', B), fip('fB', B)];
    const steps = explain(run(rs, [port('iB', 's1'), rel('fipAssociation', 'fB', 'iB')]), id('fB'));
    expect(brief(steps)).toEqual(['0 fB DOWN NO_SERVING_ROUTER']);
    expect(steps[0]?.text).toMatch(/^No router has both its external gateway/);
  });
});
