import { describe, expect, it } from 'vitest';
import { connect } from './connect';
import { CONNECTION_KINDS, disconnect, listConnections, type ConnectionKind, type ConnectResult } from './connections';
import { resourceId } from './ids';
import { findOfKind } from './placement';
import { designOf, fileOf, rel, res, withResources, world } from './testFixtures';
import type { DesignFile, Relation, Resource } from './types';

const id = resourceId;

function make(relations: Relation[] = [], ...replacements: Resource[]): DesignFile {
  return fileOf(designOf(withResources(world(), ...replacements), relations));
}

function ok(result: ConnectResult): Extract<ConnectResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** A design with one connection of every listed kind. */
function everyKind(): DesignFile {
  return make(
    [
      rel('routerInterface', 'ri-a-s1', 'rA', 's1', { ip: '10.0.1.1' }),
      rel('routerInterface', 'ri-a-link', 'rA', 'link', { ip: '10.255.0.1' }),
      rel('routerInterface', 'ri-b-link', 'rB', 'link', { ip: '10.255.0.2' }),
      rel('port', 'port-web', 'web-1', 's1'),
      rel('fipAssociation', 'fip-web', 'fip-1', 'web-1'),
      rel('volumeAttachment', 'va', 'vol-1', 'web-1'),
      rel('dependsOn', 'dep', 'web-1', 'db-1'),
      rel('replicatesWith', 'rep', 'db-1', 'app-2'),
      rel('glbTarget', 'glb-fip', 'glb', 'fip-1'),
      rel('dnsTarget', 'dns-glb', 'www', 'glb'),
    ],
    res('router', 'rA', {
      availabilityZoneHints: [id('europe-se-1a')],
      routes: [
        { destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' },
        { destinationCidr: '10.7.0.0/24', nextHop: '10.255.0.7' },
      ],
    }),
    res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1') }),
    res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }),
    res('poolMember', 'm1', { pool: id('pool-a'), instance: id('web-1') }),
    res('dnsRecord', 'www', { zone: id('example.com') }),
    res('publicPort', 'pp-1', { instance: id('web-1') }),
    res('subnet', 'ghost-subnet', { network: id('no-such-network') }),
  );
}

