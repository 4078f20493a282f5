/**
 * Rule cases for static routes (F34, F35) and subnets (F36–F39). Test-only.
 */
import { resourceId } from '../../model/ids';
import type { Resource } from '../../model/types';
import { designOf, gateway, instance, port, rel, res, router, subnet, zones, A, R1 } from '../testing/build';
import { linkSubnet, toDesign as d, twoZones, type Fragment, type RuleCase } from './caseKit';

/** The two-zone design with iA also plugged into the link subnet. */
function instanceOnLink(): Fragment {
  const base = twoZones();
  return { resources: base.resources, relations: [...base.relations, port('iA', 'sL', { primary: false })] };
}

/** A subnet with its own network. */
function plainSubnet(id: string, cidr: string, gatewayIp: string | null): Resource[] {
  return [res('network', `${id}-net`, { region: R1 }), res('subnet', id, { network: resourceId(`${id}-net`), cidr, gatewayIp })];
}

/** Router rA on sA (172.29.45.0/24) and, when `attached`, on sX (172.29.45.128/25). */
function overlapBehindRouter(attached: boolean): Fragment {
  return {
    resources: [...zones(), ...subnet('sA', 45), ...plainSubnet('sX', '172.29.45.128/25', '172.29.45.129'), router('rA', A)],
    relations: [gateway('rA', 'sA', 45), ...(attached ? [rel('routerInterface', 'rA', 'sX', { ip: '172.29.45.129' })] : [])],
  };
}

/** Subnet sA with instance iA, and (when `routed`) router rA holding its gateway. */
function gatewayHeld(routed: boolean): Fragment {
  return {
    resources: [...zones(), ...subnet('sA', 45), instance('iA', A), ...(routed ? [router('rA', A)] : [])],
    relations: [port('iA', 'sA'), ...(routed ? [gateway('rA', 'sA', 45)] : [])],
  };
}

export const ROUTING_CASES: RuleCase[] = [
  {
    id: 'F34', rule: 'STATIC_ROUTE_NEXTHOP_NOT_ADJACENT', severity: 'error', subjects: ['rA'], inferred: false,
    title: 'static route whose next hop is on none of the router’s subnets',
    fires: d(twoZones({ nextHopOfA: '172.29.99.2' })), quiet: d(twoZones()),
  },
  {
    id: 'F35', rule: 'STATIC_ROUTE_NO_RETURN', severity: 'warning', subjects: ['rA', 'rB'], inferred: false,
    title: 'static route without a route back on the peer router',
    fires: d(twoZones({ returnRoute: false })), quiet: d(twoZones()),
  },
  {
    id: 'F36', rule: 'LINK_NETWORK_HAS_INSTANCES', severity: 'info', subjects: ['sL', 'iA'], inferred: false,
    title: 'instance port on a link subnet',
    fires: d(instanceOnLink()), quiet: d(twoZones()),
  },
  {
    id: 'F36', rule: 'LINK_CIDR_OVERLAP', severity: 'warning', subjects: ['sL', 'sA'], inferred: false,
    title: 'link subnet numbered inside a workload subnet',
    fires: designOf([...zones(), ...subnet('sA', 45), ...linkSubnet('172.29.45.224/27')]),
    quiet: designOf([...zones(), ...subnet('sA', 45), ...linkSubnet('172.29.254.0/27')]),
  },
  {
    id: 'F37', rule: 'SUBNET_CIDR_OVERLAP', severity: 'error', subjects: ['sA', 'sX'], inferred: false,
    title: 'two overlapping subnets on the same router',
    fires: d(overlapBehindRouter(true)), quiet: d(overlapBehindRouter(false)),
  },
  {
    id: 'F38', rule: 'SUBNET_GATEWAY_UNBOUND', severity: 'warning', subjects: ['sA'], inferred: false,
    title: 'subnet with a gateway address and instances but no router',
    fires: d(gatewayHeld(false)), quiet: d(gatewayHeld(true)),
  },
  {
    id: 'F39', rule: 'SUBNET_MASK_UNUSUAL', severity: 'info', subjects: ['sT'], inferred: false,
    title: 'subnet with a /28 mask',
    fires: designOf([...zones(), ...plainSubnet('sT', '172.29.50.0/28', '172.29.50.1')]),
    quiet: designOf([...zones(), ...plainSubnet('sT', '172.29.50.0/24', '172.29.50.1')]),
  },
];
