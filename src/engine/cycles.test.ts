/**
 * Cycles (DOMAIN.md 2.1: "cycles (A depends on B depends on A) are safe"): mutual dependencies,
 * routers routing to each other in a loop, and custom-router instances that are their own gateway.
 */
import { describe, expect, it } from 'vitest';
import { resourceId as id } from '../model/ids';
import { A, B, C, fip, gateway, instance, port, reasonOf, reasonsOf, rel, res, router, run, subnet, summary, zones } from './testing/build';

describe('mutual dependencies', () => {
  const rs = [...zones(3), ...subnet('s1', 1), router('rC', C), instance('x', A), instance('y', B)];
  const rels = [gateway('rC', 's1', 1), port('x', 's1'), port('y', 's1'), rel('dependsOn', 'x', 'y'), rel('dependsOn', 'y', 'x')];

  it('are satisfied while both ends live', () => {
    const e = run(rs, rels);
    expect([summary(e, 'x'), summary(e, 'y')]).toEqual(['OK', 'OK']);
  });

  it('lose the survivor when one end fails', () => {
    const e = run(rs, rels, [A]);
    expect(summary(e, 'x')).toBe('FAILED AZ_FAILED');
    expect(summary(e, 'y')).toBe('DOWN DEPENDENCY_LOST');
    expect(reasonOf(e, 'y', 'DEPENDENCY_LOST').causes).toEqual(['x']);
  });

  it('bring both ends down when one is down for its own reason', () => {
    const withVolume = [...rs, res('volume', 'v', { availabilityZone: C })];
    const e = run(withVolume, [...rels, rel('volumeAttachment', 'v', 'x')], [C]);
    expect(summary(e, 'x')).toBe('DOWN VOLUME_LOST,DEPENDENCY_LOST');
    expect(summary(e, 'y')).toBe('DOWN DEPENDENCY_LOST');
  });

  it('a three-way cycle settles as well', () => {
    const three = [...rs, instance('z', C)];
    const loop = [...rels.slice(0, 3), port('z', 's1'), rel('dependsOn', 'x', 'y'), rel('dependsOn', 'y', 'z'), rel('dependsOn', 'z', 'x')];
    const e = run(three, loop, [B]);
    expect([summary(e, 'x'), summary(e, 'y'), summary(e, 'z')]).toEqual(['DOWN DEPENDENCY_LOST', 'FAILED AZ_FAILED', 'DOWN DEPENDENCY_LOST']);
  });
});

describe('routing loops', () => {
  // rA and rB each send 172.29.3.0/24 to the other over link sL; nobody has an interface on sX.
  const rs = [
    ...zones(2),
    ...subnet('sA', 1),
    ...subnet('sX', 3),
    ...subnet('sL', 9, null),
    router('rA', A, { routes: [{ destinationCidr: '172.29.3.0/24', nextHop: '172.29.9.2' }] }),
    router('rB', B, { routes: [{ destinationCidr: '172.29.3.0/24', nextHop: '172.29.9.1' }] }),
    instance('app', A),
    instance('db', B),
    res('loadBalancer', 'lb', { availabilityZone: A, vipSubnet: id('sA') }),
    res('listener', 'li', { loadBalancer: id('lb'), defaultPool: id('p') }),
    res('pool', 'p', { loadBalancer: id('lb') }),
    res('healthMonitor', 'h', { pool: id('p') }),
    res('poolMember', 'm', { pool: id('p'), instance: id('db') }),
  ];
  const rels = [
    gateway('rA', 'sA', 1),
    gateway('rA', 'sL', 9, 1),
    gateway('rB', 'sL', 9, 2),
    port('app', 'sA'),
    port('db', 'sX'),
    rel('dependsOn', 'app', 'db'),
  ];

  it('terminate: the dependency has no path and the member cannot be reached', () => {
    const e = run(rs, rels);
    expect(summary(e, 'app')).toBe('DOWN PATH_LOST');
    expect(reasonOf(e, 'app', 'PATH_LOST').causes).toEqual([]);
    expect(summary(e, 'm')).toBe('DOWN MEMBER_UNREACHABLE');
  });

  it('mark each looping route broken when its next hop dies (member and dependency are broken all along)', () => {
    expect(run(rs, rels).broken.map((b) => b.id)).toEqual(['memberTarget:m->db', 'dependsOn:app->db']);
    expect(run(rs, rels, [A]).broken.map((b) => b.id)).toEqual(['staticRoute:rB:0', 'memberTarget:m->db']);
    expect(run(rs, rels, [B]).broken.map((b) => b.id)).toEqual(['staticRoute:rA:0', 'dependsOn:app->db']);
  });
});

