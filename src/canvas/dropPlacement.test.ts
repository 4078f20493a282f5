import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { designOf, res, withResources, world } from '../model/testFixtures';
import type { Design, ResourceKind } from '../model/types';
import { memberFromSelection, placementForDrop } from './dropPlacement';

const id = resourceId;
const design = designOf(world());

function props<K extends ResourceKind>(d: Design, kind: K, container: string | null, context = {}) {
  const p = placementForDrop(d, kind, container === null ? null : id(container), context);
  if (!p.ok) throw new Error(`refused: ${p.reason}`);
  return p;
}

function reason(d: Design, kind: Parameters<typeof placementForDrop>[1], container: string | null, context = {}): string {
  const p = placementForDrop(d, kind, container === null ? null : id(container), context);
  if (p.ok) throw new Error('expected a refusal');
  return p.reason;
}

describe('placementForDrop: AZ-scoped resources', () => {
  it('gives an instance, a volume, a load balancer the AZ it is dropped in', () => {
    for (const kind of ['instance', 'volume', 'loadBalancer'] as const) {
      const p = props(design, kind, 'europe-se-1b');
      expect(p.parent).toBe('europe-se-1b');
      expect(p.atDropPoint).toBe(true);
      expect(p.props).toMatchObject({ availabilityZone: 'europe-se-1b' });
    }
  });

  it("gives a router the AZ as its only hint and the AZ's first external network as gateway", () => {
    expect(props(design, 'router', 'europe-se-1b').props).toEqual({
      name: 'router-1',
      availabilityZoneHints: ['europe-se-1b'],
      externalNetwork: 'europe-se-1-1b-net0',
    });
  });

  it("takes a floating IP and a public port from the AZ's first external network (fip-1 is taken)", () => {
    expect(props(design, 'floatingIp', 'europe-se-1b').props).toEqual({ name: 'fip-2', pool: 'europe-se-1-1b-net0' });
    expect(props(design, 'publicPort', 'eu-north-1a').props).toEqual({ name: 'public-ip-1', network: 'eu-north-1-1a-net0' });
  });

  it("gives an object storage endpoint the zone's endpoint URL", () => {
    expect(props(design, 'objectStorageEndpoint', 'europe-se-1b').props).toEqual({
      name: 'object-storage-1',
      availabilityZone: 'europe-se-1b',
      url: 'https://object-eu-se-1b.binero.cloud',
    });
  });

  it('refuses AZ-scoped resources outside any AZ, saying where they must go', () => {
    expect(reason(design, 'instance', 'europe-se-1')).toBe('An instance must be placed in an availability zone.');
    expect(reason(design, 'floatingIp', null)).toBe('A floating IP must be placed in an availability zone.');
    expect(reason(design, 'router', null)).toBe('A router must be placed in an availability zone.');
  });

  it('refuses a floating IP in a zone without external network', () => {
    const d = designOf(withResources(world(), res('availabilityZone', 'europe-se-1b', { region: id('europe-se-1'), order: 1, externalNetworks: [] })));
    expect(reason(d, 'floatingIp', 'europe-se-1b')).toBe('europe-se-1b has no external network to take a floating IP from.');
  });

  it('numbers new names past the names already taken', () => {
    const d = designOf([...world(), res('instance', 'instance-1'), res('instance', 'instance-2')]);
    expect(props(d, 'instance', 'europe-se-1a').props.name).toBe('instance-3');
  });
});

