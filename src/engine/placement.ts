/**
 * Placement: the effective AZ and region of every resource (DOMAIN.md 2.2), computed once per
 * design revision over integer indexes.
 */
import type { Design, Resource, ResourceId, Subnet } from '../model/types';
import { K_ENDPOINT, K_INSTANCE, K_LOAD_BALANCER, K_ROUTER, K_SUBNET, K_VOLUME, KIND_COUNT } from './kinds';

export const NONE = -1;

/**
 * Per-resource lists start as one shared empty list and get their own array on the first
 * {@link addTo}: most resources have no entry in most lists, and ten thousand small arrays per list
 * made indexing large designs allocation- and GC-bound. The shared list is never written (the
 * lists are read-only outside this module). It is deliberately not frozen: frozen arrays have their
 * own elements kind, and mixing them with ordinary arrays made V8 fall back to allocating iterators
 * in every `for…of` over these lists (measured: a third of the allocation of a full matrix).
 */
const EMPTY_LIST: readonly never[] = [];

/** `n` empty per-resource lists (all sharing one empty list until written). */
export function lists<T = number>(n: number): T[][] {
  return new Array<T[]>(n).fill(EMPTY_LIST as unknown as T[]);
}

/** Appends `value` to list `i` of `table` (made by {@link lists}); ignores an out-of-range `i`. */
export function addTo<T>(table: T[][], i: number, value: T): void {
  const list = table[i];
  if (list === undefined) return;
  if (list === (EMPTY_LIST as unknown as T[])) table[i] = [value];
  else list.push(value);
}

/** Integer indexes of a design's resources, plus the region/AZ structure. */
export interface ResourceIndex {
  readonly n: number;
  readonly resources: readonly Resource[];
  readonly ids: readonly ResourceId[];
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Per resource index: the index its id resolves to (`indexOf`), which is itself unless an earlier
   * resource has the same id (restore renames duplicates, but the engine takes any design).
   */
  readonly canonical: Int32Array;
  /** Region resource indexes in document order. */
  readonly regions: readonly number[];
  /** Per region index: its AZ indexes in region order. */
  readonly azsOfRegion: ReadonlyMap<number, readonly number[]>;
  /** External network name → AZ index. */
  readonly extNetAzByName: ReadonlyMap<string, number>;
}

export interface Placement {
  /** Effective AZ (resource index of the AZ) or NONE. For AZs, themselves. */
  readonly az: Int32Array;
  /** Region (resource index) or NONE for global resources. */
  readonly region: Int32Array;
  /** 1 when the AZ is a documented default or an [INFERRED] rule rather than the user's choice. */
  readonly azDefaulted: Uint8Array;
  /** 1 when the AZ comes from an [INFERRED] rule (router without hints, instance without AZ via API). */
  readonly azInferred: Uint8Array;
}

export function buildResourceIndex(design: Design): ResourceIndex {
  const resources = design.resources;
  const n = resources.length;
  const ids: ResourceId[] = new Array<ResourceId>(n);
  const indexOf = new Map<string, number>();
  const canonical = new Int32Array(n);
  const regions: number[] = [];
  const azsOfRegion = new Map<number, number[]>();
  const extNetAzByName = new Map<string, number>();
  // One map write per resource: ids are unique in any saved design, so the map then has n entries
  // and every resource is its own canonical index. Only when ids repeat is the map rebuilt so that
  // the first resource with an id keeps it (a look-up and a write per resource, as before).
  const azs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = resources[i] as Resource;
    ids[i] = r.id;
    indexOf.set(r.id, i);
    canonical[i] = i;
    if (r.kind === 'region') {
      regions.push(i);
      azsOfRegion.set(i, []);
    } else if (r.kind === 'availabilityZone') azs.push(i);
  }
  if (indexOf.size !== n) {
    indexOf.clear();
    for (let i = 0; i < n; i++) {
      const id = ids[i] as ResourceId;
      const earlier = indexOf.get(id);
      if (earlier === undefined) indexOf.set(id, i);
      canonical[i] = earlier ?? i;
    }
  }
  for (const i of azs) {
    const r = resources[i] as Resource;
    if (r.kind !== 'availabilityZone') continue;
    const region = indexOf.get(r.region);
    if (region !== undefined) azsOfRegion.get(region)?.push(i);
    for (const name of r.externalNetworks) if (!extNetAzByName.has(name)) extNetAzByName.set(name, i);
  }
  for (const list of azsOfRegion.values()) {
    list.sort((a, b) => azOrder(resources[a]) - azOrder(resources[b]) || a - b);
  }
  return { n, resources, ids, indexOf, canonical, regions, azsOfRegion, extNetAzByName };
}

function azOrder(r: Resource | undefined): number {
  return r?.kind === 'availabilityZone' ? r.order : 0;
}

