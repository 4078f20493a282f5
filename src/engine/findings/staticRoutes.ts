/**
 * Static route findings: F34 (next hop not on a subnet of the router), F35 (no return route).
 */
import type { ResourceOfKind } from '../../model/types';
import { cidrContains } from '../../model/cidr';
import { NONE, type Topology } from '../topology';
import { finding, indexOfId, listOf, nameOf, resourceAt } from './support';
import type { Finding, FindingRule } from './types';

/** F34: a static route whose next hop lies in none of the router's own subnets. */
export const staticRouteNextHopNotAdjacent: FindingRule = (topo) => {
  const out: Finding[] = [];
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const i = routers[k] as number;
    const router = topo.resources[i] as ResourceOfKind<'router'>;
    for (const resolved of topo.routing.routes[i] ?? []) {
      if (resolved.viaSubnet !== NONE) continue;
      const route = router.routes[resolved.routeIndex];
      if (!route) continue;
      out.push(
        finding(topo, {
          id: 'F34',
          rule: 'STATIC_ROUTE_NEXTHOP_NOT_ADJACENT',
          severity: 'error',
          subjects: [i],
          message:
            `Router ${nameOf(topo, i)} sends ${route.destinationCidr} to ${route.nextHop}, but that address is on none of ` +
            `the subnets the router is attached to, so the next hop cannot be reached.`,
          fix: `Use as next hop an interface address of the peer router on a subnet both routers share, such as a link network.`,
        }),
      );
    }
  }
  return out;
};

/** The IP of `router`'s interface on `subnet`, if one is given. */
function interfaceIp(topo: Topology, router: number, subnet: number): string | null {
  for (const rel of topo.design.relations) {
    if (rel.kind === 'routerInterface' && rel.ip !== null && indexOfId(topo, rel.from) === router && indexOfId(topo, rel.to) === subnet) {
      return rel.ip;
    }
  }
  return null;
}

/**
 * F35: router R1 routes traffic through R2, yet R2 has no route covering any subnet of R1 that R2 is
 * not attached to itself, so replies have no way back. Read literally: one covering return route is
 * enough; a next hop held by a custom-router instance is not checked (its routes are not modelled).
 */
export const staticRouteNoReturn: FindingRule = (topo) => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const r1 = routers[k] as number;
    for (const resolved of topo.routing.routes[r1] ?? []) {
      const r2 = resolved.nextHop;
      const peer = resourceAt(topo, r2, 'router');
      if (!peer || r2 === r1 || seen.has(`${r1}|${r2}`)) continue;
      const peerSubnets = topo.interfaceSubnets[r2] ?? [];
      const own = (topo.interfaceSubnets[r1] ?? []).filter((s) => !peerSubnets.includes(s));
      if (own.length === 0) continue;
      const peerRoutes = (topo.routing.routes[r2] ?? []).map((r) => r.destination);
      const covered = own.some((s) => {
        const cidr = topo.routing.subnetCidr[s];
        return cidr != null && peerRoutes.some((d) => d !== null && cidrContains(d, cidr));
      });
      if (covered) continue;
      seen.add(`${r1}|${r2}`);
      const names = own.map((s) => `${nameOf(topo, s)} (${resourceAt(topo, s, 'subnet')?.cidr ?? ''})`);
      const backHop = interfaceIp(topo, r1, resolved.viaSubnet);
      out.push(
        finding(topo, {
          id: 'F35',
          rule: 'STATIC_ROUTE_NO_RETURN',
          severity: 'warning',
          subjects: [r1, r2],
          message:
            `Router ${nameOf(topo, r1)} sends traffic through router ${nameOf(topo, r2)}, but ${nameOf(topo, r2)} has no route ` +
            `back to ${listOf(names)}, so replies never reach the sender.`,
          fix:
            `Add a static route on ${nameOf(topo, r2)} for ${listOf(names)} with next hop ` +
            `${backHop ?? `the address of ${nameOf(topo, r1)}`} on the subnet both routers share.`,
        }),
      );
    }
  }
  return out;
};
