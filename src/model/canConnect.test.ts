import { describe, expect, it } from 'vitest';
import { canConnect } from './canConnect';
import type { ConnectionKind } from './connectionCatalogue';
import { resourceId } from './ids';
import { designOf, rel, res, withResources, world } from './testFixtures';
import type { Design, Relation, Resource } from './types';

const id = resourceId;
const REGION = 'private networks do not stretch between regions.';

function check(design: Design, from: string, to: string, kind?: ConnectionKind) {
  return canConnect(design, id(from), id(to), kind);
}

/** The reason `kind` is refused (fails the test when it is allowed). */
function refusal(design: Design, from: string, to: string, kind: ConnectionKind): string {
  const result = check(design, from, to, kind);
  expect(result.allowed).toEqual([]);
  expect(result.refused).toHaveLength(1);
  expect(result.refused[0]?.kind).toBe(kind);
  return result.refused[0]?.reason ?? '';
}

function allowed(design: Design, from: string, to: string, kind: ConnectionKind): boolean {
  const result = check(design, from, to, kind);
  return result.allowed.includes(kind) && result.refused.length === 0;
}

function make(relations: Relation[] = [], ...replacements: Resource[]): Design {
  return designOf(withResources(world(), ...replacements), relations);
}

describe('canConnect: pairs of resource kinds', () => {
  const d = make();

  it('lists every fitting kind between two instances', () => {
    expect(check(d, 'web-1', 'db-1')).toEqual({ allowed: ['dependsOn', 'replicatesWith'], refused: [] });
  });

  it('explains what a source can be connected to when nothing fits', () => {
    expect(check(d, 'fip-1', 's1')).toEqual({
      allowed: [],
      refused: [
        { kind: 'fipAssociation', reason: 'A floating IP can be associated with an instance or a load balancer, not with a subnet.' },
      ],
    });
    expect(refusal(d, 'hm-1', 'lb-1', 'monitors')).toBe('A health monitor can check a pool, not a load balancer.');
    expect(check(d, 'web-1', 'europe-se-1').refused).toEqual([
      {
        kind: 'port',
        reason:
          'An instance can be attached to a subnet, depend on an instance, an object storage endpoint, a floating IP, ' +
          'a load balancer, a DNS record or a global load balancer, or replicate with an instance; it cannot be connected to a region.',
      },
    ]);
  });

  it('suggests the other direction when that one fits', () => {
    expect(check(d, 's1', 'rA').refused).toEqual([
      { kind: 'subnetOf', reason: 'A subnet can belong to a network, not to a router. Draw the connection from rA to s1 instead.' },
    ]);
    expect(check(d, 'net-1', 's1').refused).toEqual([
      { kind: 'subnetOf', reason: 'A network cannot be connected to a subnet. Draw the connection from s1 to net-1 instead.' },
    ]);
  });

  it('explains a requested kind that does not fit a pair other kinds fit', () => {
    expect(refusal(d, 'web-1', 'db-1', 'port')).toBe(
      'An instance can be attached to a subnet; web-1 is an instance and db-1 is an instance.',
    );
  });

  it('refuses self-connections', () => {
    expect(check(d, 'web-1', 'web-1').refused).toEqual([
      { kind: 'dependsOn', reason: 'web-1 cannot be connected to itself.' },
      { kind: 'replicatesWith', reason: 'web-1 cannot be connected to itself.' },
    ]);
  });

  it('refuses resources that no longer exist', () => {
    expect(check(d, 'web-1', 'gone').refused[0]?.reason).toBe('One of these resources no longer exists.');
  });
});

