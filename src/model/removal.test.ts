import { describe, expect, it } from 'vitest';
import { listConnections } from './connections';
import { removeResources } from './edit';
import { resourceId } from './ids';
import { findOfKind, findResource } from './placement';
import { sample } from './testFixtures';

const id = resourceId;
const ids = (...names: string[]) => names.map(id);

describe('removeResources', () => {
  it('removes a region with its AZs, networks and subnets, and clears what pointed at them', () => {
    const file = sample();
    const next = removeResources(file, ids('europe-se-1'));
    const left = new Set(next.design.resources.map((r) => r.id));
    for (const gone of ['europe-se-1', 'europe-se-1a', 'europe-se-1b', 'net-1', 'link-net', 's1', 's2', 'link']) {
      expect([gone, left.has(id(gone))]).toEqual([gone, false]);
    }
    expect(left.has(id('eu-north-1a'))).toBe(true);
    expect(left.has(id('db-subnet'))).toBe(true);
    expect(next.design.relations.map((r) => r.id)).toEqual(['fip-web', 'dep']);
    expect(next.design.relations[0]).toMatchObject({ portSubnet: null });
    expect(findOfKind(next.design, id('web-1'), 'instance')?.availabilityZone).toBeNull();
    expect(findOfKind(next.design, id('web-n'), 'instance')?.availabilityZone).toBe('eu-north-1a');
    expect(findOfKind(next.design, id('lb-1'), 'loadBalancer')).toMatchObject({ availabilityZone: null, vipSubnet: null, vipAddress: null });
    expect(findOfKind(next.design, id('m1'), 'poolMember')).toMatchObject({ instance: 'web-1', subnet: null });
    expect(findOfKind(next.design, id('rA'), 'router')?.availabilityZoneHints).toEqual([]);
    expect(findOfKind(next.design, id('vol-1'), 'volume')?.availabilityZone).toBeNull();
    expect(findOfKind(next.design, id('s3-a'), 'objectStorageEndpoint')?.availabilityZone).toBeNull();
    expect(findResource(next.design, id('rN'))).toBe(findResource(file.design, id('rN')));
  });

  it('drops layout entries and keeps orphaned children where they were on screen', () => {
    const next = removeResources(sample(), ids('europe-se-1'));
    expect(next.layout.nodes).toEqual({ 'web-1': { x: 125, y: 137 }, rB: { x: 400, y: 400 } });
    expect(next.layout.viewport).toEqual({ x: 0, y: 0, zoom: 1 });
    const onlyAz = removeResources(sample(), ids('europe-se-1a'));
    expect(onlyAz.layout.nodes['web-1']).toEqual({ x: 25, y: 37, parent: 'europe-se-1' });
  });

  it('removes an AZ without removing what is placed in it', () => {
    const next = removeResources(sample(), ids('europe-se-1b'));
    expect(findOfKind(next.design, id('app-2'), 'instance')?.availabilityZone).toBeNull();
    expect(findOfKind(next.design, id('rA'), 'router')?.availabilityZoneHints).toEqual(['europe-se-1a']);
    expect(findOfKind(next.design, id('net-1'), 'network')?.availabilityZoneHints).toEqual([]);
    expect(findOfKind(next.design, id('lb-2'), 'loadBalancer')?.availabilityZone).toBeNull();
  });

  it('removes a load balancer with its listeners, pools, members and monitors', () => {
    const file = sample();
    const next = removeResources(file, ids('lb-1'));
    const left = new Set(next.design.resources.map((r) => r.id));
    expect(['lb-1', 'https', 'pool-a', 'hm-1', 'm1'].filter((r) => left.has(id(r)))).toEqual([]);
    expect(['lb-2', 'http-b', 'pool-b', 'm-b'].every((r) => left.has(id(r)))).toBe(true);
    expect(next.design.relations).toEqual(file.design.relations);
  });

  it('removes a pool with its members and monitor, and clears listener references to it', () => {
    const next = removeResources(sample(), ids('pool-a'));
    const left = new Set(next.design.resources.map((r) => r.id));
    expect(['pool-a', 'hm-1', 'm1'].filter((r) => left.has(id(r)))).toEqual([]);
    expect(findOfKind(next.design, id('https'), 'listener')).toMatchObject({
      defaultPool: null,
      l7Policies: [{ action: 'REDIRECT_TO_POOL', value: null }, { action: 'REJECT', value: null }],
    });
    const b = removeResources(sample(), ids('pool-b'));
    expect(findOfKind(b.design, id('http-b'), 'listener')?.defaultPool).toBeNull();
    expect(findResource(b.design, id('m-b'))).toBeUndefined();
  });

  it('removes an instance, its relations and clears members and public ports', () => {
    const next = removeResources(sample(), ids('web-1'));
    expect(next.design.relations.map((r) => r.id)).toEqual(['ri-a-s1', 'ri-a-link', 'ri-b-link', 'port-app']);
    expect(findOfKind(next.design, id('m1'), 'poolMember')?.instance).toBeNull();
    expect(findOfKind(next.design, id('pp-1'), 'publicPort')?.instance).toBeNull();
    expect(next.layout.nodes['web-1']).toBeUndefined();
  });

  it('clears a DNS record\'s zone', () => {
    expect(findOfKind(removeResources(sample(), ids('example.com')).design, id('www'), 'dnsRecord')?.zone).toBeNull();
  });

  it('keeps static routes through a removed router, dangling, and stops drawing them', () => {
    const file = sample();
    expect(listConnections(file.design).some((c) => c.id === 'staticRoute:rA:0')).toBe(true);
    const next = removeResources(file, ids('rB'));
    expect(findOfKind(next.design, id('rA'), 'router')?.routes).toEqual([{ destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' }]);
    expect(next.design.relations.some((r) => r.id === 'ri-b-link')).toBe(false);
    expect(listConnections(next.design).some((c) => c.kind === 'staticRoute')).toBe(false);
    expect(next.layout.nodes.rB).toBeUndefined();
  });
});
