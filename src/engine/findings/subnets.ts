/**
 * Subnet findings: F36 (link network misuse), F37 (overlapping subnets behind the same routers),
 * F38 (gateway IP nobody holds), F39 (unusual mask).
 */
import type { ResourceOfKind } from '../../model/types';
import { cidrSize, cidrsOverlap } from '../../model/cidr';
import { K_INSTANCE } from '../kinds';
import { NONE, type Topology } from '../topology';
import { finding, listOf, nameOf, regionOf, resourceAt } from './support';
import type { Finding, FindingRule } from './types';

/**
 * The instances with a port on a subnet, each once, in index order: the instance holders the routing
 * tables list for the subnet (every port relation puts its instance there).
 */
function instancesOn(topo: Topology, subnet: number): number[] {
  const out: number[] = [];
  for (const h of topo.routing.subnetHolders[subnet] ?? []) if (topo.kindCode[h] === K_INSTANCE) out.push(h);
  return out.sort((a, b) => a - b);
}

/**
 * F36: a link subnet with instance ports (LINK_NETWORK_HAS_INSTANCES, info) or overlapping a
 * non-link subnet of the same region (LINK_CIDR_OVERLAP, warning). A custom-router instance is a
 * router for this purpose ([CFR]), so its port on a link network is expected.
 */
export const linkNetworkMisuse: FindingRule = (topo) => {
  const out: Finding[] = [];
  const subnets = topo.ofKind('subnet');
  for (let k = 0; k < subnets.length; k++) {
    const i = subnets[k] as number;
    const subnet = topo.resources[i] as ResourceOfKind<'subnet'>;
    if (subnet.role !== 'link') continue;
    const hosts = instancesOn(topo, i).filter((h) => resourceAt(topo, h, 'instance')?.role !== 'custom-router');
    if (hosts.length > 0) {
      out.push(
        finding(topo, {
          id: 'F36',
          rule: 'LINK_NETWORK_HAS_INSTANCES',
          severity: 'info',
          subjects: [i, ...hosts],
          message: `Link subnet ${nameOf(topo, i)} carries instance ports (${listOf(hosts.map((h) => nameOf(topo, h)))}); a link network is meant to join routers only.`,
          fix: 'Move the instances to a workload subnet, or change the role of this subnet if it is not a link network.',
        }),
      );
    }
    const cidr = topo.routing.subnetCidr[i];
    if (!cidr) continue;
    for (let l = 0; l < subnets.length; l++) {
      const j = subnets[l] as number;
      const other = topo.resources[j] as ResourceOfKind<'subnet'>;
      const otherCidr = topo.routing.subnetCidr[j];
      if (j === i || other.role === 'link' || !otherCidr || regionOf(topo, i) !== regionOf(topo, j)) continue;
      if (!cidrsOverlap(cidr, otherCidr)) continue;
      out.push(
        finding(topo, {
          id: 'F36',
          rule: 'LINK_CIDR_OVERLAP',
          severity: 'warning',
          subjects: [i, j],
          message: `Link subnet ${nameOf(topo, i)} (${subnet.cidr}) overlaps subnet ${nameOf(topo, j)} (${other.cidr}) of the same region.`,
          fix: 'Number link networks from a separate range that no workload subnet uses.',
        }),
      );
    }
  }
  return out;
};

/** Groups of routers joined by static routes (union-find over next hops). */
function routerGroups(topo: Topology): Map<number, number[]> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  // A handful of routers: a plain array reads more simply.
  const routers = Array.from(topo.ofKind('router'));
  for (const r of routers) {
    for (const route of topo.routing.routes[r] ?? []) {
      if (resourceAt(topo, route.nextHop, 'router')) parent.set(find(r), find(route.nextHop));
    }
  }
  const groups = new Map<number, number[]>();
  for (const r of routers) {
    const root = find(r);
    const members = groups.get(root);
    if (members) members.push(r);
    else groups.set(root, [r]);
  }
  return groups;
}

/**
 * Pairs of overlapping subnets (lower index first). CIDR blocks either nest or are disjoint, so a
 * sweep over blocks sorted by start (larger first on ties) keeps a chain of open blocks that all
 * contain the next one: O(n log n) plus the pairs found.
 */
