/**
 * Directly attached IP findings: F23 (used for a load balancer VIP or a floating IP), F24 (external
 * network of another zone).
 */
import type { FipAssociationRelation, ResourceOfKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import { at, azOf, describe, externalNetworkOf, finding, indexOfId, nameOf, resourceAt, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/** Public ports by their address (first one wins). */
function publicPortsByAddress(topo: Topology): Map<string, number> {
  const out = new Map<string, number>();
  const ports = topo.ofKind('publicPort');
  for (let k = 0; k < ports.length; k++) {
    const i = ports[k] as number;
    const port = topo.resources[i] as ResourceOfKind<'publicPort'>;
    const address = port.address?.trim() ?? '';
    if (address !== '' && !out.has(address)) out.set(address, i);
  }
  return out;
}

/**
 * The directly attached IP a floating IP association lands on, or NONE. The model can express it in
 * three ways: the association points at the public port itself, names it as the port, or uses its
 * address; and an instance whose only ports are directly attached IPs leaves nothing else to bind to.
 */
function fipOnPublicPort(topo: Topology, rel: FipAssociationRelation, byAddress: ReadonlyMap<string, number>): number {
  const to = indexOfId(topo, rel.to);
  if (resourceAt(topo, to, 'publicPort')) return to;
  if (!resourceAt(topo, to, 'instance')) return NONE;
  const own = topo.publicPortsOf[to] ?? [];
  const named = indexOfId(topo, rel.portSubnet);
  if (resourceAt(topo, named, 'publicPort')) return named;
  const byIp = rel.fixedIp === null ? NONE : (byAddress.get(rel.fixedIp.trim()) ?? NONE);
  if (own.includes(byIp)) return byIp;
  if ((topo.portSubnets[to] ?? []).length === 0 && own.length > 0) return own[0] ?? NONE;
  return NONE;
}

/** F23: a load balancer VIP or a floating IP target on an external network (directly attached IP). */
export const directIpWithLbOrFip: FindingRule = (topo) => {
  const out: Finding[] = [];
  const byAddress = publicPortsByAddress(topo);
  const reported = new Set<number>();
  for (const rel of topo.fipAssociations) {
    const i = indexOfId(topo, rel.from);
    const port = resourceAt(topo, i, 'floatingIp') && !reported.has(i) ? fipOnPublicPort(topo, rel, byAddress) : NONE;
    if (port === NONE) continue;
    reported.add(i);
    out.push(
      finding(topo, {
        id: 'F23',
        rule: 'DIRECT_IP_WITH_LB_OR_FIP',
        severity: 'error',
        subjects: [i, port],
        message:
          `Floating IP ${nameOf(topo, i)} is bound to directly attached IP ${nameOf(topo, port)}, a port on an external network; ` +
          `floating IPs only work on ports of private subnets behind a router.`,
        fix: 'Give the instance a port on a private subnet behind a router and bind the floating IP to that port.',
      }),
    );
  }
  const lbs = topo.ofKind('loadBalancer');
  for (let k = 0; k < lbs.length; k++) {
    const i = lbs[k] as number;
    const lb = topo.resources[i] as ResourceOfKind<'loadBalancer'>;
    const named = at(topo.tables.vipSubnetOf, i);
    const port = resourceAt(topo, named, 'publicPort') ? named : lb.vipAddress === null ? NONE : (byAddress.get(lb.vipAddress.trim()) ?? NONE);
    if (port === NONE) continue;
    out.push(
      finding(topo, {
        id: 'F23',
        rule: 'DIRECT_IP_WITH_LB_OR_FIP',
        severity: 'error',
        subjects: [i, port],
        message:
          `Load balancer ${nameOf(topo, i)} has its VIP on directly attached IP ${nameOf(topo, port)}, an external network; ` +
          `the load balancer service cannot use directly attached IPs.`,
        fix: 'Put the VIP on a private subnet behind a router and publish it with a floating IP.',
      }),
    );
  }
  return out;
};

/** F24: a directly attached IP from the external network of another zone than its instance. */
export const directIpAzMismatch: FindingRule = (topo) => {
  const out: Finding[] = [];
  const ports = topo.ofKind('publicPort');
  for (let k = 0; k < ports.length; k++) {
    const i = ports[k] as number;
    const port = topo.resources[i] as ResourceOfKind<'publicPort'>;
    const instance = at(topo.publicPortInstance, i);
    const az = azOf(topo, instance);
    const netAz = at(topo.extNetAz, i);
    if (instance === NONE || az === NONE || netAz === NONE || az === netAz) continue;
    out.push(
      finding(topo, {
        id: 'F24',
        rule: 'DIRECT_IP_AZ_MISMATCH',
        severity: 'error',
        subjects: [i, instance],
        message:
          `Directly attached IP ${nameOf(topo, i)} comes from ${port.network} in ${zoneName(topo, netAz)}, but ` +
          `${describe(topo, instance)} runs in ${zoneName(topo, az)}; a directly attached IP must come from the instance's own zone.`,
        fix: `Attach the address from ${externalNetworkOf(topo, az)} instead.`,
        placed: [instance],
      }),
    );
  }
  return out;
};