describe('listConnections', () => {
  const connections = listConnections(everyKind().design);

  it('lists relations, property references and resolvable static routes with stable ids', () => {
    const ids = connections.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([
      'ri-a-s1', 'port-web', 'fip-web', 'va', 'dep', 'rep', 'glb-fip', 'dns-glb',
      'subnetOf:s1->net-1', 'vip:lb-1->s1', 'listenerOf:https->lb-1', 'defaultPool:https->pool-a',
      'poolOf:pool-a->lb-1', 'monitors:hm-1->pool-a', 'memberOf:m1->pool-a', 'memberTarget:m1->web-1',
      'recordOf:www->example.com', 'publicPortOf:pp-1->web-1', 'staticRoute:rA:0',
    ]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(connections.find((c) => c.id === 'staticRoute:rA:0')).toEqual({ id: 'staticRoute:rA:0', kind: 'staticRoute', from: 'rA', to: 'rB', routeIndex: 0 });
    expect(connections.find((c) => c.id === 'dep')).toEqual({ id: 'dep', kind: 'dependsOn', from: 'web-1', to: 'db-1', relationId: 'dep' });
  });

  it('covers every connection kind except the poolMember gesture', () => {
    const kinds = new Set(connections.map((c) => c.kind));
    expect(CONNECTION_KINDS.filter((k) => !kinds.has(k))).toEqual(['poolMember']);
  });

  it('leaves out unresolvable routes and references to missing resources', () => {
    expect(connections.some((c) => c.id === 'staticRoute:rA:1')).toBe(false);
    expect(connections.some((c) => c.from === 'ghost-subnet')).toBe(false);
  });
});

describe('connect: relation kinds', () => {
  it('gives a router interface the gateway IP, then the next free address', () => {
    const first = ok(connect(make(), id('rA'), id('s1'), 'routerInterface'));
    const ri = first.file.design.relations.at(-1);
    expect(ri).toMatchObject({ kind: 'routerInterface', from: 'rA', to: 's1', ip: '10.0.1.1' });
    expect(first.created).toEqual({ connections: [{ id: ri?.id, kind: 'routerInterface', from: 'rA', to: 's1', relationId: ri?.id }], relationId: ri?.id });
    const withPort = ok(connect(first.file, id('web-1'), id('s1'), 'port', { fixedIp: '10.0.1.2' }));
    const second = ok(connect(withPort.file, id('rB'), id('s1'), 'routerInterface'));
    expect(second.file.design.relations.at(-1)).toMatchObject({ from: 'rB', ip: '10.0.1.3' });
    const link = ok(connect(make(), id('rA'), id('link'), 'routerInterface'));
    expect(link.file.design.relations.at(-1)).toMatchObject({ ip: '10.255.0.1' });
  });

  it('makes an instance\'s first port primary and the others not', () => {
    const a = ok(connect(make(), id('web-1'), id('s1'), 'port'));
    const b = ok(connect(a.file, id('web-1'), id('s2'), 'port'));
    expect(b.file.design.relations.map((r) => r.kind === 'port' && r.primary)).toEqual([true, false]);
  });

  it('puts a second floating IP on a free port', () => {
    const file = make([rel('port', 'p1', 'web-1', 's1'), rel('port', 'p2', 'web-1', 's2', { primary: false })]);
    const a = ok(connect(file, id('fip-1'), id('web-1'), 'fipAssociation'));
    const b = ok(connect(a.file, id('fip-b'), id('web-1'), 'fipAssociation'));
    expect(b.file.design.relations.slice(2)).toMatchObject([{ portSubnet: null }, { portSubnet: 's2' }]);
  });

  it('chooses how a dependency travels', () => {
    const via = (to: string, props = {}) => {
      const r = ok(connect(make(), id('web-1'), id(to), 'dependsOn', props)).file.design.relations.at(-1);
      return r?.kind === 'dependsOn' ? [r.via, r.required, r.label] : null;
    };
    expect(via('app-2')).toEqual(['private', true, '']);
    expect(via('lb-2')).toEqual(['private', true, '']);
    expect(via('s3-a')).toEqual(['public', true, '']);
    expect(via('fip-1')).toEqual(['public', true, '']);
    expect(via('app-2', { via: 'public', label: 'API' })).toEqual(['public', true, 'API']);
  });

  it('forces a dependency across regions to go public, whatever the caller asks', () => {
    const r = ok(connect(make(), id('web-1'), id('web-n'), 'dependsOn', { via: 'private' })).file.design.relations.at(-1);
    expect(r).toMatchObject({ kind: 'dependsOn', via: 'public' });
  });

  it('gives DNS targets primary, then standby roles; members in multi mode', () => {
    const a = ok(connect(make(), id('www'), id('fip-1'), 'dnsTarget'));
    const b = ok(connect(a.file, id('www'), id('fip-b'), 'dnsTarget'));
    expect(b.file.design.relations.map((r) => r.kind === 'dnsTarget' && r.role)).toEqual(['primary', 'standby']);
    const multi = make([], res('dnsRecord', 'www', { mode: 'multi' }));
    expect(ok(connect(multi, id('www'), id('fip-1'), 'dnsTarget')).file.design.relations[0]).toMatchObject({ role: 'member' });
  });

  it('appends the plain relations', () => {
    for (const [from, to, kind] of [['vol-1', 'web-1', 'volumeAttachment'], ['db-1', 'app-2', 'replicatesWith'], ['glb', 'pp-1', 'glbTarget']] as const) {
      const r = ok(connect(make(), id(from), id(to), kind)).file.design.relations[0];
      expect(r && { kind: r.kind, from: r.from, to: r.to }).toEqual({ kind, from, to });
    }
  });

  it('refuses invalid properties instead of writing them', () => {
    expect(connect(make(), id('rA'), id('s1'), 'routerInterface', { ip: 'not-an-ip' })).toEqual({
      ok: false,
      reason: 'createRelation("routerInterface"): ip must be an IPv4 address such as 172.29.45.10, or null',
    });
  });

  it('refuses what canConnect refuses, with its reason', () => {
    expect(connect(make(), id('vol-1'), id('app-2'), 'volumeAttachment')).toEqual({
      ok: false,
      reason: 'vol-1 is in europe-se-1a but app-2 is in europe-se-1b: volumes can only be attached in their own zone.',
    });
  });
});

describe('connect: properties and gestures', () => {
  it('sets and re-points property references', () => {
    const file = make([], res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1'), vipAddress: '10.0.1.9' }));
    const cases: [string, string, ConnectionKind, string, unknown][] = [
      ['s1', 'link-net', 'subnetOf', 'network', 'link-net'],
      ['lb-1', 's2', 'vip', 'vipSubnet', 's2'],
      ['https', 'lb-2', 'listenerOf', 'loadBalancer', 'lb-2'],
      ['https', 'pool-a', 'defaultPool', 'defaultPool', 'pool-a'],
      ['pool-a', 'lb-2', 'poolOf', 'loadBalancer', 'lb-2'],
      ['hm-1', 'pool-b', 'monitors', 'pool', 'pool-b'],
      ['m1', 'pool-b', 'memberOf', 'pool', 'pool-b'],
      ['m1', 'app-2', 'memberTarget', 'instance', 'app-2'],
      ['www', 'example.com', 'recordOf', 'zone', 'example.com'],
      ['pp-1', 'web-1', 'publicPortOf', 'instance', 'web-1'],
    ];
    for (const [from, to, kind, property, value] of cases) {
      const result = ok(connect(file, id(from), id(to), kind));
      const updated = result.file.design.resources.find((r) => r.id === from) as unknown as Record<string, unknown>;
      expect([kind, updated[property]]).toEqual([kind, value]);
      expect(result.created.connections).toEqual([{ id: `${kind}:${from}->${to}`, kind, from, to }]);
      expect(result.file.design.relations).toBe(file.design.relations);
    }
    const vip = ok(connect(file, id('lb-1'), id('s2'), 'vip')).file.design.resources.find((r) => r.id === 'lb-1');
    expect(vip).toMatchObject({ vipSubnet: 's2', vipAddress: null });
  });

  it('creates a pool member with the listener\'s port, or 80', () => {
    const file = make([], res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }));
    const result = ok(connect(file, id('pool-a'), id('app-2'), 'poolMember'));
    const member = findOfKind(result.file.design, result.created.resourceId ?? null, 'poolMember');
    expect(member).toMatchObject({ name: 'pool-a/app-2', pool: 'pool-a', instance: 'app-2', protocolPort: 443, weight: 1, backup: false });
    expect(result.created.connections.map((c) => c.id)).toEqual([`memberOf:${member?.id ?? ''}->pool-a`, `memberTarget:${member?.id ?? ''}->app-2`]);
    const plain = ok(connect(make(), id('pool-b'), id('app-2'), 'poolMember', { backup: true }));
    expect(findOfKind(plain.file.design, plain.created.resourceId ?? null, 'poolMember')).toMatchObject({ protocolPort: 80, backup: true });
  });

  it('appends a static route to the subnet behind the target router, via its link address', () => {
    const file = make([
      rel('routerInterface', 'a-s1', 'rA', 's1', { ip: '10.0.1.1' }),
      rel('routerInterface', 'a-link', 'rA', 'link', { ip: '10.255.0.1' }),
      rel('routerInterface', 'b-link', 'rB', 'link', { ip: '10.255.0.2' }),
      rel('routerInterface', 'b-s2', 'rB', 's2', { ip: '10.0.2.1' }),
    ]);
    const there = ok(connect(file, id('rA'), id('rB'), 'staticRoute'));
    expect(findOfKind(there.file.design, id('rA'), 'router')?.routes).toEqual([{ destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' }]);
    expect(there.created.connections).toEqual([{ id: 'staticRoute:rA:0', kind: 'staticRoute', from: 'rA', to: 'rB', routeIndex: 0 }]);
    expect(listConnections(there.file.design).some((c) => c.id === 'staticRoute:rA:0' && c.to === 'rB')).toBe(true);
    const back = ok(connect(there.file, id('rB'), id('rA'), 'staticRoute'));
    expect(findOfKind(back.file.design, id('rB'), 'router')?.routes).toEqual([{ destinationCidr: '10.0.1.0/24', nextHop: '10.255.0.1' }]);
    const bare = make([rel('routerInterface', 'a-link', 'rA', 'link', { ip: '10.255.0.1' }), rel('routerInterface', 'b-link', 'rB', 'link', { ip: '10.255.0.2' })]);
    expect(findOfKind(ok(connect(bare, id('rA'), id('rB'), 'staticRoute')).file.design, id('rA'), 'router')?.routes).toEqual([{ destinationCidr: '', nextHop: '10.255.0.2' }]);
  });
});

describe('disconnect', () => {
  const file = everyKind();

  it('removes relations', () => {
    const result = disconnect(file, 'dep');
    expect(result.ok && result.file.design.relations.some((r) => r.id === 'dep')).toBe(false);
    expect(result.ok && result.file.design.resources).toBe(file.design.resources);
  });

  it('clears nullable references', () => {
    const cleared: [string, string, string][] = [
      ['vip:lb-1->s1', 'lb-1', 'vipSubnet'],
      ['defaultPool:https->pool-a', 'https', 'defaultPool'],
      ['memberTarget:m1->web-1', 'm1', 'instance'],
      ['recordOf:www->example.com', 'www', 'zone'],
      ['publicPortOf:pp-1->web-1', 'pp-1', 'instance'],
    ];
    for (const [connectionId, owner, property] of cleared) {
      const result = disconnect(file, connectionId);
      if (!result.ok) throw new Error(result.reason);
      const r = result.file.design.resources.find((x) => x.id === owner) as unknown as Record<string, unknown>;
      expect([connectionId, r[property]]).toEqual([connectionId, null]);
    }
  });

  it('refuses to cut required parent references', () => {
    expect(disconnect(file, 'subnetOf:s1->net-1')).toEqual({ ok: false, reason: 'A subnet always belongs to a network; delete it instead.' });
    expect(disconnect(file, 'listenerOf:https->lb-1')).toEqual({ ok: false, reason: 'A listener always belongs to a load balancer; delete it instead.' });
    expect(disconnect(file, 'poolOf:pool-a->lb-1')).toEqual({ ok: false, reason: 'A pool always belongs to a load balancer; delete it instead.' });
    expect(disconnect(file, 'monitors:hm-1->pool-a')).toEqual({ ok: false, reason: 'A health monitor always belongs to a pool; delete it instead.' });
    expect(disconnect(file, 'memberOf:m1->pool-a')).toEqual({ ok: false, reason: 'A pool member always belongs to a pool; delete it instead.' });
  });

  it('removes a static route', () => {
    const result = disconnect(file, 'staticRoute:rA:0');
    expect(result.ok && findOfKind(result.file.design, id('rA'), 'router')?.routes).toEqual([{ destinationCidr: '10.7.0.0/24', nextHop: '10.255.0.7' }]);
  });

  it('refuses unknown ids', () => {
    expect(disconnect(file, 'nope')).toEqual({ ok: false, reason: 'This connection no longer exists.' });
  });
});
