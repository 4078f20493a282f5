/**
 * The example designs in `public/examples` (DOMAIN.md section 4): every file listed in the index
 * must restore cleanly, describe exactly the resources and relations of its scenario, and carry a
 * tidy canvas layout whose containers match where each resource really lives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDesignFile } from './restore';
import type { DesignFile, NodeLayout, Resource, ResourceId } from './types';

const EXAMPLES = new URL('../../public/examples/', import.meta.url);
const A = 'europe-se-1a';
const B = 'europe-se-1b';
const xA = 'europe-se-1-1a-net0';
const xB = 'europe-se-1-1b-net0';
const NODE_W = 180;
const NODE_H = 56;
const PAD = 40;
const HEADER = 40;
const GRID = 20;

interface IndexEntry {
  file: string;
  scenario: string;
  title: string;
  teaches: string;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));
}

function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['file', 'scenario', 'title', 'teaches'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

function readIndex(): IndexEntry[] {
  const raw = readJson('index.json');
  if (!Array.isArray(raw) || !raw.every(isIndexEntry)) throw new Error('index.json is not a list of example entries');
  return raw;
}

/** Restores one example; a refused file fails the whole block loudly, with the restore error. */
function restoreExample(entry: IndexEntry): { raw: unknown; file: DesignFile; warnings: unknown[] } {
  const raw = readJson(entry.file);
  const result = restoreDesignFile(raw);
  if (!result.ok) throw new Error(`${entry.file}: ${result.error.path}: ${result.error.message}`);
  return { raw, file: result.file, warnings: result.warnings };
}

const base = (s: string): string[] => ['europe-se-1', A, B, ...s.split(' ')];
const rel = (s: string): string[] => (s === '' ? [] : s.split(' '));
const s3Rels = 'routerInterface:rA->sA routerInterface:rB->sB port:iA->sA port:iB->sB fipAssociation:fA->iA fipAssociation:fB->iB';
const lbRels = 'routerInterface:rA->s1 port:iA->s1 port:iB->s1 fipAssociation:fL->l1';

