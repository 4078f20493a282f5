import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS } from '../model/connections';
import { resourceId } from '../model/ids';
import { designOf, fileOf, rel, res, withResources, world } from '../model/testFixtures';
import type { DesignFile, NodeLayout, Resource } from '../model/types';
import type { FlowNode } from './flowTypes';
import { AZ_MIN, CONTENT_ORIGIN, NODE_HEIGHT, NODE_WIDTH, rectsOverlap, REGION_MIN } from './geometry';
import { designToFlow, mapEdges, mapNodes } from './mapping';

const id = resourceId;

function withLayout(file: DesignFile, nodes: Record<string, NodeLayout>): DesignFile {
  return { ...file, layout: { nodes } };
}

function byId(nodes: FlowNode[]): Map<string, FlowNode> {
  return new Map(nodes.map((n) => [n.id, n]));
}

function parentOf(nodes: FlowNode[], nodeId: string): string | undefined {
  const node = byId(nodes).get(nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  return node.parentId;
}

/** The world of the model fixtures with one connection of every kind. */
function connectedWorld(): DesignFile {
  const resources = withResources(
    world(),
    res('subnet', 's1', { network: id('net-1') }),
    res('router', 'rA', {
      availabilityZoneHints: [id('europe-se-1a')],
      externalNetwork: 'europe-se-1-1a-net0',
      routes: [{ destinationCidr: '10.0.2.0/24', nextHop: '10.255.0.2' }],
    }),
    res('loadBalancer', 'lb-1', { availabilityZone: id('europe-se-1a'), vipSubnet: id('s1') }),
    res('listener', 'https', { loadBalancer: id('lb-1'), defaultPool: id('pool-a') }),
    res('dnsRecord', 'www', { zone: id('example.com') }),
    res('publicPort', 'pp-1', { network: 'europe-se-1-1a-net0', instance: id('web-1') }),
    res('poolMember', 'm1', { pool: id('pool-a'), instance: id('app-2') }),
  );
  return fileOf(
    designOf(resources, [
      rel('routerInterface', 'ri-a', 'rA', 's1', { ip: '10.0.1.1' }),
      rel('routerInterface', 'ri-a-link', 'rA', 'link', { ip: '10.255.0.1' }),
      rel('routerInterface', 'ri-b-link', 'rB', 'link', { ip: '10.255.0.2' }),
      rel('port', 'p1', 'web-1', 's1'),
      rel('dependsOn', 'd1', 'web-1', 'db-1'),
      rel('replicatesWith', 'rep', 'db-1', 'app-2'),
      rel('fipAssociation', 'fa', 'fip-1', 'web-1'),
      rel('volumeAttachment', 'va', 'vol-1', 'web-1'),
      rel('glbTarget', 'gt', 'glb', 'fip-1'),
      rel('dnsTarget', 'dt', 'www', 'glb'),
    ]),
  );
}

describe('mapNodes: containers and parents', () => {
  const nodes = mapNodes(fileOf(designOf(world())));

  it('makes one container node per region and AZ, each AZ inside its region', () => {
    expect(nodes.filter((n) => n.type === 'region').map((n) => n.id)).toEqual(['europe-se-1', 'eu-north-1']);
    expect(nodes.filter((n) => n.type === 'availabilityZone').map((n) => [n.id, n.parentId])).toEqual([
      ['europe-se-1a', 'europe-se-1'],
      ['europe-se-1b', 'europe-se-1'],
      ['eu-north-1a', 'eu-north-1'],
    ]);
    expect(parentOf(nodes, 'europe-se-1')).toBeUndefined();
  });

  it('lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId !== undefined) expect(seen.has(n.parentId), `${n.id} comes after ${n.parentId}`).toBe(true);
      seen.add(n.id);
    }
  });

  it('puts AZ-scoped resources in their AZ', () => {
    expect(parentOf(nodes, 'web-1')).toBe('europe-se-1a');
    expect(parentOf(nodes, 'app-2')).toBe('europe-se-1b');
    expect(parentOf(nodes, 'rB')).toBe('europe-se-1b');
    expect(parentOf(nodes, 'vol-1')).toBe('europe-se-1a');
    expect(parentOf(nodes, 'lb-2')).toBe('europe-se-1b');
    expect(parentOf(nodes, 's3-a')).toBe('europe-se-1a');
  });

  it('puts floating IPs and public ports in the AZ that lists their external network', () => {
    expect(parentOf(nodes, 'fip-b')).toBe('europe-se-1b');
    expect(parentOf(nodes, 'fip-n')).toBe('eu-north-1a');
    expect(parentOf(nodes, 'pp-1')).toBe('europe-se-1a');
  });

  it("puts listeners, pools and health monitors in their load balancer's AZ", () => {
    expect(parentOf(nodes, 'https')).toBe('europe-se-1a');
    expect(parentOf(nodes, 'pool-b')).toBe('europe-se-1b');
    expect(parentOf(nodes, 'hm-1')).toBe('europe-se-1a');
  });

  it('puts networks and subnets in their region, outside the AZs', () => {
    expect(parentOf(nodes, 'net-1')).toBe('europe-se-1');
    expect(parentOf(nodes, 's1')).toBe('europe-se-1');
    expect(parentOf(nodes, 'db-subnet')).toBe('eu-north-1');
  });

  it('keeps global resources outside the regions and draws no node for pool members', () => {
    for (const g of ['glb', 'example.com', 'www']) expect(parentOf(nodes, g)).toBeUndefined();
    expect(byId(nodes).has('m1')).toBe(false);
  });

  it("places resources without a chosen zone in their region's first AZ, marked as defaulted", () => {
    const resources = withResources(
      world(),
      res('instance', 'web-1', { availabilityZone: null }),
      res('router', 'rB', { availabilityZoneHints: [], externalNetwork: 'europe-se-1-1b-net0' }),
      res('loadBalancer', 'lb-2', { availabilityZone: null }),
    );
    const mapped = byId(mapNodes(fileOf(designOf(resources))));
    const web = mapped.get('web-1');
    expect(web?.parentId).toBe('europe-se-1a');
    expect(web?.type === 'resource' && web.data).toMatchObject({ zone: 'europe-se-1a', zoneDefaulted: true, unplaced: false });
    expect(mapped.get('rB')?.parentId).toBe('europe-se-1a');
    expect(mapped.get('lb-2')?.parentId).toBe('europe-se-1a');
  });

  it('puts a router with several hints in the first zone of its region (region order)', () => {
    const resources = withResources(world(), res('router', 'rB', { availabilityZoneHints: [id('europe-se-1b'), id('europe-se-1a')] }));
    expect(parentOf(mapNodes(fileOf(designOf(resources))), 'rB')).toBe('europe-se-1a');
  });

  it('marks AZ-scoped resources that have no zone to go to as unplaced, at the top level', () => {
    const nodes2 = mapNodes(fileOf(designOf([res('instance', 'lonely'), res('floatingIp', 'fip-x', { pool: 'nowhere-net0' })])));
    for (const n of nodes2) {
      expect(n.parentId).toBeUndefined();
      expect(n.type === 'resource' && n.data.unplaced).toBe(true);
    }
  });

  it('shows the external networks in the AZ data and the zone name on resources', () => {
    const az = byId(nodes).get('europe-se-1b');
    expect(az?.type === 'availabilityZone' && az.data.externalNetworks).toBe('europe-se-1-1b-net0');
    const fip = byId(nodes).get('fip-b');
    expect(fip?.type === 'resource' && fip.data).toEqual({
      resourceId: 'fip-b',
      kind: 'floatingIp',
      name: 'fip-b',
      zone: 'europe-se-1b',
      zoneDefaulted: false,
      unplaced: false,
    });
  });
});