function overlappingPairs(topo: Topology, subnets: readonly number[]): [number, number][] {
  const blocks = subnets
    .flatMap((s) => {
      const c = topo.routing.subnetCidr[s];
      return c ? [{ s, start: c.base, end: c.base + cidrSize(c) - 1 }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.s - b.s);
  const open: typeof blocks = [];
  const pairs: [number, number][] = [];
  for (const block of blocks) {
    while (open.length > 0 && (open[open.length - 1]?.end ?? -1) < block.start) open.pop();
    for (const outer of open) pairs.push(outer.s < block.s ? [outer.s, block.s] : [block.s, outer.s]);
    open.push(block);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** F37: two overlapping subnets attached to the same router, or to routers linked by static routes. */
export const subnetCidrOverlap: FindingRule = (topo) => {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const group of routerGroups(topo).values()) {
    const subnets = [...new Set(group.flatMap((r) => [...(topo.interfaceSubnets[r] ?? [])]))];
    for (const [a, b] of overlappingPairs(topo, subnets)) {
      if (reported.has(`${a}|${b}`)) continue;
      reported.add(`${a}|${b}`);
      const via = group.filter((r) => (topo.interfaceSubnets[r] ?? []).some((s) => s === a || s === b));
      out.push(
        finding(topo, {
          id: 'F37',
          rule: 'SUBNET_CIDR_OVERLAP',
          severity: 'error',
          subjects: [a, b],
          message:
            `Subnets ${nameOf(topo, a)} (${resourceAt(topo, a, 'subnet')?.cidr ?? ''}) and ${nameOf(topo, b)} ` +
            `(${resourceAt(topo, b, 'subnet')?.cidr ?? ''}) overlap and are both reachable through ` +
            `${via.length > 1 ? 'routers' : 'router'} ${listOf(via.map((r) => nameOf(topo, r)))}, so addresses in the shared range cannot be routed.`,
          fix: 'Renumber one of the subnets into a range no other routed subnet uses.',
        }),
      );
    }
  }
  return out;
};

/** F38: a subnet with a gateway IP and instances on it, but nothing holds that gateway IP. */
export const subnetGatewayUnbound: FindingRule = (topo) => {
  const out: Finding[] = [];
  const subnets = topo.ofKind('subnet');
  for (let k = 0; k < subnets.length; k++) {
    const i = subnets[k] as number;
    const subnet = topo.resources[i] as ResourceOfKind<'subnet'>;
    if (subnet.gatewayIp === null || (topo.routing.gatewayHolder[i] ?? NONE) !== NONE || instancesOn(topo, i).length === 0) continue;
    out.push(
      finding(topo, {
        id: 'F38',
        rule: 'SUBNET_GATEWAY_UNBOUND',
        severity: 'warning',
        subjects: [i],
        message:
          `Subnet ${nameOf(topo, i)} hands out gateway ${subnet.gatewayIp} to its instances, but no router or custom router ` +
          `holds that address, so their traffic to other networks goes nowhere.`,
        fix: `Attach a router to the subnet with the address ${subnet.gatewayIp}, or disable the gateway if this is a back network.`,
      }),
    );
  }
  return out;
};

/** F39: a subnet mask outside the suggested /18–/27 range. */
export const subnetMaskUnusual: FindingRule = (topo) => {
  const out: Finding[] = [];
  const subnets = topo.ofKind('subnet');
  for (let k = 0; k < subnets.length; k++) {
    const i = subnets[k] as number;
    const subnet = topo.resources[i] as ResourceOfKind<'subnet'>;
    const cidr = topo.routing.subnetCidr[i];
    if (!cidr || (cidr.prefix >= 18 && cidr.prefix <= 27)) continue;
    out.push(
      finding(topo, {
        id: 'F39',
        rule: 'SUBNET_MASK_UNUSUAL',
        severity: 'info',
        subjects: [i],
        message: `Subnet ${nameOf(topo, i)} uses a /${cidr.prefix} mask (${subnet.cidr}), outside the suggested range of /18 to /27.`,
        fix: 'Pick a mask between /18 and /27; /24 is the usual choice.',
      }),
    );
  }
  return out;
};
