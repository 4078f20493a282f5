/**
 * Load balancer placement findings: F12 (default zone), F13 (router or floating IP in another zone),
 * F14 (members in other zones), F22 (VIP subnet without router), F41 (LB-to-LB failover pair).
 */
import { K_INSTANCE } from '../kinds';
import { memberAt } from '../ruleTables';
import { NONE } from '../topology';
import {
  at,
  azOf,
  describe,
  finding,
  listOf,
  nameOf,
  resourceAt,
  zoneName,
} from './support';
import type { Finding, FindingRule } from './types';

/** F12: a load balancer without explicit zone lands in the region's first zone. */
export const lbDefaultAz: FindingRule = (topo) => {
  const out: Finding[] = [];
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    // Defaulted covers both an empty zone and one that names no zone of the design.
    if (at(topo.placement.azDefaulted, i) !== 1) continue;
    out.push(
      finding(topo, {
        id: 'F12',
        rule: 'LB_DEFAULT_AZ',
        severity: 'info',
        subjects: [i],
        message: `Load balancer ${nameOf(topo, i)} has no zone set, so it is created in ${zoneName(topo, azOf(topo, i))}.`,
        fix: 'Choose the load balancer’s zone explicitly, the zone of its router and floating IP.',
      }),
    );
  }
  return out;
};

/** F13: the LB's zone differs from its VIP subnet's gateway router or its floating IP's serving router. */
export const lbRouterAzMismatch: FindingRule = (topo) => {
  const out: Finding[] = [];
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    const az = azOf(topo, i);
    if (az === NONE) continue;
    const vipSubnet = at(topo.tables.vipSubnetOf, i);
    const gateway = at(topo.routing.gatewayHolder, vipSubnet);
    // Most load balancers share their routers' zone: check that before naming anything.
    const away = (router: number): boolean => router !== NONE && azOf(topo, router) !== NONE && azOf(topo, router) !== az;
    if (!away(gateway) && !(topo.fipsOf[i] ?? []).some((fip) => away(at(topo.fipServingRouter, fip)))) continue;
    // Each router the LB's traffic passes, with the role it plays for the LB.
    const roles = new Map<number, string[]>();
    const note = (router: number, role: string): void => {
      if (router !== NONE) roles.set(router, [...(roles.get(router) ?? []), role]);
    };
    note(gateway, `gateway of VIP subnet ${nameOf(topo, vipSubnet)}`);
    for (const fip of topo.fipsOf[i] ?? []) note(at(topo.fipServingRouter, fip), `router serving floating IP ${nameOf(topo, fip)}`);
    const elsewhere = [...roles.keys()].filter((r) => azOf(topo, r) !== NONE && azOf(topo, r) !== az);
    if (elsewhere.length === 0) continue;
    const where = elsewhere.map(
      (r) => `${describe(topo, r)} in ${zoneName(topo, azOf(topo, r))} (${listOf(roles.get(r) ?? [])})`,
    );
    out.push(
      finding(topo, {
        id: 'F13',
        rule: 'LB_ROUTER_AZ_MISMATCH',
        severity: 'warning',
        subjects: [i],
        message:
          `Load balancer ${nameOf(topo, i)} runs in ${zoneName(topo, az)}, but its traffic passes ${listOf(where)}: ` +
          `the service also stops when that zone fails.`,
        fix: `Keep the load balancer, the router of its VIP subnet and its floating IP in the same zone.`,
        placed: [i, ...elsewhere],
      }),
    );
  }
  return out;
};

/** F14: some member instance runs in another zone than the single-zone load balancer. */
export const lbSingleAzMultiAzPool: FindingRule = (topo) => {
  const out: Finding[] = [];
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    const az = azOf(topo, i);
    if (az === NONE) continue;
    const remote: number[] = [];
    const pools = topo.poolsOf[i] ?? [];
    for (let j = 0; j < pools.length; j++) {
      const members = topo.membersOf[pools[j] as number] ?? [];
      for (let l = 0; l < members.length; l++) {
        const m = members[l] as number;
        const backend = memberAt(topo.tables, m)?.backend ?? NONE;
        const backendAz = azOf(topo, backend);
        if (topo.kindCode[backend] !== K_INSTANCE || backendAz === NONE || backendAz === az) continue;
        if (!remote.includes(backend)) remote.push(backend);
      }
    }
    if (remote.length === 0) continue;
    const names = remote.map((b) => `${nameOf(topo, b)} (${zoneName(topo, azOf(topo, b))})`);
    out.push(
      finding(topo, {
        id: 'F14',
        rule: 'LB_SINGLE_AZ_MULTI_AZ_POOL',
        severity: 'warning',
        subjects: [i],
        message:
          `Load balancer ${nameOf(topo, i)} runs only in ${zoneName(topo, az)} while it balances over members in other zones ` +
          `(${listOf(names)}): if ${zoneName(topo, az)} fails, those healthy members are unreachable too.`,
        fix: 'Run one load balancer per zone with members of that zone, and spread traffic over them with a global load balancer or DNS.',
        placed: [i, ...remote],
      }),
    );
  }
  return out;
};

/** F22: the VIP subnet of a load balancer has no router interface. */
export const lbSubnetNoRouter: FindingRule = (topo) => {
  const out: Finding[] = [];
  const routed = new Set<number>();
  const routers = topo.ofKind('router');
  for (let k = 0; k < routers.length; k++) {
    const r = routers[k] as number;
    for (const s of topo.interfaceSubnets[r] ?? []) routed.add(s);
  }
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    const subnet = at(topo.tables.vipSubnetOf, i);
    if (!resourceAt(topo, subnet, 'subnet') || routed.has(subnet)) continue;
    out.push(
      finding(topo, {
        id: 'F22',
        rule: 'LB_SUBNET_NO_ROUTER',
        severity: 'error',
        subjects: [i],
        message: `Load balancer ${nameOf(topo, i)} has its VIP on subnet ${nameOf(topo, subnet)}, which no router is attached to; the load balancer service needs one.`,
        fix: `Attach subnet ${nameOf(topo, subnet)} to a router in the load balancer’s zone.`,
      }),
    );
  }
  return out;
};

/** F41: a pool member is another LB or a floating IP in another zone (cross-zone LB failover). */
export const lbFailoverPair: FindingRule = (topo) => {
  const out: Finding[] = [];
  const members = topo.ofKind('poolMember');
  for (let k = 0; k < members.length; k++) {
    const m = members[k] as number;
    const info = memberAt(topo.tables, m);
    if (!info) continue;
    const kind = topo.resources[info.backend]?.kind;
    const az = azOf(topo, info.lb);
    const backendAz = azOf(topo, info.backend);
    if ((kind !== 'floatingIp' && kind !== 'loadBalancer') || az === NONE || backendAz === NONE || az === backendAz) continue;
    out.push(
      finding(topo, {
        id: 'F41',
        rule: 'LB_FAILOVER_PAIR',
        severity: 'info',
        subjects: [info.pool, m],
        message:
          `Member ${nameOf(topo, m)} of pool ${nameOf(topo, info.pool)} (load balancer ${nameOf(topo, info.lb)}, ` +
          `${zoneName(topo, az)}) is ${describe(topo, info.backend)} in ${zoneName(topo, backendAz)}: load balancers backing each other up across zones ` +
          `keep hidden dependencies and may not fail over in a partial outage.`,
        fix: 'Put a global load balancer in front of one load balancer per zone instead of chaining load balancers.',
        placed: [info.lb],
      }),
    );
  }
  return out;
};