describe('placementForDrop: containers and region-scoped resources', () => {
  it('names new regions europe-se-1, europe-se-2, … and puts them on the open canvas only', () => {
    expect(props(designOf([]), 'region', null).props).toEqual({ name: 'europe-se-1' });
    expect(props(designOf([res('region', 'r', { }), res('network', 'europe-se-1')]), 'region', null).props.name).toBe('europe-se-2');
    expect(reason(design, 'region', 'europe-se-1')).toBe('A region goes on the open canvas, not inside europe-se-1.');
  });

  it('names AZs after their region with the next letter, with the external network of that pattern', () => {
    const empty = designOf([res('region', 'europe-se-1')]);
    expect(props(empty, 'availabilityZone', 'europe-se-1').props).toEqual({ name: 'europe-se-1a', order: 0, region: 'europe-se-1' });
    const one = designOf([res('region', 'europe-se-1'), res('availabilityZone', 'europe-se-1a', { region: id('europe-se-1') })]);
    expect(props(one, 'availabilityZone', 'europe-se-1').props).toEqual({ name: 'europe-se-1b', order: 1, region: 'europe-se-1' });
  });

  it('puts an AZ dropped on another AZ into that AZ’s region, in a free slot', () => {
    const p = props(design, 'availabilityZone', 'europe-se-1a');
    expect([p.parent, p.atDropPoint]).toEqual(['europe-se-1', false]);
    expect(reason(design, 'availabilityZone', null)).toBe('An availability zone must be placed in a region.');
  });

  it('puts networks in the region they are dropped in (outside the zones)', () => {
    expect(props(design, 'network', 'europe-se-1').props).toEqual({ name: 'network-1', region: 'europe-se-1' });
    const inZone = props(design, 'network', 'europe-se-1b');
    expect([inZone.parent, inZone.atDropPoint]).toEqual(['europe-se-1', false]);
    expect(reason(design, 'network', null)).toBe('A network must be placed in a region.');
  });

  it('puts a subnet on the network under the pointer, a selected one, or the first of the region, with a free CIDR', () => {
    expect(props(design, 'subnet', 'europe-se-1').props).toEqual({ name: 'subnet-1', network: 'net-1', cidr: '10.0.0.0/24' });
    expect(props(design, 'subnet', 'europe-se-1', { selection: [id('link-net')] }).props.network).toBe('link-net');
    expect(props(design, 'subnet', 'europe-se-1', { target: id('link-net') }).props.network).toBe('link-net');
    expect(reason(design, 'subnet', 'europe-se-1', { selection: [id('net-no')] })).toBe(
      'net-no is not in europe-se-1; select a network of this region.',
    );
    const bare = designOf([res('region', 'europe-se-1')]);
    expect(reason(bare, 'subnet', 'europe-se-1')).toBe('Add a network to europe-se-1 first: a subnet belongs to a network.');
  });

  it('keeps global resources on the open canvas', () => {
    expect(props(design, 'dnsZone', null).props).toEqual({ name: 'dns-zone-1' });
    expect(reason(design, 'globalLoadBalancer', 'europe-se-1')).toBe(
      'A global load balancer is global: place it on the open canvas, outside the regions.',
    );
  });
});

describe('placementForDrop: load balancer parts and members', () => {
  it("adds a listener to the zone's load balancer on the next free port", () => {
    expect(props(design, 'listener', 'europe-se-1b').props).toEqual({ name: 'listener-1', loadBalancer: 'lb-2', protocolPort: 80, protocol: 'HTTP' });
    // lb-1 already has the HTTPS listener on 443 of the fixtures, so port 80 is next.
    expect(props(design, 'listener', 'europe-se-1a').props).toMatchObject({ loadBalancer: 'lb-1', protocolPort: 80 });
  });

  it('refuses a listener or pool in a zone without load balancer', () => {
    const d = designOf(world().filter((r) => r.id !== 'lb-2'));
    expect(reason(d, 'pool', 'europe-se-1b')).toBe('Add a load balancer to europe-se-1b first: a pool belongs to a load balancer.');
  });

  it("puts a pool of a selected load balancer in that load balancer's zone", () => {
    const p = props(design, 'pool', 'europe-se-1a', { selection: [id('lb-2')] });
    expect([p.parent, p.atDropPoint, p.props.loadBalancer]).toEqual(['europe-se-1b', false, 'lb-2']);
  });

  it('adds a health monitor to a pool without one, and refuses a second monitor', () => {
    expect(props(design, 'healthMonitor', 'europe-se-1b').props).toEqual({ name: 'monitor-1', pool: 'pool-b' });
    expect(reason(design, 'healthMonitor', 'europe-se-1a', { selection: [id('pool-a')] })).toBe(
      'pool-a already has a health monitor; a pool has only one.',
    );
  });

  it('never places a pool member: it is a connection from a pool to an instance', () => {
    expect(reason(design, 'poolMember', 'europe-se-1a')).toMatch(/^A pool member is made by connecting a pool to an instance/);
    expect(memberFromSelection(design, [id('pool-a'), id('web-1')])).toEqual({ pool: 'pool-a', instance: 'web-1' });
    expect(memberFromSelection(design, [id('pool-a')])).toEqual({
      reason: 'To add a pool member, select a pool and an instance (Shift-click), or draw a connection from the pool to the instance.',
    });
  });
});
