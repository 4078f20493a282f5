import { afterEach, describe, expect, it } from 'vitest';
import { MAX_WARNINGS } from './restore-issues';
import { doc, refused, restored, ZONES } from './restore-test-helpers';

const NET = { id: 'n1', kind: 'network', region: 'r1' };
const SUBNET = { id: 's1', kind: 'subnet', network: 'n1', cidr: '172.29.45.0/24' };
const INSTANCE = { id: 'i1', kind: 'instance', availabilityZone: 'azA' };

describe('defaults', () => {
  it('fills every field a file leaves out', () => {
    const { file, warnings } = restored(
      doc(
        [
          ...ZONES,
          { id: 'az-x', kind: 'availabilityZone', region: 'r1' },
          NET,
          SUBNET,
          { id: 's2', kind: 'subnet', network: 'n1', cidr: '10.0.0.0/24', gatewayIp: null },
          INSTANCE,
          { id: 'lb', kind: 'loadBalancer' },
          { id: 'o1', kind: 'objectStorageEndpoint', availabilityZone: 'azB', replicated: true },
          { id: 'o2', kind: 'objectStorageEndpoint', url: 'https://s3.example.com' },
          { id: 'rec', kind: 'dnsRecord', mode: 'multi' },
          { id: 'f1', kind: 'floatingIp', pool: 'europe-se-1-1a-net0' },
        ],
        [
          { id: 'd-i', kind: 'dependsOn', from: 'i1', to: 'i2' },
          { id: 'd-lb', kind: 'dependsOn', from: 'i1', to: 'lb' },
          { id: 'd-o', kind: 'dependsOn', from: 'i1', to: 'o1' },
          { id: 'd-f', kind: 'dependsOn', from: 'i1', to: 'f1', via: 'private' },
          { id: 't', kind: 'dnsTarget', from: 'rec', to: 'f1' },
        ],
      ),
    );
    expect(warnings.map((w) => w.message)).toEqual(['Removed dependency "d-i": its target "i2" does not exist in the design']);
    const byId = new Map(file.design.resources.map((r) => [r.id as string, r]));
    expect(byId.get('azA')).toEqual({
      id: 'azA',
      kind: 'availabilityZone',
      name: 'europe-se-1a',
      region: 'r1',
      order: 0,
      externalNetworks: ['europe-se-1-1a-net0'],
    });
    expect(byId.get('azB')).toMatchObject({ order: 1, externalNetworks: ['europe-se-1-1b-net0'] });
    expect(byId.get('az-x')).toMatchObject({ name: 'az-x', order: 2, externalNetworks: ['az-x-net0'] });
    expect(byId.get('r1')).toEqual({ id: 'r1', kind: 'region', name: 'europe-se-1' });
    expect(byId.get('s1')).toMatchObject({ name: 's1', gatewayIp: '172.29.45.1', enableDhcp: true, role: 'workload' });
    expect(byId.get('s2')).toMatchObject({ gatewayIp: null });
    expect(byId.get('o1')).toMatchObject({ api: 's3', url: 'https://object-eu-se-1b-rep.binero.cloud' });
    expect(byId.get('o2')).toMatchObject({ url: 'https://s3.example.com', availabilityZone: null });
    const relations = Object.fromEntries(file.design.relations.map((r) => [r.id, r]));
    expect(relations['d-lb']).toEqual({
      id: 'd-lb',
      kind: 'dependsOn',
      from: 'i1',
      to: 'lb',
      required: true,
      via: 'private',
      failoverGroup: null,
      label: '',
    });
    expect(relations['d-o']).toMatchObject({ via: 'public' });
    expect(relations['d-f']).toMatchObject({ via: 'private' });
    expect(relations.t).toMatchObject({ role: 'member' });
    expect(file.layout).toEqual({ nodes: {} });
  });
});

