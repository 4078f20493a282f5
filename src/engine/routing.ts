/**
 * Routed paths between subnets (DOMAIN.md 2.5): gateway holders, static routes resolved to next-hop
 * routers, and forward/return path search. Pure functions over the indexed design.
 */
import { cidrContains, parseCidr, parseIpv4, type Cidr } from '../model/cidr';
import type { Router, Subnet } from '../model/types';
import { K_ROUTER, K_SUBNET, type KindIndex } from './kinds';
import { addTo, lists, NONE, type ResourceIndex } from './placement';

const NO_INDEXES = new Int32Array(0);

/** A router's static route, resolved against the router's own subnets. */
export interface ResolvedRoute {
  routeIndex: number;
  destination: Cidr | null;
  /** The subnet of the router that contains the next hop, or NONE (not adjacent: F34). */
  viaSubnet: number;
  /** The router (or custom-router instance) holding the next-hop IP on that subnet, or NONE. */
  nextHop: number;
}

export interface RoutingTables {
  /** Per router: the subnets it has an interface on, in interface order (other holders have none listed). */
  readonly holderSubnets: readonly (readonly number[])[];
  /** The inverse: per subnet, the holders with an interface/port on it (a handful each). */
  readonly subnetHolders: readonly (readonly number[])[];
  /** Per subnet: its default-gateway holder, or NONE. */
  readonly gatewayHolder: Int32Array;
  /** Per subnet: parsed CIDR (null when malformed). */
  readonly subnetCidr: readonly (Cidr | null)[];
  /** Per router: resolved static routes. */
  readonly routes: readonly (readonly ResolvedRoute[])[];
}

/** A routed path; `nodes` are the routers (gateway holders) that must all be alive. */
export interface RoutedPath {
  exists: boolean;
  /** True when source and target share a subnet (plain L2, no router needed). */
  direct: boolean;
  forward: number[];
  back: number[];
  nodes: number[];
}

/**
 * Interfaces as parallel lists (one entry per router interface or instance port): holder and subnet
 * indexes in typed arrays sized for the most entries there can be, IPs in a plain list.
 */
export class InterfaceList {
  readonly holders: Int32Array;
  readonly subnets: Int32Array;
  readonly ips: (string | null)[] = [];
  count = 0;

  constructor(capacity: number) {
    this.holders = new Int32Array(capacity);
    this.subnets = new Int32Array(capacity);
  }

  add(holder: number, subnet: number, ip: string | null): void {
    this.holders[this.count] = holder;
    this.subnets[this.count] = subnet;
    this.ips.push(ip);
    this.count++;
  }

  /** The entries of `a` then those of `b`. */
  static join(a: InterfaceList, b: InterfaceList): InterfaceList {
    const out = new InterfaceList(a.count + b.count);
    out.holders.set(a.holders.subarray(0, a.count));
    out.holders.set(b.holders.subarray(0, b.count), a.count);
    out.subnets.set(a.subnets.subarray(0, a.count));
    out.subnets.set(b.subnets.subarray(0, b.count), a.count);
    for (let k = 0; k < a.count; k++) out.ips.push(a.ips[k] ?? null);
    for (let k = 0; k < b.count; k++) out.ips.push(b.ips[k] ?? null);
    out.count = a.count + b.count;
    return out;
  }
}

/**
 * Builds routing tables. `interfaces` lists every router interface and every instance port with a
 * fixed IP (a custom router is an instance holding the subnet's gateway IP). Subnet CIDRs and
 * gateway IPs and router routes are read from the resources of their kind.
 */
export function buildRoutingTables(idx: ResourceIndex, kinds: KindIndex, interfaces: InterfaceList): RoutingTables {
  const { n, resources } = idx;
  const holderSubnets = lists(n);
  const subnetHolders = lists(n);
  const gatewayHolder = new Int32Array(n).fill(NONE);
  const subnetCidr: (Cidr | null)[] = new Array<Cidr | null>(n).fill(null);
  const subnetGatewayIp: (string | null)[] = new Array<string | null>(n).fill(null);
  const subnetList = kinds.byKind[K_SUBNET] ?? NO_INDEXES;
  for (let k = 0; k < subnetList.length; k++) {
    const s = subnetList[k] as number;
    const subnet = resources[s] as Subnet;
    subnetCidr[s] = parseCidr(subnet.cidr);
    subnetGatewayIp[s] = subnet.gatewayIp;
  }
  const routers = kinds.byKind[K_ROUTER] ?? NO_INDEXES;
  // Only next-hop addresses are ever looked up, so only those are recorded (a few, not every port).
  const nextHopIps = new Set<string>();
  for (let k = 0; k < routers.length; k++) for (const route of (resources[routers[k] as number] as Router).routes) nextHopIps.add(route.nextHop.trim());
  const ipOwner = new Map<string, number>();
  // Routers are preferred over instances as gateway holders: interfaces are listed routers first.
  const { holders, subnets, ips } = interfaces;
  for (let k = 0; k < interfaces.count; k++) {
    const holder = holders[k] as number;
    const subnet = subnets[k] as number;
    const ip = ips[k] ?? null;
    // Checked from the subnet's side: a subnet has a handful of holders, a router hundreds of subnets.
    if (holder >= 0 && holder < n && !(subnetHolders[subnet] ?? []).includes(holder)) {
      // Only routers' own subnets are read (to resolve their static routes): no list per instance.
      if (kinds.kindCode[holder] === K_ROUTER) addTo(holderSubnets, holder, subnet);
      addTo(subnetHolders, subnet, holder);
    }
    if (ip === null) continue;
    if (nextHopIps.has(ip)) {
      const key = `${subnet}|${ip}`;
      if (!ipOwner.has(key)) ipOwner.set(key, holder);
    }
    if (subnetGatewayIp[subnet] === ip && gatewayHolder[subnet] === NONE) {
      gatewayHolder[subnet] = holder;
    }
  }
  const routes = lists<ResolvedRoute>(n);
  for (let k = 0; k < routers.length; k++) {
    const r = routers[k] as number;
    const list = (resources[r] as Router).routes;
    if (list.length === 0) continue;
    routes[r] = list.map((route, routeIndex) => {
      const hop = parseIpv4(route.nextHop);
      let viaSubnet = NONE;
      let nextHop = NONE;
      for (const s of holderSubnets[r] ?? []) {
        const c = subnetCidr[s];
        if (hop === null || !c || !cidrContainsIpNumber(c, hop)) continue;
        viaSubnet = s;
        nextHop = ipOwner.get(`${s}|${route.nextHop.trim()}`) ?? NONE;
        if (nextHop === r) nextHop = NONE;
        break;
      }
      return { routeIndex, destination: parseCidr(route.destinationCidr), viaSubnet, nextHop };
    });
  }
  return { holderSubnets, subnetHolders, gatewayHolder, subnetCidr, routes };
}

