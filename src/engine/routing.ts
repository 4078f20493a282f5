/**
 * Routed paths between subnets (DOMAIN.md 2.5): gateway holders, static routes resolved to next-hop
 * routers, and forward/return path search. Pure functions over the indexed design.
 */
import { cidrContains, parseCidr, parseIpv4, type Cidr } from '../model/cidr';
import { addTo, lists, NONE } from './placement';

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
  /** Subnets each gateway-capable resource (router or instance) has an interface/port on. */
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

/** Interfaces as parallel lists (one entry per router interface or instance port). */
export interface InterfaceRecords {
  readonly holders: readonly number[];
  readonly subnets: readonly number[];
  readonly ips: readonly (string | null)[];
}

/**
 * Builds routing tables. `interfaces` lists every router interface and every instance port with a
 * fixed IP (a custom router is an instance holding the subnet's gateway IP).
 */
export function buildRoutingTables(
  n: number,
  subnetCidrText: readonly (string | null)[],
  subnetGatewayIp: readonly (string | null)[],
  interfaces: InterfaceRecords,
  routerRoutes: readonly ({ destinationCidr: string; nextHop: string }[] | null)[],
): RoutingTables {
  const holderSubnets = lists(n);
  const subnetHolders = lists(n);
  const gatewayHolder = new Int32Array(n).fill(NONE);
  const subnetCidr: (Cidr | null)[] = subnetCidrText.map((c) => (c === null ? null : parseCidr(c)));
  // Only next-hop addresses are ever looked up, so only those are recorded (a few, not every port).
  const nextHopIps = new Set<string>();
  for (const list of routerRoutes) for (const route of list ?? []) nextHopIps.add(route.nextHop.trim());
  const ipOwner = new Map<string, number>();
  // Routers are preferred over instances as gateway holders: interfaces are listed routers first.
  const { holders, subnets, ips } = interfaces;
  for (let k = 0; k < holders.length; k++) {
    const holder = holders[k] as number;
    const subnet = subnets[k] as number;
    const ip = ips[k] ?? null;
    // Checked from the subnet's side: a subnet has a handful of holders, a router hundreds of subnets.
    if (holder >= 0 && holder < n && !(subnetHolders[subnet] ?? []).includes(holder)) {
      addTo(holderSubnets, holder, subnet);
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
  routerRoutes.forEach((list, r) => {
    if (!list || list.length === 0) return;
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
  });
  return { holderSubnets, subnetHolders, gatewayHolder, subnetCidr, routes };
}

function cidrContainsIpNumber(c: Cidr, ip: number): boolean {
  return cidrContains(c, { base: ip, prefix: 32 });
}

/**
 * Forward path from gateway holder `start` to any of `targets` (subnet indexes): the holder itself
 * when it has an interface on a target subnet, else a chain of static routes whose destination
 * covers a target subnet. Returns the holders on the path, or null when there is none.
 */
export function findRoutedPath(t: RoutingTables, start: number, targets: readonly number[]): number[] | null {
  if (start === NONE || targets.length === 0) return null;
  // Look up from the (few) target subnets: a router can hold hundreds of subnets.
  const onTarget = (h: number): boolean => targets.some((s) => (t.subnetHolders[s] ?? []).includes(h));
  if (onTarget(start)) return [start];
  const targetCidrs = targets.map((s) => t.subnetCidr[s]).filter((c): c is Cidr => c !== null);
  const parent = new Map<number, number>([[start, NONE]]);
  const queue = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const h = queue[qi] as number;
    for (const route of t.routes[h] ?? []) {
      const dest = route.destination;
      if (route.nextHop === NONE || dest === null || parent.has(route.nextHop)) continue;
      if (!targetCidrs.some((c) => cidrContains(dest, c))) continue;
      parent.set(route.nextHop, h);
      if (onTarget(route.nextHop)) {
        const path: number[] = [];
        for (let x = route.nextHop; x !== NONE; x = parent.get(x) ?? NONE) path.push(x);
        return path.reverse();
      }
      queue.push(route.nextHop);
    }
  }
  return null;
}

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
  if (sourceSubnets.some((s) => targetSubnets.includes(s))) {
    return DIRECT_PATH;
  }
  const forward = sourcePrimary === NONE ? null : findRoutedPath(t, t.gatewayHolder[sourcePrimary] ?? NONE, targetSubnets);
  const back = targetPrimary === NONE ? null : findRoutedPath(t, t.gatewayHolder[targetPrimary] ?? NONE, sourceSubnets);
  const nodes = [...new Set([...(forward ?? []), ...(back ?? [])])];
  return { exists: forward !== null && back !== null, direct: false, forward: forward ?? [], back: back ?? [], nodes };
}