/** What each scenario must contain, read off DOMAIN.md section 4, plus the key attributes to check. */
const SCENARIOS: Record<string, { resources: string[]; relations: string[]; facts: Record<string, object> }> = {
  S1: {
    resources: base('nA sA rA iA fA'),
    relations: rel('routerInterface:rA->sA port:iA->sA fipAssociation:fA->iA'),
    facts: { sA: { network: 'nA', cidr: '172.29.45.0/24', gatewayIp: '172.29.45.1' }, rA: { availabilityZoneHints: [A], externalNetwork: xA }, iA: { availabilityZone: A }, fA: { pool: xA }, 'routerInterface:rA->sA': { ip: '172.29.45.1' } },
  },
  S2: {
    resources: base('n1 s1 rA iB fA'),
    relations: rel('routerInterface:rA->s1 port:iB->s1 fipAssociation:fA->iB'),
    facts: { rA: { availabilityZoneHints: [A], externalNetwork: xA }, iB: { availabilityZone: B }, fA: { pool: xA } },
  },
  S3: {
    resources: base('nA sA nB sB nL sL rA rB iA iB fA fB g1'),
    relations: rel(`${s3Rels} routerInterface:rA->sL routerInterface:rB->sL glbTarget:g1->fA glbTarget:g1->fB`),
    facts: {
      sL: { cidr: '172.29.254.0/27', gatewayIp: null, role: 'link' },
      rA: { externalNetwork: xA, routes: [{ destinationCidr: '172.29.46.0/24', nextHop: '172.29.254.2' }] },
      rB: { availabilityZoneHints: [B], externalNetwork: xB, routes: [{ destinationCidr: '172.29.45.0/24', nextHop: '172.29.254.1' }] },
      fB: { pool: xB }, g1: { method: 'dns' },
      'routerInterface:rA->sL': { ip: '172.29.254.1' }, 'routerInterface:rB->sL': { ip: '172.29.254.2' },
    },
  },
  S4: {
    resources: base('n1 s1 rM iA iB fA'),
    relations: rel('routerInterface:rM->s1 port:iA->s1 port:iB->s1 fipAssociation:fA->iA'),
    facts: { rM: { availabilityZoneHints: [A, B], externalNetwork: xA }, iB: { availabilityZone: B } },
  },
  S5: {
    resources: base('n1 s1 rA iA iB l1 li1 p1 h1 m1 m2 fL'),
    relations: rel(lbRels),
    facts: {
      l1: { availabilityZone: A, vipSubnet: 's1' }, li1: { loadBalancer: 'l1', protocol: 'HTTP', protocolPort: 80, defaultPool: 'p1' },
      p1: { loadBalancer: 'l1', protocol: 'HTTP', lbAlgorithm: 'ROUND_ROBIN' },
      h1: { pool: 'p1', type: 'HTTP', delay: 5, timeout: 10, maxRetries: 4, urlPath: '/' },
      m1: { pool: 'p1', instance: 'iA', protocolPort: 80 }, m2: { pool: 'p1', instance: 'iB', protocolPort: 80 }, fL: { pool: xA },
    },
  },
  S6: {
    resources: base('n1 s1 rA iA iB l1 li1 p1 m1 m2 fL'),
    relations: rel(lbRels),
    facts: { l1: { availabilityZone: A }, m2: { instance: 'iB' } },
  },
  S7: {
    resources: base('n1 s1 rA iB1 iB2 l1 li1 p1 h1 m1 m2 fL'),
    relations: rel('routerInterface:rA->s1 port:iB1->s1 port:iB2->s1 fipAssociation:fL->l1'),
    facts: {
      l1: { availabilityZone: B, vipSubnet: 's1' }, iB1: { availabilityZone: B }, iB2: { availabilityZone: B },
      h1: { type: 'HTTP', urlPath: '/' }, m1: { instance: 'iB1' }, m2: { instance: 'iB2' }, fL: { pool: xA },
    },
  },
  S8: {
    resources: base('nA sA nB sB rA rB iA iB fA fB z1 d1'),
    relations: rel(`${s3Rels} dnsTarget:d1->fA dnsTarget:d1->fB`),
    facts: {
      rA: { routes: [] }, rB: { routes: [] }, z1: { name: 'example.com.' },
      d1: { zone: 'z1', name: 'www', recordType: 'A', ttl: 300, mode: 'single' },
      'dnsTarget:d1->fA': { role: 'primary' }, 'dnsTarget:d1->fB': { role: 'standby' },
    },
  },
  S9: {
    resources: base('nA sA nB sB rA rB iA iB fA fB z1 d1'),
    relations: rel(`${s3Rels} dnsTarget:d1->fA dnsTarget:d1->fB`),
    facts: { d1: { mode: 'multi' }, 'dnsTarget:d1->fA': { role: 'member' }, 'dnsTarget:d1->fB': { role: 'member' } },
  },
  S10a: {
    resources: base('iB v1'),
    relations: rel('volumeAttachment:v1->iB'),
    facts: { iB: { availabilityZone: B }, v1: { availabilityZone: A } },
  },
  S10b: {
    resources: base('iB ppA'),
    relations: [],
    facts: { iB: { availabilityZone: B }, ppA: { network: xA, instance: 'iB' } },
  },
  S10c: {
    resources: base('nB sB rA iB fB'),
    relations: rel('routerInterface:rA->sB port:iB->sB fipAssociation:fB->iB'),
    facts: { rA: { availabilityZoneHints: [A], externalNetwork: xA }, iB: { availabilityZone: B }, fB: { pool: xB } },
  },
  S10d: {
    resources: base('n1 s1 rA iA1 iA2 l1 li1 p1 h1 m1 m2'),
    relations: rel('routerInterface:rA->s1 port:iA1->s1 port:iA2->s1'),
    facts: { li1: { protocol: 'HTTP', defaultPool: 'p1' }, h1: { pool: 'p1', type: 'PING' } },
  },
  S10e: {
    resources: base('nA sA nB sB nL sL rA rB'),
    relations: rel('routerInterface:rA->sA routerInterface:rA->sL routerInterface:rB->sB routerInterface:rB->sL'),
    facts: {
      rA: { routes: [{ destinationCidr: '172.29.46.0/24', nextHop: '172.29.254.2' }] }, rB: { routes: [] },
      'routerInterface:rA->sL': { ip: '172.29.254.1' }, 'routerInterface:rB->sL': { ip: '172.29.254.2' },
    },
  },
};

/** The container a resource belongs in on the canvas: its region, its AZ, or none for global kinds. */
function expectedParent(r: Resource, byId: ReadonlyMap<string, Resource>): ResourceId | undefined {
  const zoneOfExternal = (name: string): ResourceId | undefined =>
    [...byId.values()].find((z) => z.kind === 'availabilityZone' && z.externalNetworks.includes(name))?.id;
  const zoneOfLb = (id: ResourceId): ResourceId | undefined => {
    const lb = byId.get(id);
    return lb?.kind === 'loadBalancer' ? (lb.availabilityZone ?? undefined) : undefined;
  };
  const zoneOfPool = (id: ResourceId): ResourceId | undefined => {
    const pool = byId.get(id);
    return pool?.kind === 'pool' ? zoneOfLb(pool.loadBalancer) : undefined;
  };
  switch (r.kind) {
    case 'region':
    case 'globalLoadBalancer':
    case 'dnsZone':
    case 'dnsRecord':
      return undefined;
    case 'availabilityZone':
    case 'network':
      return r.region;
    case 'subnet': {
      const network = byId.get(r.network);
      return network?.kind === 'network' ? network.region : undefined;
    }
    case 'router':
      return r.availabilityZoneHints[0];
    case 'instance':
    case 'volume':
    case 'loadBalancer':
    case 'objectStorageEndpoint':
      return r.availabilityZone ?? undefined;
    case 'floatingIp':
      return zoneOfExternal(r.pool);
    case 'publicPort':
      return zoneOfExternal(r.network);
    case 'listener':
    case 'pool':
      return zoneOfLb(r.loadBalancer);
    case 'poolMember':
    case 'healthMonitor':
      return zoneOfPool(r.pool);
  }
}