describe('mapNodes: positions and sizes', () => {
  const twoZones: Resource[] = [
    res('region', 'r1'),
    res('availabilityZone', 'az-a', { region: id('r1'), order: 0, externalNetworks: ['r1-1a-net0'] }),
    res('availabilityZone', 'az-b', { region: id('r1'), order: 1, externalNetworks: ['r1-1b-net0'] }),
  ];

  it('gives every resource node an explicit 180×56 size, measured as such', () => {
    for (const n of mapNodes(fileOf(designOf(world())))) {
      if (n.type !== 'resource') continue;
      expect([n.width, n.height, n.measured?.width, n.measured?.height]).toEqual([NODE_WIDTH, NODE_HEIGHT, NODE_WIDTH, NODE_HEIGHT]);
    }
  });

  it('gives empty containers their minimum size', () => {
    const nodes = byId(mapNodes(fileOf(designOf(twoZones))));
    expect([nodes.get('az-a')?.width, nodes.get('az-a')?.height]).toEqual([AZ_MIN.width, AZ_MIN.height]);
    // The region holds two minimum zones side by side: 40 + 460 + 40 + 460 + 40.
    expect(nodes.get('r1')?.width).toBe(1040);
    expect(nodes.get('r1')?.height).toBe(Math.max(REGION_MIN.height, 80 + AZ_MIN.height + 40));
  });

  it('uses stored positions relative to the container and grows containers to fit (padding 40)', () => {
    const file = withLayout(fileOf(designOf([...twoZones, res('instance', 'i1', { availabilityZone: id('az-a') })])), {
      r1: { x: 100, y: 200 },
      'az-a': { x: 40, y: 80, parent: id('r1') },
      i1: { x: 600, y: 400, parent: id('az-a') },
    });
    const nodes = byId(mapNodes(file));
    expect(nodes.get('i1')?.position).toEqual({ x: 600, y: 400 });
    expect([nodes.get('az-a')?.width, nodes.get('az-a')?.height]).toEqual([600 + 180 + 40, 400 + 56 + 40]);
    expect(nodes.get('r1')?.position).toEqual({ x: 100, y: 200 });
    // The region fits the grown zone: 40 + 820 + 40, and 80 + 496 + 40.
    expect(nodes.get('r1')?.width).toBeGreaterThanOrEqual(40 + 820 + 40);
    expect(nodes.get('r1')?.height).toBe(80 + 496 + 40);
  });

  it('keeps a stored container size larger than its content', () => {
    const file = withLayout(fileOf(designOf(twoZones)), { 'az-a': { x: 40, y: 80, width: 900, height: 700, parent: id('r1') } });
    const az = byId(mapNodes(file)).get('az-a');
    expect([az?.width, az?.height]).toEqual([900, 700]);
  });

  it('ignores a position stored for another container and finds a free slot instead', () => {
    const file = withLayout(fileOf(designOf([...twoZones, res('instance', 'i1', { availabilityZone: id('az-b') })])), {
      i1: { x: 999, y: 999, parent: id('az-a') },
    });
    expect(byId(mapNodes(file)).get('i1')?.position).toEqual(CONTENT_ORIGIN);
  });

  it('places nodes without a position in free slots that overlap no sibling', () => {
    const instances = Array.from({ length: 7 }, (_, i) => res('instance', `i${i}`, { availabilityZone: id('az-a') }));
    const file = withLayout(fileOf(designOf([...twoZones, ...instances])), { i3: { x: 40, y: 80, parent: id('az-a') } });
    const children = mapNodes(file).filter((n) => n.parentId === 'az-a');
    expect(children).toHaveLength(7);
    const rects = children.map((n) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 }));
    rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(rectsOverlap(a, b)).toBe(false)));
    expect(byId(children).get('i3')?.position).toEqual({ x: 40, y: 80 });
  });

  it('lays many unplaced resources of a zone out in a roughly square grid', () => {
    const instances = Array.from({ length: 50 }, (_, i) => res('instance', `i${i}`, { availabilityZone: id('az-a') }));
    const children = mapNodes(fileOf(designOf([...twoZones, ...instances]))).filter((n) => n.parentId === 'az-a');
    expect(new Set(children.map((n) => n.position.x)).size).toBe(5);
    expect(new Set(children.map((n) => n.position.y)).size).toBe(10);
  });

  it('places networks and subnets below the zones of their region', () => {
    const file = fileOf(designOf([...twoZones, res('network', 'n1', { region: id('r1') }), res('subnet', 'sn', { network: id('n1') })]));
    const nodes = byId(mapNodes(file));
    const zoneBottom = 80 + AZ_MIN.height;
    expect(nodes.get('n1')?.position.y).toBeGreaterThan(zoneBottom);
    expect(nodes.get('sn')?.position.y).toBeGreaterThan(zoneBottom);
  });

  it('keeps frozen container sizes while a drag is in progress', () => {
    const file = withLayout(fileOf(designOf([...twoZones, res('instance', 'i1', { availabilityZone: id('az-a') })])), {
      i1: { x: 900, y: 40, parent: id('az-a') },
    });
    const az = byId(mapNodes(file, { frozenSizes: new Map([['az-a', { width: 460, height: 280 }]]) })).get('az-a');
    expect([az?.width, az?.height]).toEqual([460, 280]);
  });

  it('marks the selected nodes', () => {
    const nodes = mapNodes(fileOf(designOf(world())), { selection: { resources: ['web-1', 'europe-se-1b'], connections: [] } });
    expect(nodes.filter((n) => n.selected).map((n) => n.id).sort()).toEqual(['europe-se-1b', 'web-1']);
  });
});

