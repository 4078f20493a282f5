/**
 * Inter-region findings: F30 (a private connection between regions), F31 (a required dependency on
 * another region).
 */
import type { ResourceOfKind } from '../../model/types';
import { K_SUBNET } from '../kinds';
import { memberAt } from '../ruleTables';
import { NONE, type DependencyEdge, type Topology } from '../topology';
import { isAlternate } from './dependencies';
import { at, capitalise, describe, finding, indexOfId, nameOf, regionOf, resourceAt } from './support';
import type { Finding, FindingRule } from './types';

/** True when both ends have a known region and the regions differ. */
function crosses(topo: Topology, a: number, b: number): boolean {
  const ra = regionOf(topo, a);
  const rb = regionOf(topo, b);
  return ra !== NONE && rb !== NONE && ra !== rb;
}

function privateLink(topo: Topology, from: number, to: number, what: string): Finding {
  return finding(topo, {
    id: 'F30',
    rule: 'CROSS_REGION_PRIVATE_LINK',
    severity: 'error',
    subjects: [from, to],
    message:
      `${what} joins ${describe(topo, from)} in region ${nameOf(topo, regionOf(topo, from))} to ${describe(topo, to)} in ` +
      `region ${nameOf(topo, regionOf(topo, to))}; private networks do not reach across regions.`,
    fix: 'Connect the regions over public addresses (floating IPs) or a VPN, and keep private connections inside one region.',
  });
}

/** Who holds each address on a subnet, across the whole design (router interfaces and fixed IPs). */
function addressHolders(topo: Topology): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const rel of topo.design.relations) {
    const ip = rel.kind === 'routerInterface' ? rel.ip : rel.kind === 'port' ? rel.fixedIp : null;
    // Only relations with an address are looked up (most relations of a large design have none).
    if (ip === null) continue;
    const holder = indexOfId(topo, rel.from);
    if (holder === NONE) continue;
    const key = ip.trim();
    const list = out.get(key);
    if (list) list.push(holder);
    else out.set(key, [holder]);
  }
  return out;
}

/**
 * F30: ports, router interfaces, load balancer VIPs, pool members, static routes and private
 * dependencies between resources of different regions. A static route crosses when its next hop is
 * held by a resource of another region, whether or not the address is on one of the router's subnets.
 */
export const crossRegionPrivateLink: FindingRule = (topo) => {
  const out: Finding[] = [];
  const links = topo.interfaceLinks;
  for (let k = 0; k < links.length; k += 3) {
    const from = links[k] as number;
    const to = links[k + 1] as number;
    if (topo.kindCode[to] !== K_SUBNET || !crosses(topo, from, to)) continue;
    out.push(privateLink(topo, from, to, links[k + 2] === 0 ? 'A port' : 'A router interface'));
  }
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    const vip = at(topo.tables.vipSubnetOf, i);
    if (resourceAt(topo, vip, 'subnet') && crosses(topo, i, vip)) out.push(privateLink(topo, i, vip, 'The VIP'));
  }
  const members = topo.ofKind('poolMember');
  for (let k = 0; k < members.length; k++) {
    const m = members[k] as number;
    const member = topo.resources[m] as ResourceOfKind<'poolMember'>;
    const info = memberAt(topo.tables, m);
    if (!info || info.lb === NONE) continue;
    // Floating IP or LB backends are public addresses, reached over the internet; only private ends count.
    if (resourceAt(topo, info.backend, 'instance') && crosses(topo, info.lb, info.backend)) {
      out.push(privateLink(topo, m, info.backend, `Pool member ${nameOf(topo, m)}`));
    }
    const subnet = indexOfId(topo, member.subnet);
    if (resourceAt(topo, subnet, 'subnet') && crosses(topo, info.lb, subnet)) {
      out.push(privateLink(topo, m, subnet, `Pool member ${nameOf(topo, m)}`));
    }
  }
  // Who holds an address is only needed for next hops that resolved to nobody on the router's subnets.
  let holders: Map<string, number[]> | null = null;
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const r = routers[k] as number;
    const router = topo.resources[r] as ResourceOfKind<'router'>;
    for (const resolved of topo.routing.routes[r] ?? []) {
      const route = router.routes[resolved.routeIndex];
      if (!route) continue;
      const hops = resolved.nextHop !== NONE ? [resolved.nextHop] : ((holders ??= addressHolders(topo)).get(route.nextHop.trim()) ?? []);
      const remote = hops.find((h) => h !== r && crosses(topo, r, h));
      if (remote !== undefined) out.push(privateLink(topo, r, remote, `The static route to ${route.destinationCidr}`));
    }
  }
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    if (dep.via === 'private' && dep.crossRegion) out.push(privateLink(topo, dep.source, dep.target, 'A private dependency'));
  }
  return out;
};

/** F31: a required dependency whose target lives in another region. */
export const crossRegionDependency: FindingRule = (topo) => {
  const out: Finding[] = [];
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    if (!dep.required || !dep.crossRegion || isAlternate(dep)) continue;
    out.push(
      finding(topo, {
        id: 'F31',
        rule: 'CROSS_REGION_DEPENDENCY',
        severity: 'warning',
        subjects: [dep.source, dep.target],
        message:
          `${capitalise(describe(topo, dep.source))} in region ${nameOf(topo, regionOf(topo, dep.source))} cannot work without ` +
          `${describe(topo, dep.target)} in region ${nameOf(topo, regionOf(topo, dep.target))}, so an outage of either region stops it.`,
        fix: 'Make each region self-sufficient, with its own copy of what the instance needs.',
      }),
    );
  }
  return out;
};