describe('a custom-router instance (holding its subnet\'s gateway address)', () => {
  // fw in 1b holds s1's gateway .1; app in 1b and db in 1a sit on s1; fB is a floating IP elsewhere.
  const rs = [
    ...zones(2),
    ...subnet('s1', 1),
    ...subnet('sB', 2),
    router('rB', B),
    instance('fw', B),
    instance('app', B),
    instance('db', A),
    instance('web', B),
    fip('fB', B),
  ];
  const rels = [
    port('fw', 's1', { fixedIp: '172.29.1.1' }),
    port('app', 's1'),
    port('db', 's1'),
    gateway('rB', 'sB', 2),
    port('web', 'sB'),
    rel('fipAssociation', 'fB', 'web'),
    rel('dependsOn', 'fw', 'db'),
    rel('dependsOn', 'fw', 'fB', { via: 'public' }),
    rel('dependsOn', 'app', 'fB', { via: 'public' }),
  ];

  it('is not its own lost gateway or lost egress when it goes down', () => {
    const e = run(rs, rels, [A]);
    expect(summary(e, 'fw')).toBe('DOWN DEPENDENCY_LOST');
    expect(reasonOf(e, 'fw', 'DEPENDENCY_LOST').causes).toEqual(['db']);
  });

  it('stays free of its own loss however often it is re-evaluated', () => {
    // svc goes down one step later than db, so fw's rule runs again after fw itself is down.
    const more = [...rs, instance('svc', B), instance('db2', A)];
    const chain = [...rels, port('svc', 's1'), port('db2', 's1'), rel('dependsOn', 'svc', 'db2'), rel('dependsOn', 'fw', 'svc')];
    const e = run(more, chain, [A]);
    expect(summary(e, 'fw')).toBe('DOWN DEPENDENCY_LOST,DEPENDENCY_LOST');
    expect(reasonsOf(e, 'fw').flatMap((r) => r.causes)).toEqual(['db', 'svc']);
  });

  it('takes the subnet\'s gateway, and the egress of the instances behind it, when it goes down', () => {
    const e = run(rs, rels, [A]);
    expect(reasonOf(e, 's1', 'GATEWAY_LOST').causes).toEqual(['fw']);
    expect(summary(e, 'app')).toBe('DOWN EGRESS_LOST');
    expect(reasonOf(e, 'app', 'EGRESS_LOST').causes).toEqual(['fw']);
  });

  it('routes for the others while it lives', () => {
    const e = run(rs, rels);
    expect([summary(e, 'fw'), summary(e, 'app'), summary(e, 's1')]).toEqual(['OK', 'OK', 'OK']);
  });

  it('is not on its own private path', () => {
    const more = [...rs, ...subnet('sX', 3), instance('svc', B)];
    const path = [
      ...rels.slice(0, 6),
      port('fw', 'sX', { fixedIp: '172.29.3.1', primary: false }),
      port('svc', 'sX'),
      rel('dependsOn', 'fw', 'db'),
      rel('dependsOn', 'app', 'svc'),
    ];
    const e = run(more, path, [A]);
    expect(summary(e, 'fw')).toBe('DOWN DEPENDENCY_LOST');
    expect(summary(e, 'app')).toBe('DOWN PATH_LOST');
    expect(reasonOf(e, 'app', 'PATH_LOST').causes).toEqual(['fw']);
  });
});