describe('ids', () => {
  it('gives later duplicates a new id; references keep meaning the first', () => {
    const { file, warnings } = restored(
      doc(
        [...ZONES, NET, SUBNET, { id: 's1', kind: 'instance' }, { id: 's1-2', kind: 'instance' }, INSTANCE],
        [{ id: 'p', kind: 'port', from: 'i1', to: 's1' }],
      ),
    );
    expect(file.design.resources.map((r) => r.id)).toEqual(['r1', 'azA', 'azB', 'n1', 's1', 's1-3', 's1-2', 'i1']);
    expect(file.design.relations[0]).toMatchObject({ from: 'i1', to: 's1' });
    expect(warnings).toEqual([
      {
        path: 'design.resources[5].id',
        message:
          'Instance "s1" has the same id as an earlier subnet; it now has the id "s1-3", and references to "s1" still mean the subnet',
      },
    ]);
  });

  it('generates ids for resources and relations without one', () => {
    const { file, warnings } = restored(
      doc(
        [...ZONES, NET, SUBNET, { kind: 'instance', availabilityZone: 'azA' }],
        [
          { kind: 'port', from: 'i1', to: 's1' },
          { id: 'port:i1->s1', kind: 'volumeAttachment', from: 'v', to: 'i1' },
        ],
      ),
    );
    const instance = file.design.resources[5];
    expect(instance?.id).toMatch(/^instance-[0-9a-z]+$/);
    expect(instance?.name).toBe(instance?.id);
    expect(warnings[0]).toEqual({
      path: 'design.resources[5].id',
      message: `An instance had no id; it now has the id "${instance?.id ?? ''}"`,
    });
    // The derived id is taken by a later relation, so it gets a suffix.
    expect(warnings[1]).toEqual({
      path: 'design.relations[0].id',
      message: 'The port from "i1" to "s1" had no id; it now has the id "port:i1->s1-2"',
    });
  });

  it('gives a random id to a relation whose derived id would be too long', () => {
    const long = 'x'.repeat(190);
    const { file } = restored(doc([{ id: long, kind: 'instance' }, INSTANCE], [{ kind: 'replicatesWith', from: 'i1', to: long }]));
    expect(file.design.relations[0]?.id).toMatch(/^replicatesWith-[0-9a-z]+$/);
  });
});

describe('unknown kinds and fields', () => {
  it('skips entries of unknown kind, and what refers to them', () => {
    const { file, warnings } = restored(
      doc(
        [...ZONES, { id: 'fw', kind: 'firewall' }, INSTANCE],
        [
          { id: 'x', kind: 'peering', from: 'i1', to: 'fw' },
          { id: 'd', kind: 'dependsOn', from: 'i1', to: 'fw' },
        ],
      ),
    );
    expect(file.design.resources.map((r) => r.id)).toEqual(['r1', 'azA', 'azB', 'i1']);
    expect(file.design.relations).toEqual([]);
    expect(warnings).toEqual([
      { path: 'design.resources[3]', message: 'Skipped the resource "fw": Faultline has no resource kind "firewall"' },
      { path: 'design.relations[0]', message: 'Skipped the relation "x": Faultline has no relation kind "peering"' },
      { path: 'design.relations[1].to', message: 'Removed dependency "d": its target "fw" was removed' },
    ]);
  });

  it('leaves out unknown fields with a warning', () => {
    const { file, warnings } = restored(doc([{ id: 'r1', kind: 'region', color: 'red', zones: 2 }], [], { extra: 1 }));
    expect(file.design.resources[0]).toEqual({ id: 'r1', kind: 'region', name: 'r1' });
    expect(warnings).toEqual([
      { path: 'extra', message: 'The file: ignored the unknown field "extra"' },
      { path: 'design.resources[0]', message: 'Region "r1": ignored the unknown fields "color", "zones"' },
    ]);
  });
});

