/**
 * Dependencies (DOMAIN.md 2.5) and failover groups (2.6): private paths over L2 and static routes in
 * both directions, internet egress for public dependencies, dependencies on DNS records and global
 * load balancers, and degradation that does not travel along `dependsOn`.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import type { Relation, Resource } from '../model/types';
import { A, B, C, fip, gateway, instance, port, reasonOf, rel, res, router, run, subnet, summary, xA, xB, zones } from './testing/build';

const id = resourceId;
const needs = (from: string, to: string, props: Parameters<typeof rel<'dependsOn'>>[3] = {}) => rel('dependsOn', from, to, props);

describe('private dependency on the same subnet (plain L2)', () => {
  // s1's gateway is rA in 1a; app and db both run in 1b.
  const rs = [...zones(2), ...subnet('s1', 1), router('rA', A), instance('app', B), instance('db', B), instance('dbA', A)];
  const rels = [gateway('rA', 's1', 1), port('app', 's1'), port('db', 's1'), port('dbA', 's1')];

  it('survives the loss of the subnet\'s gateway router', () => {
    const e = run(rs, [...rels, needs('app', 'db')], [A]);
    expect(summary(e, 'app')).toBe('DEGRADED GATEWAY_LOST');
  });

  it('is lost with its target: required → down, optional → degraded', () => {
    expect(summary(run(rs, [...rels, needs('app', 'dbA')], [A]), 'app')).toBe('DOWN DEPENDENCY_LOST');
    expect(reasonOf(run(rs, [...rels, needs('app', 'dbA')], [A]), 'app', 'DEPENDENCY_LOST').causes).toEqual(['dbA']);
    const optional = run(rs, [...rels, needs('app', 'dbA', { required: false })], [A]);
    expect(summary(optional, 'app')).toBe('DEGRADED OPTIONAL_DEP_LOST,GATEWAY_LOST');
    expect(reasonOf(optional, 'app', 'OPTIONAL_DEP_LOST').causes).toEqual(['dbA']);
  });

  it('does not pass degradation on: a database that lost its replica does not degrade the app', () => {
    const rs2 = [...zones(2), ...subnet('sB', 2), router('rB', B), instance('app', B), instance('db', B), instance('replica', A)];
    const rels2 = [gateway('rB', 'sB', 2), port('app', 'sB'), port('db', 'sB'), needs('app', 'db'), rel('replicatesWith', 'db', 'replica')];
    const e = run(rs2, rels2, [A]);
    expect(summary(e, 'db')).toBe('DEGRADED REPLICA_LOST');
    expect(summary(e, 'app')).toBe('OK');
  });
});

/**
 * app (1b) on sB behind rB (1b); db (1b) on sX behind rA (1a); rA, rB and rM (1c) share link sL at
 * .1, .2, .3. Routes are given per router.
 */
function routed(routes: { rA?: string[]; rB?: string[]; rM?: string[] }): { rs: Resource[]; rels: Relation[] } {
  const hop = (list: string[] | undefined) =>
    (list ?? []).map((r) => {
      const [destinationCidr = '', nextHop = ''] = r.split(' via ');
      return { destinationCidr, nextHop };
    });
  const rs = [
    ...zones(3),
    ...subnet('sB', 2),
    ...subnet('sX', 3),
    ...subnet('sL', 9, null),
    router('rA', A, { routes: hop(routes.rA) }),
    router('rB', B, { routes: hop(routes.rB) }),
    router('rM', C, { routes: hop(routes.rM) }),
    instance('app', B),
    instance('db', B),
  ];
  const rels = [
    gateway('rB', 'sB', 2),
    gateway('rA', 'sX', 3),
    gateway('rA', 'sL', 9, 1),
    gateway('rB', 'sL', 9, 2),
    gateway('rM', 'sL', 9, 3),
    port('app', 'sB'),
    port('db', 'sX'),
    needs('app', 'db'),
  ];
  return { rs, rels };
}
const toX = '172.29.3.0/24';
const toB = '172.29.2.0/24';

