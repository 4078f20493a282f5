import { describe, expect, it } from 'vitest';
import { canConnect } from './canConnect';
import type { ConnectionKind } from './connectionCatalogue';
import { resourceId } from './ids';
import { designOf, rel, res, withResources, world } from './testFixtures';
import type { Design, Relation, Resource } from './types';

const id = resourceId;
const REGION = 'private networks do not stretch between regions.';

function refusal(design: Design, from: string, to: string, kind: ConnectionKind): string {
  const result = canConnect(design, id(from), id(to), kind);
  expect(result.allowed).toEqual([]);
  expect(result.refused).toHaveLength(1);
  expect(result.refused[0]?.kind).toBe(kind);
  return result.refused[0]?.reason ?? '';
}

function allowed(design: Design, from: string, to: string, kind: ConnectionKind): boolean {
  const result = canConnect(design, id(from), id(to), kind);
  return result.allowed.includes(kind) && result.refused.length === 0;
}

function make(relations: Relation[] = [], ...replacements: Resource[]): Design {
  return designOf(withResources(world(), ...replacements), relations);
}

/** A load balancer in eu-north-1 with a pool, a listener and a member there. */
const north = [
  res('loadBalancer', 'lb-n', { availabilityZone: id('eu-north-1a') }),
  res('pool', 'pool-n', { loadBalancer: id('lb-n') }),
  res('poolMember', 'm-n', { pool: id('pool-n') }),
];

describe('canConnect: property-backed kinds', () => {
  it('subnetOf: re-pointing within the region is allowed; same network, other region refused', () => {
    expect(allowed(make(), 's1', 'link-net', 'subnetOf')).toBe(true);
    expect(refusal(make(), 's1', 'net-1', 'subnetOf')).toBe('s1 already belongs to net-1.');
    expect(refusal(make(), 's1', 'net-no', 'subnetOf')).toBe(
      `s1 is in europe-se-1 and net-no is in eu-north-1: ${REGION} Create a new subnet on that network instead.`,
    );
  });

  it('vip: allowed, re-pointed, same subnet, other region', () => {
    const lb = res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1') });
    expect(allowed(make(), 'lb-1', 's1', 'vip')).toBe(true);
    expect(allowed(make([], lb), 'lb-1', 's2', 'vip')).toBe(true);
    expect(refusal(make([], lb), 'lb-1', 's1', 'vip')).toBe('lb-1 already has its VIP on s1.');
    expect(refusal(make(), 'lb-1', 'db-subnet', 'vip')).toBe(
      `lb-1 is in europe-se-1 and db-subnet is in eu-north-1: ${REGION} Use a public endpoint instead.`,
    );
  });

  it('listenerOf: re-pointing is allowed unless the port is taken or the default pool stays behind', () => {
    expect(allowed(make(), 'https', 'lb-2', 'listenerOf')).toBe(true);
    expect(refusal(make(), 'https', 'lb-1', 'listenerOf')).toBe('https already belongs to lb-1.');
    const taken = make([], res('listener', 'https-2', { loadBalancer: id('lb-2') }));
    expect(refusal(taken, 'https', 'lb-2', 'listenerOf')).toBe('lb-2 already has a listener on port 443 (https-2).');
    const pooled = make([], res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }));
    expect(refusal(pooled, 'https', 'lb-2', 'listenerOf')).toBe(
      'https forwards to pool-a, a pool of lb-1; disconnect its default pool first.',
    );
  });

  it('defaultPool: a pool of the same load balancer; re-pointing replaces', () => {
    expect(allowed(make(), 'https', 'pool-a', 'defaultPool')).toBe(true);
    const pooled = make([], res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }), res('pool', 'pool-a2'));
    expect(allowed(pooled, 'https', 'pool-a2', 'defaultPool')).toBe(true);
    expect(refusal(pooled, 'https', 'pool-a', 'defaultPool')).toBe('https already forwards to pool-a.');
    expect(refusal(make(), 'https', 'pool-b', 'defaultPool')).toBe(
      'pool-b belongs to lb-2 but https belongs to lb-1: a listener can only forward to a pool of its own load balancer.',
    );
  });

  it('poolOf: re-pointing is allowed unless a listener of the old load balancer uses the pool', () => {
    expect(allowed(make(), 'pool-a', 'lb-2', 'poolOf')).toBe(true);
    expect(refusal(make(), 'pool-a', 'lb-1', 'poolOf')).toBe('pool-a already belongs to lb-1.');
    const pooled = make([], res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }));
    expect(refusal(pooled, 'pool-a', 'lb-2', 'poolOf')).toBe('https forwards to pool-a; disconnect that default pool first.');
  });

  it('monitors: one monitor per pool', () => {
    expect(allowed(make(), 'hm-1', 'pool-b', 'monitors')).toBe(true);
    expect(refusal(make(), 'hm-1', 'pool-a', 'monitors')).toBe('hm-1 already checks pool-a.');
    const two = make([], res('healthMonitor', 'hm-2', { pool: id('pool-b') }));
    expect(refusal(two, 'hm-1', 'pool-b', 'monitors')).toBe('pool-b already has health monitor hm-2; a pool has only one.');
  });

  it('memberOf: re-pointing allowed, same pool refused', () => {
    expect(allowed(make(), 'm1', 'pool-b', 'memberOf')).toBe(true);
    expect(refusal(make(), 'm1', 'pool-a', 'memberOf')).toBe('m1 is already a member of pool-a.');
  });

  it('memberTarget: allowed across AZs, refused for the same instance and across regions', () => {
    expect(allowed(make(), 'm1', 'app-2', 'memberTarget')).toBe(true);
    const set = make([], res('poolMember', 'm1', { pool: id('pool-a'), instance: id('web-1') }));
    expect(refusal(set, 'm1', 'web-1', 'memberTarget')).toBe('m1 already stands for web-1.');
    expect(refusal(make(), 'm1', 'web-n', 'memberTarget')).toBe(
      `m1 is in europe-se-1 and web-n is in eu-north-1: ${REGION} Use a public endpoint instead.`,
    );
    expect(refusal(make([], ...north), 'm-n', 'web-1', 'memberTarget')).toBe(
      `m-n is in eu-north-1 and web-1 is in europe-se-1: ${REGION} Use a public endpoint instead.`,
    );
  });

  it('recordOf: allowed, same zone refused', () => {
    expect(allowed(make(), 'www', 'example.com', 'recordOf')).toBe(true);
    const inZone = make([], res('dnsRecord', 'www', { zone: id('example.com') }));
    expect(refusal(inZone, 'www', 'example.com', 'recordOf')).toBe('www is already in example.com.');
  });

  it('publicPortOf: same AZ only, one instance at a time', () => {
    expect(allowed(make(), 'pp-1', 'web-1', 'publicPortOf')).toBe(true);
    expect(refusal(make(), 'pp-1', 'app-2', 'publicPortOf')).toBe(
      'pp-1 is on europe-se-1-1a-net0 in europe-se-1a but app-2 is in europe-se-1b: a public port can only be attached to an instance in its own zone.',
    );
    const attached = make([], res('publicPort', 'pp-1', { instance: id('web-1') }));
    expect(refusal(attached, 'pp-1', 'web-1', 'publicPortOf')).toBe('pp-1 is already attached to web-1.');
    expect(refusal(attached, 'pp-1', 'db-1', 'publicPortOf')).toBe('pp-1 is already attached to web-1; disconnect it first.');
  });
});