describe('prototype keys', () => {
  afterEach(() => {
    // Clean up in case a regression polluted the prototype, so that other tests are not affected.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('strips __proto__, constructor and prototype anywhere and never pollutes Object.prototype', () => {
    const text = `{
      "format": "faultline.design", "version": 1, "__proto__": { "polluted": "file" },
      "design": { "id": "d", "resources": [
        { "id": "r1", "kind": "region", "__proto__": { "polluted": "resource" }, "constructor": { "prototype": { "polluted": 1 } } }
      ] },
      "layout": { "nodes": { "__proto__": { "x": 1, "y": 2 }, "r1": { "x": 1, "y": 2, "prototype": 3 } } }
    }`;
    const { file, warnings } = restored(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const region = file.design.resources[0];
    expect(region).toEqual({ id: 'r1', kind: 'region', name: 'r1' });
    expect(Object.getPrototypeOf(region)).toBe(Object.prototype);
    expect(Object.keys(file.layout.nodes)).toEqual(['r1']);
    expect(Object.getPrototypeOf(file.layout.nodes)).toBe(Object.prototype);
    expect(warnings).toEqual([
      { path: '__proto__', message: 'Removed the key "__proto__", which a design file may not use' },
      { path: 'design.resources[0].__proto__', message: 'Removed the key "__proto__", which a design file may not use' },
      { path: 'design.resources[0].constructor', message: 'Removed the key "constructor", which a design file may not use' },
      { path: 'layout.nodes.__proto__', message: 'Removed the key "__proto__", which a design file may not use' },
      { path: 'layout.nodes.r1.prototype', message: 'Removed the key "prototype", which a design file may not use' },
    ]);
  });

  it('refuses __proto__, constructor and prototype as ids', () => {
    const rule = 'must be a non-empty text of at most 200 characters other than __proto__, constructor and prototype';
    expect(refused('{"format":"faultline.design","version":1,"design":{"id":"d","resources":[{"id":"__proto__","kind":"region"}]}}')).toEqual({
      path: 'design.resources[0].id',
      message: `Region: id ${rule}, found "__proto__"`,
    });
    expect(refused(doc([ZONES[0]], [{ id: 'prototype', kind: 'port', from: 'a', to: 'b' }]))).toEqual({
      path: 'design.relations[0].id',
      message: `Port: id ${rule}, found "prototype"`,
    });
  });
});

describe('references', () => {
  it('removes relations whose ends are missing, of the wrong kind or the same resource', () => {
    const { file, warnings } = restored(
      doc(
        [...ZONES, NET, SUBNET, INSTANCE, { id: 'rt', kind: 'router' }],
        [
          { id: 'ok', kind: 'port', from: 'i1', to: 's1' },
          { id: 'gone', kind: 'port', from: 'i9', to: 's1' },
          { id: 'wrong', kind: 'port', from: 'rt', to: 's1' },
          { id: 'fip', kind: 'fipAssociation', from: 'rt', to: 'i1' },
          { id: 'self', kind: 'replicatesWith', from: 'i1', to: 'i1' },
        ],
      ),
    );
    expect(file.design.relations.map((r) => r.id)).toEqual(['ok']);
    expect(warnings).toEqual([
      { path: 'design.relations[1].from', message: 'Removed port "gone": its source "i9" does not exist in the design' },
      { path: 'design.relations[2].from', message: 'Removed port "wrong": its source "rt" is a router, not an instance' },
      { path: 'design.relations[3].from', message: 'Removed floating IP association "fip": its source "rt" is a router, not a floating IP' },
      { path: 'design.relations[4].to', message: 'Removed replication link "self": it connects "i1" to itself' },
    ]);
  });

  it('sets optional references to missing resources to null', () => {
    const { file, warnings } = restored(
      doc([
        ...ZONES,
        NET,
        SUBNET,
        { id: 'i1', kind: 'instance', availabilityZone: 'az9' },
        { id: 'lb', kind: 'loadBalancer', availabilityZone: 'azA', vipSubnet: 'n1' },
        { id: 'rt', kind: 'router', availabilityZoneHints: ['azA', 'azZ', 'azB'] },
        { id: 'l1', kind: 'listener', loadBalancer: 'lb', defaultPool: 'p9', l7Policies: [{ action: 'REDIRECT_TO_POOL', value: 'p9' }] },
      ]),
    );
    expect(file.design.resources.find((r) => r.id === 'i1')).toMatchObject({ availabilityZone: null });
    expect(file.design.resources.find((r) => r.id === 'lb')).toMatchObject({ availabilityZone: 'azA', vipSubnet: null });
    expect(file.design.resources.find((r) => r.id === 'rt')).toMatchObject({ availabilityZoneHints: ['azA', 'azB'] });
    expect(file.design.resources.find((r) => r.id === 'l1')).toMatchObject({
      defaultPool: null,
      l7Policies: [{ action: 'REDIRECT_TO_POOL', value: null }],
    });
    expect(warnings).toEqual([
      { path: 'design.resources[5].availabilityZone', message: 'Instance "i1": availabilityZone "az9" does not exist in the design, so it was set to null' },
      { path: 'design.resources[6].vipSubnet', message: 'Load balancer "lb": vipSubnet "n1" is a network, not a subnet, so it was set to null' },
      { path: 'design.resources[7].availabilityZoneHints[1]', message: 'Router "rt": availabilityZoneHints entry "azZ" does not exist in the design, so it was left out' },
      { path: 'design.resources[8].defaultPool', message: 'Listener "l1": defaultPool "p9" does not exist in the design, so it was set to null' },
      { path: 'design.resources[8].l7Policies[0].value', message: 'Listener "l1": the pool "p9" of this redirect does not exist in the design, so it was set to null' },
    ]);
  });

  it('removes resources whose parent is missing, in cascade', () => {
    const { file, warnings } = restored(
      doc(
        [{ id: 'net', kind: 'network', region: 'gone' }, { id: 's', kind: 'subnet', network: 'net', cidr: '10.0.0.0/24' }, INSTANCE,
          { id: 'lb', kind: 'loadBalancer', vipSubnet: 's' }, { id: 'm', kind: 'poolMember', pool: 'lb' }],
        [{ id: 'p', kind: 'port', from: 'i1', to: 's' }],
        { layout: { nodes: { s: { x: 1, y: 2 }, i1: { x: 3, y: 4 } } } },
      ),
    );
    expect(file.design.resources.map((r) => r.id)).toEqual(['i1', 'lb']);
    expect(file.design.relations).toEqual([]);
    expect(file.layout.nodes).toEqual({ i1: { x: 3, y: 4 } });
    expect(warnings).toEqual([
      { path: 'design.resources[0].region', message: 'Removed network "net": its region "gone" does not exist in the design' },
      { path: 'design.resources[1].network', message: 'Removed subnet "s": its network "net" was removed' },
      { path: 'design.resources[4].pool', message: 'Removed pool member "m": its pool "lb" is a load balancer, not a pool' },
      { path: 'design.resources[2].availabilityZone', message: 'Instance "i1": availabilityZone "azA" does not exist in the design, so it was set to null' },
      { path: 'design.resources[3].vipSubnet', message: 'Load balancer "lb": vipSubnet "s" was removed, so it was set to null' },
      { path: 'design.relations[0].to', message: 'Removed port "p": its target "s" was removed' },
    ]);
  });

  it('caps the warning list and sums up the rest', () => {
    const relations = Array.from({ length: MAX_WARNINGS + 20 }, (_, i) => ({ id: `p${i}`, kind: 'port', from: 'x', to: 'y' }));
    const { warnings } = restored(doc([], relations));
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings[MAX_WARNINGS]).toEqual({ path: '', message: '…and 20 more warnings like the ones above' });
  });
});