describe('private dependency over static routes', () => {
  it('is satisfied with routes both ways, and lost when a router on the path fails', () => {
    const { rs, rels } = routed({ rB: [`${toX} via 172.29.9.1`], rA: [`${toB} via 172.29.9.2`] });
    expect(summary(run(rs, rels), 'app')).toBe('OK');
    const e = run(rs, rels, [A]);
    expect(summary(e, 'db')).toBe('DEGRADED GATEWAY_LOST');
    expect(summary(e, 'app')).toBe('DOWN PATH_LOST');
    expect(reasonOf(e, 'app', 'PATH_LOST').causes).toEqual(['rA']);
    expect(e.broken.map((b) => `${b.kind} ${b.id} ${b.code}`)).toEqual([
      'staticRoute staticRoute:rB:0 PATH_LOST',
      'dependsOn dependsOn:app->db PATH_LOST',
    ]);
  });

  it('needs the forward route', () => {
    const { rs, rels } = routed({ rA: [`${toB} via 172.29.9.2`] });
    const e = run(rs, rels);
    expect(summary(e, 'app')).toBe('DOWN PATH_LOST');
    expect(reasonOf(e, 'app', 'PATH_LOST').causes).toEqual([]);
  });

  it('needs the return route', () => {
    const { rs, rels } = routed({ rB: [`${toX} via 172.29.9.1`] });
    expect(summary(run(rs, rels), 'app')).toBe('DOWN PATH_LOST');
  });

  it('optional: names the target and the router that broke the path', () => {
    const { rs, rels } = routed({ rB: [`${toX} via 172.29.9.1`], rA: [`${toB} via 172.29.9.2`] });
    const optional = rels.map((r) => (r.kind === 'dependsOn' ? needs('app', 'db', { required: false }) : r));
    const e = run(rs, optional, [A]);
    expect(summary(e, 'app')).toBe('DEGRADED OPTIONAL_DEP_LOST');
    expect(reasonOf(e, 'app', 'OPTIONAL_DEP_LOST').causes).toEqual(['db', 'rA']);
  });

  it('follows longer chains, and every router on them counts', () => {
    const { rs, rels } = routed({ rB: [`${toX} via 172.29.9.3`], rM: [`${toX} via 172.29.9.1`], rA: [`${toB} via 172.29.9.2`] });
    expect(summary(run(rs, rels), 'app')).toBe('OK');
    const e = run(rs, rels, [C]);
    expect(reasonOf(e, 'app', 'PATH_LOST').causes).toEqual(['rM']);
  });

  it('a route covering the destination with a wider prefix counts', () => {
    const { rs, rels } = routed({ rB: ['172.29.0.0/16 via 172.29.9.1'], rA: ['172.29.2.0/23 via 172.29.9.2'] });
    expect(summary(run(rs, rels), 'app')).toBe('OK');
  });

  it('never crosses regions', () => {
    const north = id('eu-north-1');
    const rs = [
      ...zones(2),
      res('region', north),
      res('availabilityZone', 'n1a', { region: north, order: 0, externalNetworks: ['eu-north-1-1a-net0'] }),
      ...subnet('s1', 1),
      instance('app', A),
      instance('far', id('n1a')),
    ];
    const e = run(rs, [port('app', 's1'), needs('app', 'far')]);
    expect(summary(e, 'app')).toBe('DOWN PATH_LOST');
  });
});