describe('mapEdges', () => {
  const edges = mapEdges(connectedWorld().design);

  it('draws one edge for every kind of connection, pool members as pool → instance', () => {
    const kinds = new Set(edges.map((e) => e.data?.kind));
    const expected = CONNECTION_KINDS.filter((k) => k !== 'memberOf' && k !== 'memberTarget');
    expect([...kinds].sort()).toEqual([...expected].sort());
  });

  it('uses the connection ids of the model, with relation, property and route edges', () => {
    const ids = edges.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['ri-a', 'p1', 'subnetOf:s1->net-1', 'vip:lb-1->s1', 'staticRoute:rA:0']));
    const route = edges.find((e) => e.id === 'staticRoute:rA:0');
    expect([route?.source, route?.target]).toEqual(['rA', 'rB']);
  });

  it('draws a pool member as an edge from its pool to its instance that carries the member', () => {
    const member = edges.find((e) => e.data?.kind === 'poolMember');
    expect(member).toMatchObject({ id: 'm1', source: 'pool-a', target: 'app-2', data: { connectionId: 'm1', memberId: 'm1' } });
    expect(edges.some((e) => e.source === 'm1' || e.target === 'm1')).toBe(false);
  });

  it('draws no edge for a member without an instance', () => {
    expect(mapEdges(designOf(world())).filter((e) => e.data?.kind === 'poolMember')).toEqual([]);
  });

  it('marks selected connections, and a member edge when its member is selected', () => {
    const selected = mapEdges(connectedWorld().design, { selection: { resources: ['m1'], connections: ['p1'] } });
    expect(selected.filter((e) => e.selected).map((e) => e.id).sort()).toEqual(['m1', 'p1']);
  });

  it('returns nodes and edges together', () => {
    const flow = designToFlow(connectedWorld());
    const nodeIds = new Set(flow.nodes.map((n) => n.id));
    for (const e of flow.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
  });
});

describe('mapNodes with an earlier mapping of the same design', () => {
  it('keeps the earlier objects where nothing changed, and equals a fresh mapping', () => {
    // Every node stored where the mapping first puts it, as the canvas keeps them.
    const plain = fileOf(designOf(world()));
    const pinned = Object.fromEntries(mapNodes(plain).map((n) => [n.id, { ...n.position, ...(n.parentId ? { parent: id(n.parentId) } : {}) }]));
    const file: DesignFile = { ...plain, layout: { nodes: pinned } };
    const before = mapNodes(file);
    const moved: DesignFile = { ...file, layout: { nodes: { ...file.layout.nodes, 'web-1': { x: 40, y: 1000, parent: id('europe-se-1a') } } } };
    const after = mapNodes(moved, { previous: { design: file.design, nodes: before } });
    expect(after).toEqual(mapNodes(moved));
    // The node, and the zone and region growing to fit it, are new; every other node is the earlier one.
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['europe-se-1', 'europe-se-1a', 'web-1']);
    // Another design (an edit of a resource) maps every node afresh.
    const renamed = { ...moved, design: { ...moved.design } };
    expect(mapNodes(renamed, { previous: { design: file.design, nodes: before } }).some((n, i) => n === before[i])).toBe(false);
  });
});
