/**
 * F30 covers every kind of private connection between regions (ports, router interfaces, VIPs,
 * members, static routes, private dependencies); F31 only required dependencies on another region.
 */
import { describe, expect, it } from 'vitest';
import { resourceId } from '../../model/ids';
import type { Relation, Resource } from '../../model/types';
import { designOf, gateway, instance, port, rel, res, router, subnet, zones, A } from '../testing/build';
import { findingsOf, NORTH, NORTH_A, northRegion, xN } from './caseKit';

/** europe-se-1 with sA/rA/iA and eu-north-1 with sN (10.20.0.0/24), router rN and instance iN. */
function twoRegions(): Resource[] {
  return [
    ...zones(),
    ...northRegion(),
    ...subnet('sA', 45),
    res('network', 'sN-net', { region: NORTH }),
    res('subnet', 'sN', { network: resourceId('sN-net'), cidr: '10.20.0.0/24', gatewayIp: '10.20.0.1' }),
    router('rA', A),
    res('router', 'rN', { availabilityZoneHints: [NORTH_A], externalNetwork: xN }),
    instance('iA', A),
    instance('iN', NORTH_A),
  ];
}

const baseRelations: Relation[] = [gateway('rA', 'sA', 45), rel('routerInterface', 'rN', 'sN', { ip: '10.20.0.1' }), port('iA', 'sA'), port('iN', 'sN')];

function f30(resources: Resource[], relations: Relation[]): string[] {
  return findingsOf(designOf(resources, relations))
    .filter((f) => f.id === 'F30')
    .map((f) => `${f.subjects.join(',')}: ${f.message}`);
}

describe('F30 CROSS_REGION_PRIVATE_LINK', () => {
  it('is quiet when every private connection stays inside its region', () => {
    expect(f30(twoRegions(), baseRelations)).toEqual([]);
  });

  it('flags a router interface on a subnet of another region', () => {
    expect(f30(twoRegions(), [...baseRelations, rel('routerInterface', 'rN', 'sA', { ip: '172.29.45.9' })])).toEqual([
      'rN,sA: A router interface joins router rN in region eu-north-1 to subnet sA in region europe-se-1; private networks do not reach across regions.',
    ]);
  });

  it('flags a load balancer VIP on a subnet of another region', () => {
    const lb = res('loadBalancer', 'lN', { availabilityZone: NORTH_A, vipSubnet: resourceId('sA') });
    expect(f30([...twoRegions(), lb], baseRelations)).toEqual([
      'lN,sA: The VIP joins load balancer lN in region eu-north-1 to subnet sA in region europe-se-1; private networks do not reach across regions.',
    ]);
  });

  it('flags a pool member on an instance of another region', () => {
    const lb = [
      res('loadBalancer', 'l1', { availabilityZone: A, vipSubnet: resourceId('sA') }),
      res('pool', 'p1', { loadBalancer: resourceId('l1') }),
      res('poolMember', 'mN', { pool: resourceId('p1'), instance: resourceId('iN') }),
    ];
    expect(f30([...twoRegions(), ...lb], baseRelations).map((x) => x.split(':')[0])).toEqual(['mN,iN']);
  });

  it('flags a static route whose next hop is held by a router of another region', () => {
    const resources = twoRegions().map((r) =>
      r.id === 'rA' && r.kind === 'router' ? { ...r, routes: [{ destinationCidr: '10.20.0.0/24', nextHop: '10.20.0.1' }] } : r,
    );
    const found = f30(resources, baseRelations);
    expect(found).toEqual([
      'rA,rN: The static route to 10.20.0.0/24 joins router rA in region europe-se-1 to router rN in region eu-north-1; private networks do not reach across regions.',
    ]);
    // The next hop is not on a subnet of rA either.
    expect(findingsOf(designOf(resources, baseRelations)).filter((f) => f.id === 'F34').map((f) => f.subjects)).toEqual([['rA']]);
  });

  it('flags a private dependency between regions but not a public one', () => {
    const priv = rel('dependsOn', 'iA', 'iN', { required: false, via: 'private' });
    expect(f30(twoRegions(), [...baseRelations, priv]).map((x) => x.split(':')[0])).toEqual(['iA,iN']);
    const pub = rel('dependsOn', 'iA', 'iN', { required: false, via: 'public' });
    expect(f30(twoRegions(), [...baseRelations, pub])).toEqual([]);
  });
});

describe('F31 CROSS_REGION_DEPENDENCY', () => {
  const ids = (relations: Relation[]): string[][] =>
    findingsOf(designOf([...twoRegions(), instance('iA2', A)], [...relations, port('iA2', 'sA')]))
      .filter((f) => f.id === 'F31')
      .map((f) => f.subjects);

  it('flags a required dependency on an instance of another region (with F30 when private)', () => {
    const dep = rel('dependsOn', 'iA', 'iN', { required: true, via: 'public' });
    expect(ids([...baseRelations, dep])).toEqual([['iA', 'iN']]);
  });

  it('skips a remote alternate of a failover group whose primary is local', () => {
    const group = (order: number) => ({ group: 'db', order, failover: 'manual' as const });
    const primary = rel('dependsOn', 'iA', 'iA2', { required: true, via: 'private', failoverGroup: group(0) });
    const alternate = rel('dependsOn', 'iA', 'iN', { required: true, via: 'public', failoverGroup: group(1) });
    expect(ids([...baseRelations, primary, alternate])).toEqual([]);
  });

  it('ignores dependencies on global resources (DNS records)', () => {
    const dns = res('dnsRecord', 'www');
    const found = findingsOf(designOf([...twoRegions(), dns], [...baseRelations, rel('dependsOn', 'iA', 'www', { via: 'public' })]));
    expect(found.filter((f) => f.id === 'F31' || f.id === 'F09')).toEqual([]);
  });
});