describe('layout', () => {
  it('keeps valid positions and drops unknown or invalid ones with a warning', () => {
    const layout = {
      nodes: {
        r1: { x: 10, y: 20, width: 400, height: 300 },
        azA: { x: 5, y: 6, parent: 'r1' },
        azB: { x: 'left', y: 6 },
        ghost: { x: 1, y: 1 },
        n1: { x: 1, y: 1, parent: 'nowhere' },
      },
      viewport: { x: 0, y: 0, zoom: 0 },
    };
    const { file, warnings } = restored(doc([...ZONES, NET], [], { layout }));
    expect(file.layout).toEqual({
      nodes: { r1: { x: 10, y: 20, width: 400, height: 300 }, azA: { x: 5, y: 6, parent: 'r1' }, n1: { x: 1, y: 1 } },
    });
    expect(warnings).toEqual([
      {
        path: 'layout.nodes.azB.x',
        message: 'The position of availability zone "azB": x must be a number from -10000000 to 10000000, found "left"; it was dropped and the canvas will place the resource afresh',
      },
      { path: 'layout.nodes.ghost', message: 'Dropped the position of "ghost": no resource has this id' },
      { path: 'layout.nodes.n1.parent', message: 'The position of network "n1": its container "nowhere" is not a resource of the design, so it was left out' },
      { path: 'layout.viewport.zoom', message: 'The viewport: zoom must be a number from 0.001 to 100, found 0; the canvas will fit the design into view instead' },
    ]);
  });

  it('resets a layout that is not an object', () => {
    const { file, warnings } = restored(doc(ZONES, [], { layout: 'grid' }));
    expect(file.layout).toEqual({ nodes: {} });
    expect(warnings).toEqual([
      { path: 'layout', message: 'The layout must be an object, found "grid"; every resource will be placed afresh' },
    ]);
  });

  it('drops positions with numbers too large to represent', () => {
    const text = JSON.stringify(doc(ZONES, [], { layout: { nodes: { r1: { x: 1, y: 2 } } } })).replace('"x":1', '"x":1e400');
    const { file, warnings } = restored(text);
    expect(file.layout.nodes).toEqual({});
    expect(warnings[0]?.message).toBe(
      'The position of region "r1": x must be a finite number, found a number too large to represent; it was dropped and the canvas will place the resource afresh',
    );
  });
});
