/**
 * fast-check arbitraries for property tests of the engine: random but well-formed designs (every
 * resource and relation passes the model's schema) of up to 60 resources of every kind, with random
 * relations between compatible kinds — cycles, overlapping subnets, looping static routes,
 * custom-router instances and mis-placed gateways included — in 1–2 regions of 1–3 AZs each.
 */
import fc from 'fast-check';
import { createRelation, createResource } from '../../model/defaults';
import { designId, relationId, resourceId, type ResourceId } from '../../model/ids';
import { RELATION_ENDPOINTS } from '../../model/schema';
import {
  RELATION_KINDS,
  type Design,
  type Layout,
  type NodeLayout,
  type Relation,
  type RelationKind,
  type Resource,
  type ResourceKind,
} from '../../model/types';
import type { Scenario } from '../types';

/** The kinds an item may have (regions and AZs are generated separately). */
const ITEM_KINDS = [
  'network',
  'subnet',
  'router',
  'floatingIp',
  'publicPort',
  'instance',
  'volume',
  'loadBalancer',
  'listener',
  'pool',
  'poolMember',
  'healthMonitor',
  'globalLoadBalancer',
  'dnsZone',
  'dnsRecord',
  'objectStorageEndpoint',
] as const satisfies readonly ResourceKind[];
type ItemKind = (typeof ITEM_KINDS)[number];

/** A resource to be: its kind and a few random numbers that pick its references and properties. */
interface Item {
  kind: ItemKind;
  a: number;
  b: number;
  c: number;
  flags: number;
}

interface Link {
  kind: RelationKind;
  from: number;
  to: number;
  p: number;
}

interface Recipe {
  azsPerRegion: number[];
  items: Item[];
  links: Link[];
}

const MAX_RESOURCES = 60;

/** Relative frequency of each kind: the network core is drawn more often than the rest. */
const KIND_WEIGHT: Partial<Record<ItemKind, number>> = { network: 2, subnet: 4, router: 3, instance: 4, floatingIp: 2 };
const RELATION_WEIGHT: Partial<Record<RelationKind, number>> = { routerInterface: 6, port: 6, fipAssociation: 2, dependsOn: 3 };

const weighted = <T extends string>(values: readonly T[], weight: Partial<Record<T, number>>): fc.Arbitrary<T> =>
  fc.oneof(...values.map((v) => ({ arbitrary: fc.constant(v), weight: weight[v] ?? 1 })));

const itemArb: fc.Arbitrary<Item> = fc.record({
  kind: weighted(ITEM_KINDS, KIND_WEIGHT),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  flags: fc.nat(0xffff),
});

const linkArb: fc.Arbitrary<Link> = fc.record({
  kind: weighted(RELATION_KINDS, RELATION_WEIGHT),
  from: fc.nat(1000),
  to: fc.nat(1000),
  p: fc.nat(0xffff),
});