describe('public dependency (internet egress)', () => {
  // app in 1b on s1 whose gateway rA is in 1a; the targets live in 1b.
  const rs = [
    ...zones(2),
    ...subnet('s1', 1),
    ...subnet('sB', 2),
    router('rA', A),
    router('rB', B),
    instance('app', B),
    instance('web', B),
    fip('fB', B),
    res('objectStorageEndpoint', 's3B', { availabilityZone: B }),
  ];
  const rels = [gateway('rA', 's1', 1), gateway('rB', 'sB', 2), port('app', 's1'), port('web', 'sB'), rel('fipAssociation', 'fB', 'web')];

  it('is lost with the router that gives the source its egress', () => {
    const e = run(rs, [...rels, needs('app', 'fB', { via: 'public' })], [A]);
    expect(summary(e, 'app')).toBe('DOWN EGRESS_LOST');
    expect(reasonOf(e, 'app', 'EGRESS_LOST')).toEqual({ code: 'EGRESS_LOST', causes: ['rA'], inferred: false });
    expect(e.broken.filter((b) => b.kind === 'dependsOn').map((b) => b.code)).toEqual(['EGRESS_LOST']);
  });

  it('toward object storage, needing egress is an assumption', () => {
    const e = run(rs, [...rels, needs('app', 's3B', { via: 'public' })], [A]);
    expect(reasonOf(e, 'app', 'EGRESS_LOST').inferred).toBe(true);
  });

  it('a live directly attached IP gives egress on its own; a failed one does not', () => {
    const withPort = (network: string) => [...rs, res('publicPort', 'pp', { network, instance: id('app') })];
    const dep = [...rels, needs('app', 'fB', { via: 'public' })];
    expect(summary(run(withPort(xB), dep, [A]), 'app')).toBe('DEGRADED GATEWAY_LOST');
    expect(summary(run(withPort(xA), dep, [A]), 'app')).toBe('DOWN EGRESS_LOST');
  });

  it('names a failed directly attached IP among the lost ways out', () => {
    const withPort = [...rs, res('publicPort', 'pp', { network: xA, instance: id('app') })];
    const e = run(withPort, [...rels, needs('app', 'fB', { via: 'public' })], [A]);
    expect(reasonOf(e, 'app', 'EGRESS_LOST').causes).toEqual(['rA', 'pp']);
    // Without any private port the instance has no gateway at all: only the public port is named.
    const noRouter = run(withPort, [needs('app', 'fB', { via: 'public' })], [A]);
    expect(reasonOf(noRouter, 'app', 'EGRESS_LOST').causes).toEqual(['pp']);
  });

  it('is lost with its target as well', () => {
    const e = run(rs, [...rels, needs('app', 's3B', { via: 'public' })], [B]);
    expect(summary(e, 'app')).toBe('FAILED AZ_FAILED');
    const viaA = run([...rs, res('objectStorageEndpoint', 's3A', { availabilityZone: A })], [...rels, rel('dependsOn', 'web', 's3A', { via: 'public' })], [A]);
    expect(summary(viaA, 'web')).toBe('DOWN DEPENDENCY_LOST');
  });
});

describe('dependency on a DNS record, a global load balancer or a load balancer', () => {
  const rs = [
    ...zones(2),
    ...subnet('sA', 1),
    ...subnet('sB', 2),
    router('rA', A),
    router('rB', B),
    instance('iA', A),
    instance('iB', B),
    instance('app', B),
    fip('fA', A),
    fip('fB', B),
    res('dnsRecord', 'd', { mode: 'single' }),
    res('globalLoadBalancer', 'g'),
    res('loadBalancer', 'lb', { availabilityZone: A, vipSubnet: id('sB') }),
  ];
  const rels = [
    gateway('rA', 'sA', 1),
    gateway('rB', 'sB', 2),
    port('iA', 'sA'),
    port('iB', 'sB'),
    port('app', 'sB'),
    rel('fipAssociation', 'fA', 'iA'),
    rel('fipAssociation', 'fB', 'iB'),
    rel('dnsTarget', 'd', 'fA', { role: 'primary' }),
    rel('dnsTarget', 'd', 'fB', { role: 'standby' }),
    rel('glbTarget', 'g', 'fA'),
  ];

  it('a record waiting for a manual re-point leaves the source degraded, as an assumption', () => {
    const e = run(rs, [...rels, needs('app', 'd', { via: 'public' })], [A]);
    expect(summary(e, 'app')).toBe('DEGRADED MANUAL_FAILOVER_REQUIRED');
    expect(reasonOf(e, 'app', 'MANUAL_FAILOVER_REQUIRED')).toEqual({ code: 'MANUAL_FAILOVER_REQUIRED', causes: ['d'], inferred: true });
    expect(summary(run(rs, [...rels, needs('app', 'd', { via: 'public' })], [B]), 'app')).toBe('FAILED AZ_FAILED');
  });

  it('a record that merely lost its standby does not touch the source', () => {
    const more = [...rs, instance('appA', A)];
    const e = run(more, [...rels, port('appA', 'sA'), needs('appA', 'd', { via: 'public' })], [B]);
    expect(summary(e, 'd')).toBe('DEGRADED STANDBY_LOST');
    expect(summary(e, 'appA')).toBe('OK');
  });

  it('a dead global load balancer is a lost dependency', () => {
    const e = run(rs, [...rels, needs('app', 'g', { via: 'public' })], [A]);
    expect(summary(e, 'app')).toBe('DOWN DEPENDENCY_LOST');
    expect(reasonOf(e, 'app', 'DEPENDENCY_LOST').causes).toEqual(['g']);
  });

  it('a failed load balancer is a lost dependency; reached over its VIP subnet', () => {
    const dep = [...rels, needs('app', 'lb')];
    expect(summary(run(rs, dep), 'app')).toBe('OK');
    expect(summary(run(rs, dep, [A]), 'app')).toBe('DOWN DEPENDENCY_LOST');
  });
});

