/**
 * Placement (DOMAIN.md 2.2) and region outages (2.1, 2.7): which zone each resource effectively lives
 * in, which placements are assumptions, and what a failed region takes with it.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import {
  A,
  B,
  C,
  fip,
  gateway,
  instance,
  port,
  R1,
  reasonOf,
  rel,
  res,
  router,
  run,
  subnet,
  summary,
  xA,
  zones,
} from './testing/build';

const F = 'FAILED AZ_FAILED';

describe('router placement', () => {
  const design = (hints: string[], azs: 2 | 3 = 2) => [...zones(azs), router('r', A, { availabilityZoneHints: hints.map(resourceId), externalNetwork: null })];

  it('a router with one hint lives in that zone', () => {
    const rs = design([B]);
    expect(summary(run(rs, [], [B]), 'r')).toBe(F);
    expect(summary(run(rs, [], [A]), 'r')).toBe('OK');
    expect(reasonOf(run(rs, [], [B]), 'r', 'AZ_FAILED')).toEqual({ code: 'AZ_FAILED', causes: [B], inferred: false });
  });

  it('a router with hints [A, B] lives only in the first zone of the region, and that is an assumption', () => {
    const rs = design([A, B]);
    expect(reasonOf(run(rs, [], [A]), 'r', 'AZ_FAILED')).toEqual({ code: 'AZ_FAILED', causes: [A], inferred: true });
    expect(summary(run(rs, [], [B]), 'r')).toBe('OK');
  });

  it('in a three-zone region, a multi-hint router lives in the region\'s first zone', () => {
    for (const hints of [[A, C], [A, B, C]]) {
      const rs = design(hints, 3);
      expect(summary(run(rs, [], [A]), 'r')).toBe(F);
      expect(summary(run(rs, [], [B]), 'r')).toBe('OK');
      expect(summary(run(rs, [], [C]), 'r')).toBe('OK');
    }
  });

  it('[INFERRED] region order decides even when the first zone is not hinted ([B, C] → europe-se-1a)', () => {
    const rs = design([B, C], 3);
    expect(reasonOf(run(rs, [], [A]), 'r', 'AZ_FAILED')).toMatchObject({ causes: [A], inferred: true });
    expect(summary(run(rs, [], [B]), 'r')).toBe('OK');
  });

  it('region order is the AZs\' order, not their place in the document', () => {
    const rs = [
      res('region', R1),
      res('availabilityZone', B, { region: R1, order: 1, externalNetworks: ['europe-se-1-1b-net0'] }),
      res('availabilityZone', A, { region: R1, order: 0, externalNetworks: [xA] }),
      router('r', A, { availabilityZoneHints: [B, A], externalNetwork: null }),
      router('r0', A, { availabilityZoneHints: [], externalNetwork: null }),
    ];
    expect(summary(run(rs, [], [A]), 'r0')).toBe(F);
    expect(summary(run(rs, [], [B]), 'r0')).toBe('OK');
  });

  it('a router without hints lives in the first zone of its region, as an assumption', () => {
    const rs = design([]);
    expect(reasonOf(run(rs, [], [A]), 'r', 'AZ_FAILED')).toEqual({ code: 'AZ_FAILED', causes: [A], inferred: true });
    expect(summary(run(rs, [], [B]), 'r')).toBe('OK');
  });

  it('a router without hints in a second region lands in that region\'s first zone (taken from its gateway)', () => {
    const north = resourceId('eu-north-1');
    const rs = [
      ...zones(2),
      res('region', north),
      res('availabilityZone', 'eu-north-1a', { region: north, order: 0, externalNetworks: ['eu-north-1-1a-net0'] }),
      res('router', 'rN', { availabilityZoneHints: [], externalNetwork: 'eu-north-1-1a-net0' }),
    ];
    expect(summary(run(rs, [], [A]), 'rN')).toBe('OK');
    expect(reasonOf(run(rs, [], ['eu-north-1a']), 'rN', 'AZ_FAILED')).toMatchObject({ causes: ['eu-north-1a'], inferred: true });
  });
});

describe('default zones of instances, volumes and load balancers', () => {
  const rs = [
    ...zones(2),
    ...subnet('s1', 1),
    instance('i', null),
    res('volume', 'v', { availabilityZone: null }),
    res('loadBalancer', 'lb', { availabilityZone: null, vipSubnet: resourceId('s1') }),
  ];

  it('an instance without a zone runs in the region\'s first zone (an assumption outside Horizon)', () => {
    const e = run(rs, [port('i', 's1')], [A]);
    expect(reasonOf(e, 'i', 'AZ_FAILED')).toEqual({ code: 'AZ_FAILED', causes: [A], inferred: true });
    expect(summary(run(rs, [port('i', 's1')], [B]), 'i')).toBe('OK');
  });

  it('a volume and a load balancer without a zone default to the first zone (documented, not an assumption)', () => {
    const e = run(rs, [], [A]);
    expect(reasonOf(e, 'v', 'AZ_FAILED')).toEqual({ code: 'AZ_FAILED', causes: [A], inferred: false });
    expect(reasonOf(e, 'lb', 'LB_AZ_FAILED')).toEqual({ code: 'LB_AZ_FAILED', causes: [A], inferred: false });
    expect(summary(run(rs, [], [B]), 'lb')).toBe('OK');
  });

  it('floating IPs and public ports live in the zone of their external network', () => {
    const more = [...rs, fip('fB', B), res('publicPort', 'pA', { network: xA })];
    expect(summary(run(more, [], [B]), 'fB')).toBe(F);
    expect(summary(run(more, [], [A]), 'fB')).toBe('OK');
    expect(summary(run(more, [], [A]), 'pA')).toBe(F);
    expect(summary(run(more, [], [B]), 'pA')).toBe('OK');
  });

  it('an object storage endpoint lives in its zone', () => {
    const more = [...rs, res('objectStorageEndpoint', 'o', { availabilityZone: B })];
    expect(summary(run(more, [], [B]), 'o')).toBe(F);
    expect(summary(run(more, [], [A]), 'o')).toBe('OK');
  });
});

describe('region outage', () => {
  const rs = [
    ...zones(2),
    ...subnet('s1', 1),
    router('rA', A),
    instance('iB', B),
    fip('fB', B),
    res('loadBalancer', 'lb', { availabilityZone: B, vipSubnet: resourceId('s1') }),
    res('listener', 'li', { loadBalancer: resourceId('lb'), defaultPool: resourceId('p') }),
    res('pool', 'p', { loadBalancer: resourceId('lb') }),
    res('healthMonitor', 'h', { pool: resourceId('p') }),
    res('poolMember', 'm', { pool: resourceId('p'), instance: resourceId('iB') }),
    res('globalLoadBalancer', 'g'),
    res('dnsZone', 'z'),
    res('dnsRecord', 'd', { zone: resourceId('z') }),
  ];
  const rels = [
    gateway('rA', 's1', 1),
    port('iB', 's1'),
    rel('fipAssociation', 'fB', 'iB'),
    rel('glbTarget', 'g', 'fB'),
    rel('dnsTarget', 'd', 'g'),
  ];
  const e = run(rs, rels, [], [R1]);
  const RF = 'FAILED REGION_FAILED';

  it('fails the region, all its zones, networks, subnets and zone-scoped resources', () => {
    for (const id of [R1, A, B, 's1-net', 's1', 'rA', 'iB', 'fB']) expect(summary(e, id)).toBe(RF);
    expect(reasonOf(e, A, 'REGION_FAILED').causes).toEqual([R1]);
    expect(reasonOf(e, 's1', 'REGION_FAILED').causes).toEqual([R1]);
    expect(Object.fromEntries(e.externalNetworks)).toEqual({ [xA]: 'FAILED', 'europe-se-1-1b-net0': 'FAILED' });
  });

  it('fails the load balancer; its listener, pool and monitor are down with it, as in a zone outage', () => {
    expect(summary(e, 'lb')).toBe(RF);
    expect(summary(e, 'li')).toBe('DOWN LB_FAILED');
    expect(summary(e, 'p')).toBe('DOWN LB_FAILED');
    expect(summary(e, 'h')).toBe('DOWN LB_FAILED');
    expect(reasonOf(e, 'm', 'REGION_FAILED').causes).toEqual(['iB']);
  });

  it('does not fail global resources: the GLB and the record are down, the DNS zone is fine', () => {
    expect(summary(e, 'g')).toBe('DOWN ALL_TARGETS_DOWN');
    expect(summary(e, 'd')).toBe('DOWN TARGET_LOST');
    expect(summary(e, 'z')).toBe('OK');
  });

  it('leaves other regions alone', () => {
    const north = resourceId('eu-north-1');
    const more = [
      ...rs,
      res('region', north),
      res('availabilityZone', 'eu-north-1a', { region: north, order: 0, externalNetworks: ['eu-north-1-1a-net0'] }),
      res('network', 'nN', { region: north }),
      instance('iN', resourceId('eu-north-1a')),
    ];
    const out = run(more, rels, [], [R1]);
    for (const id of [north, 'eu-north-1a', 'nN', 'iN']) expect(summary(out, id)).toBe('OK');
    expect(summary(run(more, rels, [], [north]), R1)).toBe('OK');
  });

  it('failing every zone of a region without failing the region leaves the region degraded, not failed', () => {
    const out = run(rs, rels, [A, B]);
    expect(summary(out, R1)).toBe('DEGRADED AZ_OUTAGE');
    expect(reasonOf(out, R1, 'AZ_OUTAGE').causes).toEqual([A, B]);
    expect(summary(out, 's1')).toBe('DEGRADED GATEWAY_LOST');
  });
});
