/**
 * A seeded generator of realistic designs of a given size, for benchmarks and scale tests.
 *
 * Shape: two regions of three AZs each. Every AZ has a router with an external gateway, an
 * interface on its region's link network and summarised static routes to the other AZs of its
 * region, plus an object storage endpoint; every region has a management subnet with a bastion on a
 * directly attached IP. On top of that sit applications, each spread over the three AZs of one
 * region as three stacks: a network and subnet behind the AZ's router, web instances behind an LB
 * (listener, pool, members, usually a health monitor) published by a floating IP, two app instances
 * the web tier fails over between, and a database with a volume that replicates across stacks. App
 * instances depend on the application's primary database (routed across AZs), on their AZ's object
 * storage (public, optional) and on the previous application's DNS name; in half of the
 * applications they fail over to their own stack's replica when the primary database is lost. Each application is fronted
 * by a global load balancer and a DNS record, or by a single DNS record with a standby address.
 * Leftover budget is filled with batch instances and their volumes, so the size is exactly N (or
 * the fixed base, for N below it).
 */
import { createRelation, createResource, objectStorageUrl } from '../../model/defaults';
import { defaultExternalNetworkName } from '../../model/provider-names';
import { designId, resourceId } from '../../model/ids';
import type {
  Design,
  Relation,
  RelationKind,
  RelationOfKind,
  Resource,
  ResourceId,
  ResourceKind,
  ResourceOfKind,
} from '../../model/types';

export interface GenerateOptions {
  /** The number of resources wanted. */
  resources: number;
  /** Seed of the pseudo-random choices (default 1). The same seed always gives the same design. */
  seed?: number;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = 2;
const AZS = 3;
/** The largest an application can get (3 stacks of 16 resources, GLB and record). */
const MAX_APP_SIZE = 50;
const FLAVORS = ['gp.2x4', 'gp.4x8', 'mem.4x32'] as const;

class Builder {
  readonly resources: Resource[] = [];
  readonly relations: Relation[] = [];

  add<K extends ResourceKind>(kind: K, id: string, props: Partial<ResourceOfKind<K>>): ResourceId {
    this.resources.push(createResource(kind, { ...props, id: resourceId(id), name: props.name ?? id }));
    return resourceId(id);
  }