/** Per kind code: 1 for the kinds that get a default zone when the design leaves theirs open. */
const ZONE_DEFAULTED = ((): Uint8Array => {
  const table = new Uint8Array(KIND_COUNT);
  for (const k of [K_INSTANCE, K_LOAD_BALANCER, K_ROUTER, K_VOLUME, K_ENDPOINT]) table[k] = 1;
  return table;
})();

/**
 * Effective AZ per DOMAIN.md 2.2. Where the design leaves a zone open, the region is taken from the
 * resource's connections (its subnet, VIP subnet, attached instance, external network), falling back
 * to the design's first region, and the zone is that region's first AZ.
 */
export function computePlacement(
  idx: ResourceIndex,
  kindCode: Uint8Array,
  hints: { portSubnets: readonly (readonly number[])[]; interfaceSubnets: readonly (readonly number[])[]; volumeInstance: Int32Array },
): Placement {
  const { n, resources, indexOf } = idx;
  const az = new Int32Array(n).fill(NONE);
  const region = new Int32Array(n).fill(NONE);
  const azDefaulted = new Uint8Array(n);
  const azInferred = new Uint8Array(n);
  const look = (id: ResourceId | null | undefined): number => (id == null ? NONE : (indexOf.get(id) ?? NONE));
  const azOrNone = (id: ResourceId | null): number => {
    const i = look(id);
    return i !== NONE && resources[i]?.kind === 'availabilityZone' ? i : NONE;
  };
  const firstRegion = idx.regions[0] ?? NONE;
  const firstAzOf = (reg: number): number => (reg === NONE ? NONE : (idx.azsOfRegion.get(reg)?.[0] ?? NONE));
  const regionOfAz = (a: number): number => {
    const r = a === NONE ? undefined : resources[a];
    return r?.kind === 'availabilityZone' ? look(r.region) : NONE;
  };

  // Pass 1: regions, AZs, networks, subnets and explicitly placed resources.
  for (let i = 0; i < n; i++) {
    const r = resources[i] as Resource;
    switch (r.kind) {
      case 'region':
        region[i] = i;
        break;
      case 'availabilityZone':
        az[i] = i;
        region[i] = look(r.region);
        break;
      case 'network':
        region[i] = look(r.region);
        break;
      case 'floatingIp':
        az[i] = idx.extNetAzByName.get(r.pool) ?? NONE;
        break;
      case 'publicPort':
        az[i] = idx.extNetAzByName.get(r.network) ?? NONE;
        break;
      case 'instance':
      case 'volume':
      case 'loadBalancer':
      case 'objectStorageEndpoint':
        az[i] = azOrNone(r.availabilityZone);
        break;
      case 'router': {
        const hinted = r.availabilityZoneHints.map(azOrNone).filter((a) => a !== NONE);
        if (hinted.length === 1) az[i] = hinted[0] ?? NONE;
        else if (hinted.length > 1) {
          // Several hints: provisioned in the first zone of the region, in region order.
          az[i] = firstAzOf(regionOfAz(hinted[0] ?? NONE));
          azInferred[i] = 1;
        }
        break;
      }
      default:
        break;
    }
  }
  for (let i = 0; i < n; i++) {
    if (kindCode[i] !== K_SUBNET) continue;
    region[i] = region[look((resources[i] as Subnet).network)] ?? NONE;
  }
  const regionFromSubnets = (subnets: readonly number[] | undefined): number => {
    for (const s of subnets ?? []) {
      const reg = region[s] ?? NONE;
      if (reg !== NONE) return reg;
    }
    return NONE;
  };
  // Pass 2: defaults for AZ-scoped resources without a zone.
  for (let i = 0; i < n; i++) {
    if (az[i] !== NONE || !ZONE_DEFAULTED[kindCode[i] ?? 0]) continue;
    const r = resources[i] as Resource;
    let reg = NONE;
    switch (r.kind) {
      case 'instance':
        reg = regionFromSubnets(hints.portSubnets[i]);
        azInferred[i] = 1;
        break;
      case 'loadBalancer':
        reg = region[look(r.vipSubnet)] ?? NONE;
        break;
      case 'router':
        reg = r.externalNetwork !== null ? regionOfAz(idx.extNetAzByName.get(r.externalNetwork) ?? NONE) : NONE;
        if (reg === NONE) reg = regionFromSubnets(hints.interfaceSubnets[i]);
        azInferred[i] = 1;
        break;
      case 'volume': {
        const inst = hints.volumeInstance[i] ?? NONE;
        reg = inst === NONE ? NONE : regionFromSubnets(hints.portSubnets[inst]);
        break;
      }
      case 'objectStorageEndpoint':
        break;
      default:
        continue;
    }
    az[i] = firstAzOf(reg === NONE ? firstRegion : reg);
    azDefaulted[i] = 1;
  }
  // Pass 3: regions of AZ-scoped resources.
  for (let i = 0; i < n; i++) {
    const a = az[i] ?? NONE;
    if (a !== NONE && region[i] === NONE) region[i] = regionOfAz(a);
  }
  return { az, region, azDefaulted, azInferred };
}