const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  azsPerRegion: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
  items: fc.array(itemArb, { maxLength: MAX_RESOURCES - 8, size: 'max' }),
  links: fc.array(linkArb, { maxLength: 120, size: 'max' }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const bit = (flags: number, k: number): boolean => ((flags >> k) & 1) === 1;
const octet = (n: number): number => n % 6;
const HOSTS = [1, 2, 3, 254];
const L7_ACTIONS = ['REDIRECT_TO_URL', 'REDIRECT_PREFIX', 'REDIRECT_TO_POOL', 'REJECT'] as const;

/** Builds the design a recipe describes. Items whose required parent kind is absent are left out. */
export function buildDesign(recipe: Recipe): Design {
  const resources: Resource[] = [];
  const azs: ResourceId[] = [];
  const extNets: string[] = [];
  recipe.azsPerRegion.forEach((count, r) => {
    const region = resourceId(`region${r}`);
    resources.push(createResource('region', { id: region, name: `region ${r}` }));
    for (let k = 0; k < count; k++) {
      const az = resourceId(`az${r}${String.fromCharCode(97 + k)}`);
      const net = `${az}-net0`;
      // AZ order is reversed for the second region so that document order never decides region order.
      const order = r === 0 ? k : count - k;
      resources.push(createResource('availabilityZone', { id: az, name: az, region, order, externalNetworks: [net] }));
      azs.push(az);
      extNets.push(net);
    }
  });
  const regions = recipe.azsPerRegion.map((_, r) => resourceId(`region${r}`));
  const count = (k: ItemKind): number => recipe.items.filter((i) => i.kind === k).length;
  const parentMissing: Partial<Record<ItemKind, boolean>> = {
    subnet: count('network') === 0,
    listener: count('loadBalancer') === 0,
    pool: count('loadBalancer') === 0,
    poolMember: count('pool') === 0 || count('loadBalancer') === 0,
    healthMonitor: count('pool') === 0 || count('loadBalancer') === 0,
  };
  const items = recipe.items.filter((i) => parentMissing[i.kind] !== true);
  const idOf = (i: number): ResourceId => resourceId(`${items[i]?.kind ?? 'x'}${i}`);
  const ofKind = (k: ItemKind): ResourceId[] => items.flatMap((it, i) => (it.kind === k ? [idOf(i)] : []));
  const byKind = new Map<ItemKind, ResourceId[]>(ITEM_KINDS.map((k) => [k, ofKind(k)]));
  const ref = (k: ItemKind, n: number): ResourceId | null => pick(byKind.get(k) ?? [], n) ?? null;
  const maybe = (k: ItemKind, n: number, flags: number, b: number): ResourceId | null => (bit(flags, b) ? ref(k, n) : null);
  const azOrNull = (n: number, flags: number): ResourceId | null => (bit(flags, 0) && bit(flags, 1) ? null : (pick(azs, n) ?? null));
  const addresses = items.map((_, i) => `203.0.113.${i + 1}`);

  items.forEach((it, i) => {
    const id = idOf(i);
    const base = { id, name: `${it.kind} ${i}` };
    const { a, b, c, flags } = it;
    switch (it.kind) {
      case 'network':
        resources.push(createResource('network', { ...base, region: pick(regions, a) }));
        break;
      case 'subnet': {
        const o = octet(b);
        const gatewayIp = bit(flags, 2) && bit(flags, 3) ? null : `10.0.${o}.1`;
        resources.push(createResource('subnet', { ...base, network: ref('network', a) ?? undefined, cidr: `10.0.${o}.0/24`, gatewayIp }));
        break;
      }
      case 'router': {
        const hints = azs.filter((_, k) => bit(a, k) && bit(flags, 4));
        const routes = Array.from({ length: c % 3 }, (_, k) => ({
          destinationCidr: bit(flags, 5 + k) ? '10.0.0.0/16' : `10.0.${octet(b + k)}.0/24`,
          nextHop: `10.0.${octet(a + k)}.${HOSTS[(b + k) % HOSTS.length] ?? 1}`,
        }));
        // Any subset of the AZs as hints (often none), a gateway on any AZ's network or none.
        const single = bit(flags, 6) ? [pick(azs, b)].filter((x) => x !== undefined) : [];
        const externalNetwork = bit(flags, 7) ? null : (pick(extNets, c) ?? null);
        resources.push(createResource('router', { ...base, availabilityZoneHints: hints.length > 0 ? hints : single, externalNetwork, routes }));
        break;
      }
      case 'floatingIp':
        resources.push(createResource('floatingIp', { ...base, pool: pick(extNets, a) ?? '', address: addresses[i] ?? null }));
        break;
      case 'publicPort':
        resources.push(createResource('publicPort', { ...base, network: pick(extNets, a) ?? '', instance: maybe('instance', b, flags, 0) }));
        break;
      case 'instance':
        resources.push(createResource('instance', { ...base, availabilityZone: azOrNull(a, flags) }));
        break;
      case 'volume':
        resources.push(createResource('volume', { ...base, availabilityZone: azOrNull(a, flags) }));
        break;
      case 'loadBalancer':
        resources.push(
          createResource('loadBalancer', {
            ...base,
            availabilityZone: azOrNull(a, flags),
            vipSubnet: bit(flags, 2) ? null : ref('subnet', b),
            vipAddress: bit(flags, 3) ? (addresses[i] ?? null) : null,
          }),
        );
        break;
      case 'listener':
        resources.push(
          createResource('listener', {
            ...base,
            loadBalancer: ref('loadBalancer', a) ?? undefined,
            protocolPort: 1 + (i % 65000),
            defaultPool: bit(flags, 1) ? null : ref('pool', b),
            l7Policies: bit(flags, 2) ? [{ action: L7_ACTIONS[c % L7_ACTIONS.length] ?? 'REJECT', value: null }] : [],
          }),
        );
        break;
      case 'pool':
        resources.push(createResource('pool', { ...base, loadBalancer: ref('loadBalancer', a) ?? undefined }));
        break;
      case 'poolMember': {
        const useAddress = bit(flags, 4) && bit(flags, 5);
        resources.push(
          createResource('poolMember', {
            ...base,
            pool: ref('pool', a) ?? undefined,
            instance: useAddress ? null : ref('instance', b),
            subnet: maybe('subnet', c, flags, 2),
            backup: bit(flags, 3) && bit(flags, 6),
            adminStateUp: !(bit(flags, 7) && bit(flags, 8)),
            address: useAddress ? (pick(addresses, c) ?? null) : null,
          }),
        );
        break;
      }
      case 'healthMonitor':
        resources.push(createResource('healthMonitor', { ...base, pool: ref('pool', a) ?? undefined, adminStateUp: !(bit(flags, 0) && bit(flags, 1)) }));
        break;
      case 'globalLoadBalancer':
        resources.push(createResource('globalLoadBalancer', base));
        break;
      case 'dnsZone':
        resources.push(createResource('dnsZone', base));
        break;
      case 'dnsRecord':
        resources.push(createResource('dnsRecord', { ...base, zone: maybe('dnsZone', a, flags, 0), mode: bit(flags, 1) ? 'multi' : 'single' }));
        break;
      case 'objectStorageEndpoint':
        resources.push(createResource('objectStorageEndpoint', { ...base, availabilityZone: pick(azs, a) ?? null, replicated: bit(flags, 2) }));
        break;
    }
  });

  return { id: designId('random'), name: 'random design', description: '', resources, relations: buildRelations(recipe.links, resources) };
}

function buildRelations(links: readonly Link[], resources: readonly Resource[]): Relation[] {
  const out: Relation[] = [];
  const subnetOctet = new Map<string, string>();
  for (const r of resources) if (r.kind === 'subnet') subnetOctet.set(r.id, r.cidr.split('.').slice(0, 3).join('.'));
  links.forEach((l, n) => {
    const ends = RELATION_ENDPOINTS[l.kind];
    const from = pick(resources.filter((r) => ends.from.includes(r.kind)), l.from);
    const to = pick(resources.filter((r) => ends.to.includes(r.kind)), l.to);
    if (!from || !to) return;
    const id = relationId(`${l.kind}-${n}`);
    const host = (): string | null => {
      const prefix = subnetOctet.get(to.id);
      const h = l.p % 6;
      return prefix === undefined || h === 5 ? null : `${prefix}.${h === 4 ? 10 + n : (HOSTS[h] ?? 1)}`;
    };
    switch (l.kind) {
      case 'routerInterface':
        out.push(createRelation('routerInterface', from.id, to.id, { id, ip: host() }));
        break;
      case 'port':
        // Host .1 makes the instance a custom router holding the subnet's gateway address.
        out.push(createRelation('port', from.id, to.id, { id, fixedIp: host(), primary: bit(l.p, 8) }));
        break;
      case 'dependsOn': {
        const grouped = bit(l.p, 3) && bit(l.p, 4);
        out.push(
          createRelation('dependsOn', from.id, to.id, {
            id,
            required: !bit(l.p, 0),
            via: bit(l.p, 1) ? 'public' : 'private',
            failoverGroup: grouped ? { group: `g${l.p % 2}`, order: (l.p >> 5) % 3, failover: bit(l.p, 7) ? 'manual' : 'automatic' } : null,
          }),
        );
        break;
      }
      case 'dnsTarget':
        out.push(createRelation('dnsTarget', from.id, to.id, { id, role: (['primary', 'standby', 'member'] as const)[l.p % 3] ?? 'primary' }));
        break;
      default:
        out.push(createRelation(l.kind, from.id, to.id, { id }));
    }
  });
  return out;
}

/** A random well-formed design (see the module comment). */
export const designArb: fc.Arbitrary<Design> = recipeArb.map(buildDesign);

/** A random canvas layout for a design: positions, sizes and parents for some of its resources. */
export function layoutArb(design: Design): fc.Arbitrary<Layout> {
  const ids = design.resources.map((r) => r.id);
  const node: fc.Arbitrary<NodeLayout> = fc.record(
    {
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 40, max: 2000 }),
      height: fc.integer({ min: 40, max: 2000 }),
      parent: ids.length > 0 ? fc.constantFrom(...ids) : fc.constant(resourceId('none')),
    },
    { requiredKeys: ['x', 'y'] },
  );
  return fc
    .array(fc.tuple(ids.length > 0 ? fc.constantFrom(...ids) : fc.constant(''), node), { maxLength: ids.length })
    .map((entries) => ({ nodes: Object.fromEntries(entries.filter(([id]) => id !== '')) }));
}