describe('canConnect: relation kinds', () => {
  it('routerInterface: allowed, duplicate, other region, full subnet', () => {
    expect(allowed(make(), 'rA', 's1', 'routerInterface')).toBe(true);
    const d = make([rel('routerInterface', 'ri', 'rA', 's1', { ip: '10.0.1.1' })]);
    expect(refusal(d, 'rA', 's1', 'routerInterface')).toBe('rA already has an interface on s1.');
    expect(refusal(d, 'rA', 'db-subnet', 'routerInterface')).toBe(
      `rA is in europe-se-1 and db-subnet is in eu-north-1: ${REGION} Use a public endpoint instead.`,
    );
    const tiny = res('subnet', 'tiny', { network: id('net-1'), cidr: '10.1.0.0/30', gatewayIp: '10.1.0.1' });
    const full = make([rel('routerInterface', 'r1', 'rA', 'tiny', { ip: '10.1.0.1' }), rel('port', 'p1', 'web-1', 'tiny', { fixedIp: '10.1.0.2' })], tiny);
    expect(refusal(full, 'rB', 'tiny', 'routerInterface')).toBe('tiny has no free address left for rB.');
  });

  it('port: allowed, duplicate, other region', () => {
    expect(allowed(make(), 'web-1', 's1', 'port')).toBe(true);
    expect(refusal(make([rel('port', 'p', 'web-1', 's1')]), 'web-1', 's1', 'port')).toBe('web-1 already has a port on s1.');
    expect(refusal(make(), 'web-1', 'db-subnet', 'port')).toBe(
      `web-1 is in europe-se-1 and db-subnet is in eu-north-1: ${REGION} Use a public endpoint instead.`,
    );
  });

  it('fipAssociation: instance with a port, load balancer with a VIP, cross-AZ allowed', () => {
    const d = make([rel('port', 'p', 'web-1', 's1'), rel('port', 'p2', 'app-2', 's1')], res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1') }));
    expect(allowed(d, 'fip-1', 'web-1', 'fipAssociation')).toBe(true);
    expect(allowed(d, 'fip-1', 'lb-1', 'fipAssociation')).toBe(true);
    expect(allowed(d, 'fip-1', 'app-2', 'fipAssociation')).toBe(true);
  });

  it('fipAssociation: refusals', () => {
    const d = make([
      rel('port', 'p', 'web-1', 's1'),
      rel('port', 'pn', 'web-n', 'db-subnet'),
      rel('fipAssociation', 'f', 'fip-1', 'web-1'),
      rel('fipAssociation', 'fb', 'fip-b', 'lb-2'),
    ], res('loadBalancer', 'lb-2', { availabilityZone: id('europe-se-1b'), vipSubnet: id('s2') }), res('floatingIp', 'fip-x'));
    expect(refusal(d, 'fip-1', 'app-2', 'fipAssociation')).toBe('fip-1 is already associated with web-1; disconnect it first.');
    expect(refusal(d, 'fip-1', 'web-1', 'fipAssociation')).toBe('fip-1 is already associated with web-1.');
    expect(refusal(d, 'fip-x', 'app-2', 'fipAssociation')).toBe('app-2 has no port for fip-x; attach app-2 to a subnet first.');
    expect(refusal(d, 'fip-n', 'web-1', 'fipAssociation')).toBe(
      'fip-n is in eu-north-1 and web-1 is in europe-se-1: a floating IP can only be associated within its own region.',
    );
    expect(refusal(d, 'fip-n', 'lb-1', 'fipAssociation')).toBe(
      'fip-n is in eu-north-1 and lb-1 is in europe-se-1: a floating IP can only be associated within its own region.',
    );
    const se = make([rel('port', 'p', 'web-1', 's1'), rel('fipAssociation', 'f', 'fip-b', 'web-1'), rel('fipAssociation', 'fl', 'fip-1', 'lb-2')], res('loadBalancer', 'lb-2', { availabilityZone: id('europe-se-1b'), vipSubnet: id('s2') }));
    expect(refusal(se, 'fip-1', 'web-1', 'fipAssociation')).toBe('fip-1 is already associated with lb-2; disconnect it first.');
    const one = make([rel('port', 'p', 'web-1', 's1'), rel('fipAssociation', 'f', 'fip-b', 'web-1'), rel('fipAssociation', 'fl', 'fip-b2', 'lb-2')], res('floatingIp', 'fip-b2'), res('loadBalancer', 'lb-2', { availabilityZone: id('europe-se-1b'), vipSubnet: id('s2') }));
    expect(refusal(one, 'fip-1', 'web-1', 'fipAssociation')).toBe('web-1 already has a floating IP on every port (fip-b); disconnect one first.');
    expect(refusal(one, 'fip-1', 'lb-2', 'fipAssociation')).toBe('lb-2 already has floating IP fip-b2 on its VIP; disconnect it first.');
    expect(refusal(one, 'fip-1', 'lb-1', 'fipAssociation')).toBe('lb-1 has no VIP yet; connect lb-1 to a subnet first.');
  });

  it('volumeAttachment: same AZ allowed; other AZ, duplicate, already attached refused', () => {
    const d = make([], res('volume', 'vol-b', { availabilityZone: id('europe-se-1b') }));
    expect(allowed(d, 'vol-1', 'web-1', 'volumeAttachment')).toBe(true);
    expect(refusal(d, 'vol-1', 'app-2', 'volumeAttachment')).toBe(
      'vol-1 is in europe-se-1a but app-2 is in europe-se-1b: volumes can only be attached in their own zone.',
    );
    const attached = make([rel('volumeAttachment', 'va', 'vol-1', 'web-1')]);
    expect(refusal(attached, 'vol-1', 'web-1', 'volumeAttachment')).toBe('vol-1 is already attached to web-1.');
    expect(refusal(attached, 'vol-1', 'db-1', 'volumeAttachment')).toBe('vol-1 is already attached to web-1; disconnect it first.');
  });

  it('dependsOn: allowed to every target kind, across AZs and regions; duplicates refused', () => {
    const d = make([rel('dependsOn', 'dep', 'web-1', 'db-1')]);
    for (const target of ['app-2', 's3-a', 'fip-b', 'lb-2', 'www', 'glb', 'web-n']) {
      expect([target, allowed(d, 'web-1', target, 'dependsOn')]).toEqual([target, true]);
    }
    expect(refusal(d, 'web-1', 'db-1', 'dependsOn')).toBe('web-1 already depends on db-1.');
  });

  it('replicatesWith: allowed once in either direction', () => {
    expect(allowed(make(), 'db-1', 'app-2', 'replicatesWith')).toBe(true);
    const d = make([rel('replicatesWith', 'rw', 'db-1', 'app-2')]);
    expect(refusal(d, 'db-1', 'app-2', 'replicatesWith')).toBe('db-1 already replicates with app-2.');
    expect(refusal(d, 'app-2', 'db-1', 'replicatesWith')).toBe('app-2 already replicates with db-1.');
  });

  it('glbTarget and dnsTarget: allowed once', () => {
    expect(allowed(make(), 'glb', 'fip-1', 'glbTarget')).toBe(true);
    expect(allowed(make(), 'glb', 'pp-1', 'glbTarget')).toBe(true);
    expect(refusal(make([rel('glbTarget', 'g', 'glb', 'fip-1')]), 'glb', 'fip-1', 'glbTarget')).toBe('glb already sends traffic to fip-1.');
    expect(allowed(make(), 'www', 'glb', 'dnsTarget')).toBe(true);
    expect(check(make(), 'www', 'fip-1').allowed).toEqual(['dnsTarget']);
    expect(refusal(make([rel('dnsTarget', 't', 'www', 'fip-1')]), 'www', 'fip-1', 'dnsTarget')).toBe('www already points to fip-1.');
  });
});