const size = (n: NodeLayout): { w: number; h: number } => ({ w: n.width ?? NODE_W, h: n.height ?? NODE_H });

const index = readIndex();

describe('example index', () => {
  it('lists each scenario of DOMAIN.md section 4 exactly once, in order', () => {
    expect(index.map((e) => e.scenario)).toEqual(Object.keys(SCENARIOS));
  });

  it('names each file after its scenario', () => {
    for (const e of index) {
      const number = e.scenario.slice(1).replace(/^(\d+)/, (d) => d.padStart(2, '0')).toLowerCase();
      expect(e.file).toMatch(new RegExp(`^s${number}-[a-z0-9-]+\\.faultline\\.json$`));
    }
  });
});

describe.each(index)('$scenario example ($file)', (entry) => {
  const { raw, file, warnings } = restoreExample(entry);
  const { design, layout } = file;
  const byId = new Map<string, Resource>(design.resources.map((r) => [r.id, r]));
  const expected = SCENARIOS[entry.scenario];

  it('restores without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('restores without changes, so it depends on no defaults', () => {
    expect(file.design).toEqual((raw as { design: unknown }).design);
  });

  it('contains exactly the resources and relations of its scenario', () => {
    expect(design.resources.map((r) => r.id).sort()).toEqual([...(expected?.resources ?? [])].sort());
    expect(design.relations.map((r) => r.id).sort()).toEqual([...(expected?.relations ?? [])].sort());
  });

  it('has the attributes its scenario gives', () => {
    const things = new Map<string, object>([...design.resources, ...design.relations].map((t) => [t.id, t]));
    for (const [id, fact] of Object.entries(expected?.facts ?? {})) expect(things.get(id), id).toMatchObject(fact);
  });

  it('names relations <kind>:<from>-><to> and resources after their ids', () => {
    for (const r of design.relations) expect(r.id).toBe(`${r.kind}:${r.from}->${r.to}`);
    for (const r of design.resources) if (r.kind !== 'dnsZone' && r.kind !== 'dnsRecord') expect(r.name).toBe(r.id);
    expect(design.description).not.toBe('');
  });

  it('lays out every resource and nothing else', () => {
    expect(Object.keys(layout.nodes).sort()).toEqual(design.resources.map((r) => r.id).sort());
  });

  it('puts each node in the container where its resource lives', () => {
    for (const [id, node] of Object.entries(layout.nodes)) {
      const resource = byId.get(id);
      if (resource === undefined) throw new Error(`layout node ${id} has no resource`);
      if (node.parent !== undefined) expect(['region', 'availabilityZone'], id).toContain(byId.get(node.parent)?.kind);
      expect(node.parent, id).toBe(expectedParent(resource, byId));
    }
  });

  it('keeps a tidy grid: aligned, inside padded containers, without overlaps', () => {
    const nodes = Object.entries(layout.nodes);
    for (const [id, n] of nodes) {
      for (const v of [n.x, n.y, n.width ?? 0, n.height ?? 0]) expect(v % GRID, id).toBe(0);
      if (n.parent === undefined) continue;
      const p = layout.nodes[n.parent];
      if (p?.width === undefined || p.height === undefined) throw new Error(`container ${n.parent} has no explicit size`);
      expect(n.x, id).toBeGreaterThanOrEqual(PAD);
      expect(n.y, id).toBeGreaterThanOrEqual(HEADER + PAD);
      expect(n.x + size(n).w, id).toBeLessThanOrEqual(p.width - PAD);
      expect(n.y + size(n).h, id).toBeLessThanOrEqual(p.height - PAD);
    }
    for (const [i, [idA, a]] of nodes.entries()) {
      for (const [idB, b] of nodes.slice(i + 1)) {
        if (a.parent !== b.parent) continue;
        const apart = a.x + size(a).w <= b.x || b.x + size(b).w <= a.x || a.y + size(a).h <= b.y || b.y + size(b).h <= a.y;
        expect(apart, `${idA} overlaps ${idB}`).toBe(true);
      }
    }
  });
});