  rel<K extends RelationKind>(kind: K, from: ResourceId, to: ResourceId, props: Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>> = {}): void {
    this.relations.push(createRelation(kind, from, to, { ...props, id: `${kind}:${from}->${to}` }));
  }
}

interface Zone {
  id: ResourceId;
  region: ResourceId;
  name: string;
  router: ResourceId;
  endpoint: ResourceId;
  extNet: string;
  /** Second octet of the AZ's /12 address block. */
  block: number;
  stacks: number;
}

interface Stack {
  zone: Zone;
  subnet: ResourceId;
  prefix: string;
  fip: ResourceId;
  db: ResourceId;
  apps: ResourceId[];
}

/** Generates a design of `options.resources` resources (see the module comment for its shape). */
export function generateDesign(options: GenerateOptions): Design {
  const seed = options.seed ?? 1;
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const b = new Builder();
  const regions: { zones: Zone[]; mgmtSubnet: ResourceId }[] = [];

  for (let r = 0; r < REGIONS; r++) {
    const name = `europe-se-${r + 1}`;
    const region = b.add('region', name, {});
    const link = r * 64 + 48;
    const linkNet = b.add('network', `${name}-link-net`, { region });
    const linkSubnet = b.add('subnet', `${name}-link`, { network: linkNet, cidr: `10.${link}.0.0/24`, gatewayIp: null, enableDhcp: false, role: 'link' });
    const zones: Zone[] = [];
    for (let a = 0; a < AZS; a++) {
      const azName = `${name}${String.fromCharCode(97 + a)}`;
      const extNet = defaultExternalNetworkName(azName);
      const id = b.add('availabilityZone', azName, { region, order: a, externalNetworks: [extNet] });
      zones.push({ id, region, name: azName, router: resourceId(`${azName}-router`), endpoint: resourceId(`${azName}-s3`), extNet, block: r * 64 + a * 16, stacks: 0 });
    }
    for (const [a, z] of zones.entries()) {
      const routes = zones.filter((o) => o !== z).map((o) => ({ destinationCidr: `10.${o.block}.0.0/12`, nextHop: `10.${link}.0.${zones.indexOf(o) + 1}` }));
      b.add('router', z.router, { availabilityZoneHints: [z.id], externalNetwork: z.extNet, routes });
      b.rel('routerInterface', z.router, linkSubnet, { ip: `10.${link}.0.${a + 1}` });
      b.add('objectStorageEndpoint', z.endpoint, { availabilityZone: z.id, api: 's3', replicated: false, url: objectStorageUrl(z.name, 's3', false) });
    }
    // Management subnet in the first AZ, reached over a bastion with a directly attached IP.
    const first = zones[0] as Zone;
    const mgmt = addStackNetwork(b, first, `${name}-mgmt`);
    const bastion = b.add('instance', `${name}-bastion`, { availabilityZone: first.id, role: 'bastion', flavor: 'gp.2x4' });
    b.rel('port', bastion, mgmt.subnet, { fixedIp: `${mgmt.net}.10`, primary: true });
    b.add('publicPort', `${name}-bastion-ip`, { network: first.extNet, instance: bastion });
    regions.push({ zones, mgmtSubnet: mgmt.subnet });
  }
  const dnsZone = b.add('dnsZone', 'zone-example', { name: 'example.com.', ttl: 3600 });

  const stacks: Stack[] = [];
  let previousRecord: ResourceId | null = null;
  for (let k = 0; b.resources.length + MAX_APP_SIZE <= options.resources; k++) {
    const region = regions[k % REGIONS] as (typeof regions)[number];
    const offset = Math.floor(rand() * AZS);
    const webCount = rand() < 0.3 ? 3 : 2;
    const dbFailover = rand() < 0.5;
    const appStacks: Stack[] = [];
    for (let s = 0; s < AZS; s++) {
      const zone = region.zones[(offset + s) % AZS] as Zone;
      const stack = addStack(b, zone, `app${k}-${zone.name.slice(-1)}`, webCount, rand() < 0.9, pick, rand);
      const primary = appStacks[0];
      for (const app of stack.apps) {
        if (primary && dbFailover) {
          // Reads go to the primary database and fail over to the local replica on their own.
          b.rel('dependsOn', app, primary.db, { required: true, via: 'private', label: 'database', failoverGroup: { group: 'db', order: 0, failover: 'automatic' } });
          b.rel('dependsOn', app, stack.db, { required: true, via: 'private', label: 'database replica', failoverGroup: { group: 'db', order: 1, failover: 'automatic' } });
        } else b.rel('dependsOn', app, primary?.db ?? stack.db, { required: true, via: 'private', label: 'database' });
        b.rel('dependsOn', app, zone.endpoint, { required: false, via: 'public', label: 'object storage' });
        if (previousRecord) b.rel('dependsOn', app, previousRecord, { required: false, via: 'public', label: 'calls upstream API' });
      }
      const peer = appStacks[appStacks.length - 1];
      if (peer) b.rel('replicatesWith', stack.db, peer.db);
      appStacks.push(stack);
    }
    const record = b.add('dnsRecord', `app${k}-www`, { name: `app${k}`, zone: dnsZone, ttl: 60, mode: 'single' });
    if (rand() < 0.75) {
      const glb = b.add('globalLoadBalancer', `app${k}-glb`, { method: 'dns', healthCheck: 'HTTP /healthz' });
      for (const st of appStacks) b.rel('glbTarget', glb, st.fip);
      b.rel('dnsTarget', record, glb, { role: 'primary' });
    } else {
      b.rel('dnsTarget', record, (appStacks[0] as Stack).fip, { role: 'primary' });
      b.rel('dnsTarget', record, (appStacks[1] as Stack).fip, { role: 'standby' });
    }
    previousRecord = record;
    stacks.push(...appStacks);
  }

  // Fill the rest with batch workers (an instance and its volume) on existing subnets.
  for (let w = 0; b.resources.length < options.resources; w++) {
    const stack = stacks.length > 0 ? pick(stacks) : null;
    const home = regions[0] as (typeof regions)[number];
    const zone = stack?.zone ?? home.zones[0];
    if (!zone) throw new Error('generateDesign: the first region has no zone');
    const subnet = stack?.subnet ?? home.mgmtSubnet;
    const worker = b.add('instance', `batch${w}`, { availabilityZone: zone.id, role: 'other', flavor: pick(FLAVORS) });
    b.rel('port', worker, subnet, { primary: true });
    if (b.resources.length < options.resources) {
      const volume = b.add('volume', `batch${w}-data`, { availabilityZone: zone.id, sizeGb: 50, volumeType: 'hdd' });
      b.rel('volumeAttachment', volume, worker);
    }
  }
  return {
    id: designId(`generated-${options.resources}-${seed}`),
    name: `Generated design (${options.resources} resources, seed ${seed})`,
    description: 'Made by generateDesign for benchmarks and scale tests.',
    resources: b.resources,
    relations: b.relations,
  };
}

/** A network and its workload subnet in `zone`'s address block, with the AZ router as gateway. */
function addStackNetwork(b: Builder, zone: Zone, prefix: string): { subnet: ResourceId; net: string } {
  const k = zone.stacks++;
  const net = `10.${zone.block + (k >> 8)}.${k & 255}`;
  const network = b.add('network', `${prefix}-net`, { region: zone.region, availabilityZoneHints: [zone.id] });
  const subnet = b.add('subnet', `${prefix}-subnet`, { network, cidr: `${net}.0/24`, gatewayIp: `${net}.1`, role: 'workload' });
  b.rel('routerInterface', zone.router, subnet, { ip: `${net}.1` });
  return { subnet, net };
}

function addStack(
  b: Builder,
  zone: Zone,
  prefix: string,
  webCount: number,
  monitored: boolean,
  pick: <T>(items: readonly T[]) => T,
  rand: () => number,
): Stack {
  const { subnet, net } = addStackNetwork(b, zone, prefix);
  const instance = (name: string, role: 'web' | 'app' | 'db', ip: string): ResourceId => {
    const id = b.add('instance', `${prefix}-${name}`, { availabilityZone: zone.id, role, flavor: pick(FLAVORS), serverGroup: `${prefix}-${role}` });
    b.rel('port', id, subnet, { fixedIp: ip, primary: true });
    return id;
  };
  const webs = Array.from({ length: webCount }, (_, i) => instance(`web${i + 1}`, 'web', `${net}.${11 + i}`));
  const apps = [instance('app1', 'app', `${net}.21`), instance('app2', 'app', `${net}.22`)];
  const db = instance('db', 'db', `${net}.31`);
  const volume = b.add('volume', `${prefix}-db-data`, { availabilityZone: zone.id, sizeGb: 200, volumeType: zone.name === 'europe-se-1a' ? 'nvme' : 'ssd', backupEnabled: rand() < 0.7 });
  b.rel('volumeAttachment', volume, db);
  for (const web of webs) {
    apps.forEach((app, order) => b.rel('dependsOn', web, app, { required: true, via: 'private', label: 'app tier', failoverGroup: { group: 'app', order, failover: 'automatic' } }));
  }
  const lb = b.add('loadBalancer', `${prefix}-lb`, { availabilityZone: zone.id, vipSubnet: subnet, vipAddress: `${net}.50` });
  const pool = b.add('pool', `${prefix}-pool`, { loadBalancer: lb, protocol: 'HTTP' });
  b.add('listener', `${prefix}-http`, { loadBalancer: lb, protocol: 'HTTP', protocolPort: 80, defaultPool: pool });
  webs.forEach((web, i) => b.add('poolMember', `${prefix}-member${i + 1}`, { pool, instance: web, protocolPort: 8080, address: `${net}.${11 + i}` }));
  if (monitored) b.add('healthMonitor', `${prefix}-monitor`, { pool, type: 'HTTP', urlPath: '/healthz' });
  const fip = b.add('floatingIp', `${prefix}-fip`, { pool: zone.extNet });
  b.rel('fipAssociation', fip, lb);
  return { zone, subnet, prefix, fip, db, apps };
}

/** How many edges a design has, counted as documented in the README ("Engine benchmark"). */
export interface EdgeCount {
  /** Relations of the document (ports, interfaces, dependencies, targets, ...). */
  relations: number;
  /** Static routes: each is a derived router-to-router edge (DOMAIN.md 1.3). */
  staticRoutes: number;
  /** Resource properties that name another resource of the design (subnet → network, member → pool, instance → AZ, ...). */
  references: number;
  total: number;
  perResource: number;
}

/** Counts relations, static routes and id-valued properties that point at another resource. */
export function countEdges(design: Design): EdgeCount {
  const ids = new Set<string>(design.resources.map((r) => r.id));
  let references = 0;
  let staticRoutes = 0;
  const isRef = (v: unknown, self: string): boolean => typeof v === 'string' && v !== self && ids.has(v);
  for (const r of design.resources) {
    if (r.kind === 'router') staticRoutes += r.routes.length;
    for (const [key, value] of Object.entries(r)) {
      if (key === 'id' || key === 'name' || key === 'description') continue;
      if (Array.isArray(value)) references += value.filter((v) => isRef(v, r.id)).length;
      else if (isRef(value, r.id)) references++;
    }
  }
  const total = design.relations.length + staticRoutes + references;
  return { relations: design.relations.length, staticRoutes, references, total, perResource: total / Math.max(1, design.resources.length) };
}