function cidrContainsIpNumber(c: Cidr, ip: number): boolean {
  return cidrContains(c, { base: ip, prefix: 32 });
}

/** True when holder `h` has an interface or port on one of `targets` (looked up from the few target subnets). */
function onTarget(t: RoutingTables, h: number, targets: readonly number[]): boolean {
  for (let k = 0; k < targets.length; k++) {
    const holders = t.subnetHolders[targets[k] as number];
    if (holders !== undefined && holders.includes(h)) return true;
  }
  return false;
}

/** True when `dest` covers one of the (parsed) target subnets. */
function coversTarget(t: RoutingTables, dest: Cidr, targets: readonly number[]): boolean {
  for (let k = 0; k < targets.length; k++) {
    const c = t.subnetCidr[targets[k] as number];
    if (c != null && cidrContains(dest, c)) return true;
  }
  return false;
}

/**
 * Forward path from gateway holder `start` to any of `targets` (subnet indexes): the holder itself
 * when it has an interface on a target subnet, else a chain of static routes whose destination
 * covers a target subnet. Returns the holders on the path, or null when there is none. The search
 * structures are made only when a route has to be followed (most holders are on a target subnet).
 */
export function findRoutedPath(t: RoutingTables, start: number, targets: readonly number[]): number[] | null {
  if (start === NONE || targets.length === 0) return null;
  // Look up from the (few) target subnets: a router can hold hundreds of subnets.
  if (onTarget(t, start, targets)) return [start];
  if ((t.routes[start] ?? NO_ROUTES).length === 0) return null;
  const parent = new Map<number, number>([[start, NONE]]);
  const queue = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const h = queue[qi] as number;
    for (const route of t.routes[h] ?? NO_ROUTES) {
      const dest = route.destination;
      if (route.nextHop === NONE || dest === null || parent.has(route.nextHop)) continue;
      if (!coversTarget(t, dest, targets)) continue;
      parent.set(route.nextHop, h);
      if (onTarget(t, route.nextHop, targets)) {
        const path: number[] = [];
        for (let x = route.nextHop; x !== NONE; x = parent.get(x) ?? NONE) path.push(x);
        return path.reverse();
      }
      queue.push(route.nextHop);
    }
  }
  return null;
}

const NO_ROUTES: readonly ResolvedRoute[] = [];

// Shared results: most dependencies are direct (same subnet), and each used to get its own path
// object with three empty arrays. Paths are only ever read. Not frozen, so they keep the same
// shape and elements kind as every other path (frozen ones slow down the loops that read them).
const NO_HOPS: number[] = [];
/** A path between endpoints on a shared subnet: plain L2, no router needed. Never modify. */
export const DIRECT_PATH: RoutedPath = { exists: true, direct: true, forward: NO_HOPS, back: NO_HOPS, nodes: NO_HOPS };
/** No path at all (e.g. between regions, which share no private network). Never modify. */
export const NO_PATH: RoutedPath = { exists: false, direct: false, forward: NO_HOPS, back: NO_HOPS, nodes: NO_HOPS };

/**
 * The private path between two endpoints given their subnets and primary subnets: direct when they
 * share a subnet, else forward (source's gateway → target subnets) plus return (target's gateway →
 * source subnets). Both directions must exist.
 */
export function privatePath(
  t: RoutingTables,
  sourceSubnets: readonly number[],
  sourcePrimary: number,
  targetSubnets: readonly number[],
  targetPrimary: number,
): RoutedPath {
  for (let k = 0; k < sourceSubnets.length; k++) if (targetSubnets.includes(sourceSubnets[k] as number)) return DIRECT_PATH;
  const forward = sourcePrimary === NONE ? null : findRoutedPath(t, t.gatewayHolder[sourcePrimary] ?? NONE, targetSubnets);
  const back = targetPrimary === NONE ? null : findRoutedPath(t, t.gatewayHolder[targetPrimary] ?? NONE, sourceSubnets);
  return { exists: forward !== null && back !== null, direct: false, forward: forward ?? [], back: back ?? [], nodes: union(forward, back) };
}

/** The holders of both directions, each once, forward first (what `[...new Set([...a, ...b])]` gives). */
function union(forward: readonly number[] | null, back: readonly number[] | null): number[] {
  const nodes: number[] = [];
  for (const list of [forward, back]) {
    if (list === null) continue;
    for (let k = 0; k < list.length; k++) {
      const h = list[k] as number;
      if (!nodes.includes(h)) nodes.push(h);
    }
  }
  return nodes;
}