describe('canConnect: gestures', () => {
  it('poolMember: allowed across AZs, refused for an existing member and across regions', () => {
    expect(allowed(make(), 'pool-a', 'app-2', 'poolMember')).toBe(true);
    const member = make([], res('poolMember', 'm1', { pool: id('pool-a'), instance: id('web-1') }));
    expect(refusal(member, 'pool-a', 'web-1', 'poolMember')).toBe('web-1 is already a member of pool-a (m1).');
    expect(refusal(make(), 'pool-a', 'web-n', 'poolMember')).toBe(
      `pool-a is in europe-se-1 and web-n is in eu-north-1: ${REGION} Use a public endpoint instead.`,
    );
    expect(refusal(make([], ...north), 'pool-n', 'web-1', 'poolMember')).toBe(
      `pool-n is in eu-north-1 and web-1 is in europe-se-1: ${REGION} Use a public endpoint instead.`,
    );
  });

  const linked = [
    rel('routerInterface', 'a-s1', 'rA', 's1', { ip: '10.0.1.1' }),
    rel('routerInterface', 'a-link', 'rA', 'link', { ip: '10.255.0.1' }),
    rel('routerInterface', 'b-link', 'rB', 'link', { ip: '10.255.0.2' }),
    rel('routerInterface', 'b-s2', 'rB', 's2', { ip: '10.0.2.1' }),
  ];

  it('staticRoute: allowed between routers on a shared subnet', () => {
    expect(allowed(make(linked), 'rA', 'rB', 'staticRoute')).toBe(true);
    expect(allowed(make(linked), 'rB', 'rA', 'staticRoute')).toBe(true);
  });

  it('staticRoute: refused without a shared subnet, a next-hop address, or when it exists', () => {
    expect(refusal(make(), 'rA', 'rB', 'staticRoute')).toBe('rA and rB share no subnet; connect both to a link network first.');
    const noIp = make([rel('routerInterface', 'a-link', 'rA', 'link', { ip: '10.255.0.1' }), rel('routerInterface', 'b-link', 'rB', 'link')]);
    expect(refusal(noIp, 'rA', 'rB', 'staticRoute')).toBe('rB has no address on the subnet it shares with rA; give that interface an IP first.');
    const routed = make(linked, res('router', 'rA', { availabilityZoneHints: [id('europe-se-1a')], routes: [{ destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' }] }));
    expect(refusal(routed, 'rA', 'rB', 'staticRoute')).toBe('rA already routes 10.0.2.0/24 through rB.');
    expect(refusal(make(linked), 'rA', 'rA', 'staticRoute')).toBe('rA cannot be connected to itself.');
  });

  it('staticRoute: refused across regions', () => {
    expect(refusal(make(), 'rA', 'rN', 'staticRoute')).toBe(
      `rA is in europe-se-1 and rN is in eu-north-1: ${REGION} Connect the regions over public endpoints instead.`,
    );
  });
});