describe('failover groups', () => {
  // app (1c) and two databases (1a, 1b) on one subnet whose gateway rC is in 1c.
  const rs = [...zones(3), ...subnet('s1', 1), router('rC', C), instance('app', C), instance('dbA', A), instance('dbB', B)];
  const base = [gateway('rC', 's1', 1), port('app', 's1'), port('dbA', 's1'), port('dbB', 's1')];
  const group = (failover: 'automatic' | 'manual', required = true) => [
    ...base,
    needs('app', 'dbA', { required, failoverGroup: { group: 'db', order: 0, failover } }),
    needs('app', 'dbB', { required, failoverGroup: { group: 'db', order: 1, failover } }),
  ];

  it('is OK while the primary is satisfied, whatever happens to the alternates', () => {
    expect(summary(run(rs, group('automatic')), 'app')).toBe('OK');
    expect(summary(run(rs, group('automatic'), [B]), 'app')).toBe('OK');
  });

  it('automatic: running on an alternate is lost redundancy', () => {
    const e = run(rs, group('automatic'), [A]);
    expect(reasonOf(e, 'app', 'REDUNDANCY_LOST')).toEqual({ code: 'REDUNDANCY_LOST', causes: ['dbA'], inferred: false });
    expect(summary(e, 'app')).toBe('DEGRADED REDUNDANCY_LOST');
  });

  it('manual: someone has to switch to the alternate', () => {
    expect(summary(run(rs, group('manual'), [A]), 'app')).toBe('DEGRADED MANUAL_FAILOVER_REQUIRED');
  });

  it('is down when no member of the group is satisfied', () => {
    const e = run(rs, group('automatic'), [A, B]);
    expect(summary(e, 'app')).toBe('DOWN DEPENDENCY_LOST');
    expect(reasonOf(e, 'app', 'DEPENDENCY_LOST').causes).toEqual(['dbA']);
  });

  it('[decision] an optional group with nothing satisfied only degrades the source', () => {
    expect(summary(run(rs, group('automatic', false), [A, B]), 'app')).toBe('DEGRADED OPTIONAL_DEP_LOST');
  });

  it('orders members by their order, not by where they appear', () => {
    const reversed = [
      ...base,
      needs('app', 'dbB', { failoverGroup: { group: 'db', order: 1, failover: 'automatic' } }),
      needs('app', 'dbA', { failoverGroup: { group: 'db', order: 0, failover: 'automatic' } }),
    ];
    expect(summary(run(rs, reversed, [B]), 'app')).toBe('OK');
    expect(summary(run(rs, reversed, [A]), 'app')).toBe('DEGRADED REDUNDANCY_LOST');
  });
});