/** The AZ and region ids of a design. */
export function zonesOf(design: Design): { azs: ResourceId[]; regions: ResourceId[] } {
  return {
    azs: design.resources.filter((r) => r.kind === 'availabilityZone').map((r) => r.id),
    regions: design.resources.filter((r) => r.kind === 'region').map((r) => r.id),
  };
}

/**
 * Two nested scenarios X ⊆ Y over a design's AZs and regions: each zone/region is in neither, in Y
 * only, or in both.
 */
export function nestedScenariosArb(design: Design): fc.Arbitrary<{ smaller: Scenario; larger: Scenario }> {
  const { azs, regions } = zonesOf(design);
  const level = fc.constantFrom(0, 0, 1, 2);
  return fc.tuple(fc.array(level, { minLength: azs.length, maxLength: azs.length }), fc.array(level, { minLength: regions.length, maxLength: regions.length })).map(([za, ra]) => ({
    smaller: { failedAzs: azs.filter((_, k) => za[k] === 2), failedRegions: regions.filter((_, k) => ra[k] === 2) },
    larger: { failedAzs: azs.filter((_, k) => (za[k] ?? 0) >= 1), failedRegions: regions.filter((_, k) => (ra[k] ?? 0) >= 1) },
  }));
}

/** A random design together with two nested scenarios on it. */
export const designWithScenariosArb = designArb.chain((design) => nestedScenariosArb(design).map((s) => ({ design, ...s })));
