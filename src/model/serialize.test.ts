import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCidr, parseCidr } from './cidr';
import { createRelation, createResource, emptyDesignFile, objectStorageUrl } from './defaults';
import { designId, resourceId } from './ids';
import { parseDesignText } from './restore';
import { RELATION_ENDPOINTS } from './schema';
import { serializeDesignFile } from './serialize';
import { RELATION_KINDS, type DesignFile, type NodeLayout, type Relation, type Resource } from './types';

const id = resourceId;

function smallFile(): DesignFile {
  const file = emptyDesignFile('Small');
  return {
    ...file,
    design: {
      ...file.design,
      id: designId('d1'),
      resources: [createResource('region', { id: id('r1') }), createResource('instance', { id: id('i1'), role: 'web' })],
      relations: [],
    },
    layout: { nodes: { r1: { x: 0, y: 0, width: 800, height: 600 }, i1: { parent: id('r1'), y: 20, x: 10 } } },
  };
}

describe('serializeDesignFile', () => {
  it('writes canonical key order, sorted layout nodes, 2-space indentation and a trailing newline', () => {
    expect(serializeDesignFile(smallFile())).toBe(`{
  "format": "faultline.design",
  "version": 1,
  "design": {
    "id": "d1",
    "name": "Small",
    "description": "",
    "resources": [
      {
        "id": "r1",
        "kind": "region",
        "name": "r1"
      },
      {
        "id": "i1",
        "kind": "instance",
        "name": "i1",
        "availabilityZone": null,
        "flavor": "standard",
        "role": "web",
        "serverGroup": null
      }
    ],
    "relations": []
  },
  "layout": {
    "nodes": {
      "i1": {
        "x": 10,
        "y": 20,
        "parent": "r1"
      },
      "r1": {
        "x": 0,
        "y": 0,
        "width": 800,
        "height": 600
      }
    }
  }
}
`);
  });

  it('gives the same bytes whatever order the keys were set in, and leaves out unknown fields', () => {
    const file = smallFile();
    const shuffled = JSON.parse(JSON.stringify(file), (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as DesignFile;
    const extra = { ...shuffled, design: { ...shuffled.design, resources: shuffled.design.resources.map((r) => ({ ...r, selected: true })) } };
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(file));
    expect(serializeDesignFile(extra)).toBe(serializeDesignFile(file));
  });

  it('orders nested objects by their schema too', () => {
    const router = createResource('router', { id: id('rt'), routes: [{ nextHop: '10.0.0.1', destinationCidr: '10.1.0.0/16' }] });
    const file = { ...smallFile(), design: { ...smallFile().design, resources: [router] }, layout: { nodes: {} } };
    expect(serializeDesignFile(file)).toContain('"routes": [\n          {\n            "destinationCidr": "10.1.0.0/16",\n            "nextHop": "10.0.0.1"');
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip over designs made with the factories.
// ---------------------------------------------------------------------------------------------

// NUL and U+FFFD mark binary files for the import gate, so names never contain them.
const text = fc.string({ unit: 'grapheme', maxLength: 16 }).filter((s) => !s.includes('\u0000') && !s.includes('\uFFFD'));
const optionalText = fc.option(text, { nil: undefined });
const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((v) => v + 0); // no -0: JSON has none
const size = fc.double({ min: 1, max: 1e6, noNaN: true });

const blueprint = fc.record({
  name: text,
  zones: fc.array(fc.record({ name: fc.constantFrom('europe-se-1a', 'europe-se-1b', 'zone x'), order: fc.nat(9) }), { minLength: 1, maxLength: 3 }),
  subnets: fc.array(
    fc.record({ a: fc.nat(255), b: fc.nat(255), prefix: fc.integer({ min: 16, max: 28 }), noGateway: fc.boolean(), role: fc.constantFrom('workload', 'link', 'back') }),
    { maxLength: 3 },
  ),
  instances: fc.array(
    fc.record({ zone: fc.nat(), name: optionalText, description: optionalText, role: fc.constantFrom('web', 'db', 'other'), flavor: fc.constantFrom('standard', 'nvme.large') }),
    { maxLength: 4 },
  ),
  extras: fc.boolean(),
  relations: fc.array(fc.record({ kind: fc.constantFrom(...RELATION_KINDS), from: fc.nat(), to: fc.nat(), flag: fc.boolean() }), { maxLength: 8 }),
  positions: fc.array(fc.record({ at: fc.nat(), x: coordinate, y: coordinate, size: fc.option(fc.tuple(size, size), { nil: undefined }), nested: fc.boolean() }), { maxLength: 6 }),
  viewport: fc.option(fc.record({ x: coordinate, y: coordinate, zoom: fc.double({ min: 0.001, max: 100, noNaN: true }) }), { nil: undefined }),
});

type Blueprint = typeof blueprint extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function buildResources(bp: Blueprint): Resource[] {
  const region = createResource('region', { name: 'europe-se-1' });
  const zones = bp.zones.map((z) => createResource('availabilityZone', { region: region.id, name: z.name, order: z.order }));
  const network = createResource('network', { region: region.id, availabilityZoneHints: zones.map((z) => z.id) });
  const subnets = bp.subnets.map((s) => {
    const cidr = formatCidr(parseCidr(`10.${s.a}.${s.b}.0/${s.prefix}`)!);
    return createResource('subnet', { network: network.id, cidr, role: s.role, ...(s.noGateway ? { gatewayIp: null } : {}) });
  });
  const instances = bp.instances.map((i) =>
    createResource('instance', { availabilityZone: pick(zones, i.zone)!.id, name: i.name, description: i.description, role: i.role, flavor: i.flavor }),
  );
  const resources: Resource[] = [region, ...zones, network, ...subnets, ...instances];
  if (!bp.extras) return resources;
  const zone = zones[0]!;
  const lb = createResource('loadBalancer', { availabilityZone: zone.id, vipSubnet: subnets[0]?.id ?? null });
  const pool = createResource('pool', { loadBalancer: lb.id, sessionPersistence: 'APP_COOKIE', cookieName: 'sid' });
  const dnsZone = createResource('dnsZone', { email: 'ops@example.com' });
  resources.push(
    createResource('router', { availabilityZoneHints: [zone.id], externalNetwork: zone.externalNetworks[0] ?? null, routes: [{ destinationCidr: '10.9.0.0/16', nextHop: '10.0.0.254' }] }),
    createResource('floatingIp', { pool: 'europe-se-1-1a-net0', address: '185.1.2.3' }),
    createResource('publicPort', { network: 'europe-se-1-1b-net0', instance: instances[0]?.id ?? null }),
    createResource('volume', { availabilityZone: zone.id, sizeGb: 100, backupEnabled: true }),
    lb,
    createResource('listener', { loadBalancer: lb.id, defaultPool: pool.id, l7Policies: [{ action: 'REDIRECT_TO_POOL', value: pool.id }] }),
    pool,
    createResource('poolMember', { pool: pool.id, instance: instances[0]?.id ?? null, weight: 10 }),
    createResource('healthMonitor', { pool: pool.id, type: 'TCP' }),
    createResource('globalLoadBalancer', { method: 'anycast' }),
    dnsZone,
    createResource('dnsRecord', { zone: dnsZone.id, mode: 'multi' }),
    createResource('objectStorageEndpoint', { availabilityZone: zone.id, url: objectStorageUrl(zone.name, 's3', true), replicated: true }),
  );
  return resources;
}

function buildRelations(bp: Blueprint, resources: readonly Resource[]): Relation[] {
  const relations: Relation[] = [];
  for (const r of bp.relations) {
    const ends = RELATION_ENDPOINTS[r.kind];
    const from = pick(resources.filter((x) => ends.from.includes(x.kind)), r.from);
    const to = pick(resources.filter((x) => ends.to.includes(x.kind)), r.to);
    if (!from || !to || from.id === to.id) continue;
    if (r.kind === 'dependsOn') {
      const failoverGroup = r.flag ? { group: 'db', order: 1, failover: 'manual' as const } : null;
      relations.push(createRelation('dependsOn', from.id, to.id, { via: r.flag ? 'public' : 'private', failoverGroup }));
    } else if (r.kind === 'dnsTarget') {
      relations.push(createRelation('dnsTarget', from.id, to.id, { role: r.flag ? 'standby' : 'member' }));
    } else {
      relations.push(createRelation(r.kind, from.id, to.id));
    }
  }
  return relations;
}

function build(bp: Blueprint): DesignFile {
  const resources = buildResources(bp);
  const nodes: Record<string, NodeLayout> = {};
  for (const p of bp.positions) {
    const r = pick(resources, p.at)!;
    const parent = r.id === resources[0]!.id || !p.nested ? {} : { parent: resources[0]!.id };
    nodes[r.id] = { x: p.x, y: p.y, ...(p.size ? { width: p.size[0], height: p.size[1] } : {}), ...parent };
  }
  const file = emptyDesignFile(bp.name);
  const layout = bp.viewport ? { nodes, viewport: bp.viewport } : { nodes };
  return { ...file, design: { ...file.design, resources, relations: buildRelations(bp, resources) }, layout };
}

describe('round trip', () => {
  it('parseDesignText(serializeDesignFile(f)) gives back f, and the same bytes again', () => {
    fc.assert(
      fc.property(blueprint, (bp) => {
        const file = build(bp);
        const serialized = serializeDesignFile(file);
        const back = parseDesignText(serialized);
        expect(back).toEqual({ ok: true, file, warnings: [] });
        if (back.ok) expect(serializeDesignFile(back.file)).toBe(serialized);
      }),
      { numRuns: 150 },
    );
  });
});
