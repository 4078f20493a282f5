/**
 * Rule cases for the network rules: floating IPs (F01–F03), routers (F04–F06), gateways and paths
 * (F07, F08), directly attached IPs (F23, F24), multi-homing (F25). Test-only.
 */
import { resourceId } from '../../model/ids';
import { designOf, fip, gateway, instance, port, rel, res, router, subnet, zones, A, B, xA, xB } from '../testing/build';
import { linkSubnet, singleZone, toDesign as d, type Fragment, type RuleCase } from './caseKit';

/** S2: floating IP fA (europe-se-1a) on instance iB (europe-se-1b), behind router rA. */
function crossZoneFip(instanceAz: typeof A): Fragment {
  return {
    resources: [...zones(), ...subnet('s1', 45), router('rA', A), instance('iB', instanceAz), fip('fA', A)],
    relations: [gateway('rA', 's1', 45), port('iB', 's1'), rel('fipAssociation', 'fA', 'iB')],
  };
}

/** S10c: floating IP fB (pool of `pool`) on iB in sB, whose only router rA has its gateway on xA. */
function fipOnRouterOfA(poolAz: typeof A): Fragment {
  return {
    resources: [...zones(), ...subnet('sB', 46), router('rA', A), instance('iB', B), fip('fB', poolAz)],
    relations: [gateway('rA', 'sB', 46), port('iB', 'sB'), rel('fipAssociation', 'fB', 'iB')],
  };
}

/** Instance iA with ports on sA (primary) and sC, both routed by rA; fA bound to the port on `bound`. */
function multiHomedFip(bound: string | null): Fragment {
  const base = singleZone();
  return {
    resources: [...base.resources, ...subnet('sC', 47)],
    relations: [
      gateway('rA', 'sA', 45),
      gateway('rA', 'sC', 47),
      port('iA', 'sA'),
      port('iA', 'sC', { primary: false }),
      rel('fipAssociation', 'fA', 'iA', { portSubnet: bound === null ? null : resourceId(bound) }),
    ],
  };
}

/** Subnet sA's gateway is rA (external gateway `rAExt`); router rX (also europe-se-1a, on xA) sits on sA at .2. */
function fipServedByOtherRouter(rAExt: string | null): Fragment {
  return {
    resources: [...zones(), ...subnet('sA', 45), router('rA', A, { externalNetwork: rAExt }), router('rX', A), instance('iA', A), fip('fA', A)],
    relations: [gateway('rA', 'sA', 45), gateway('rX', 'sA', 45, 2), port('iA', 'sA'), rel('fipAssociation', 'fA', 'iA')],
  };
}

/**
 * iA (sA, router rA) depends on iA2 (sC, router rC in `rcAz`); rA and rC route to each other over the
 * link subnet, so the path is [rA, rC] both ways.
 */
function routedDependency(rcAz: typeof A): Fragment {
  return {
    resources: [
      ...zones(),
      ...subnet('sA', 45),
      ...subnet('sC', 47),
      ...linkSubnet(),
      router('rA', A, { routes: [{ destinationCidr: '172.29.47.0/24', nextHop: '172.29.254.2' }] }),
      router('rC', rcAz, { routes: [{ destinationCidr: '172.29.45.0/24', nextHop: '172.29.254.1' }] }),
      instance('iA', A),
      instance('iA2', A),
    ],
    relations: [
      gateway('rA', 'sA', 45),
      gateway('rC', 'sC', 47),
      rel('routerInterface', 'rA', 'sL', { ip: '172.29.254.1' }),
      rel('routerInterface', 'rC', 'sL', { ip: '172.29.254.2' }),
      port('iA', 'sA'),
      port('iA2', 'sC'),
      rel('dependsOn', 'iA', 'iA2', { required: true, via: 'private' }),
    ],
  };
}

/** Instance iA (europe-se-1a) whose only port is directly attached IP ppA, with floating IP fA bound to it. */
function fipOnDirectIp(withPrivatePort: boolean): Fragment {
  const base = singleZone();
  return {
    resources: [...base.resources, res('publicPort', 'ppA', { network: xA, instance: resourceId('iA') })],
    relations: [gateway('rA', 'sA', 45), ...(withPrivatePort ? [port('iA', 'sA')] : []), rel('fipAssociation', 'fA', 'iA')],
  };
}

/** Instance iA with ports on sA (gateway rA) and on sK (gateway `skGateway`). */
function twoPorts(skGateway: string | null, secondPort = true): Fragment {
  const base = singleZone();
  return {
    resources: [...base.resources, ...subnet('sK', 48, skGateway)],
    relations: [...base.relations, ...(secondPort ? [port('iA', 'sK', { primary: false })] : [])],
  };
}

export const NETWORK_CASES: RuleCase[] = [
  {
    id: 'F01', rule: 'FIP_AZ_MISMATCH', severity: 'warning', subjects: ['fA'], inferred: false,
    title: 'floating IP of 1a on an instance in 1b',
    fires: d(crossZoneFip(B)), quiet: d(crossZoneFip(A)),
  },
  {
    id: 'F02', rule: 'FIP_NO_SERVING_ROUTER', severity: 'error', subjects: ['fB'], inferred: false,
    title: 'floating IP of 1b whose subnet only has a router on the 1a external network',
    fires: d(fipOnRouterOfA(B)), quiet: d(fipOnRouterOfA(A)),
  },
  {
    id: 'F03', rule: 'FIP_NOT_ON_DEFAULT_ROUTE', severity: 'warning', subjects: ['fA'], inferred: false,
    title: 'floating IP on the secondary port of a multi-homed instance',
    fires: d(multiHomedFip('sC')), quiet: d(multiHomedFip(null)),
  },
  {
    id: 'F03', rule: 'FIP_NOT_ON_DEFAULT_ROUTE', severity: 'warning', subjects: ['fA'], inferred: true,
    title: 'floating IP served by a router that is not the subnet gateway (inferred condition)',
    fires: d(fipServedByOtherRouter(null)), quiet: d(fipServedByOtherRouter(xA)),
  },
  {
    id: 'F04', rule: 'ROUTER_MULTI_AZ_HINT', severity: 'warning', subjects: ['rM'], inferred: false,
    title: 'router with hints for both zones',
    fires: designOf([...zones(), res('router', 'rM', { availabilityZoneHints: [A, B], externalNetwork: xA })]),
    quiet: designOf([...zones(), res('router', 'rM', { availabilityZoneHints: [A], externalNetwork: xA })]),
  },
  {
    id: 'F05', rule: 'ROUTER_NO_AZ_HINT', severity: 'info', subjects: ['r0'], inferred: true,
    title: 'router without zone hint',
    fires: designOf([...zones(), res('router', 'r0', { availabilityZoneHints: [], externalNetwork: xA })]),
    quiet: designOf([...zones(), res('router', 'r0', { availabilityZoneHints: [A], externalNetwork: xA })]),
  },
  {
    id: 'F06', rule: 'ROUTER_EXTNET_AZ_MISMATCH', severity: 'error', subjects: ['rB'], inferred: false,
    title: 'router in 1b with its gateway on the 1a external network',
    fires: designOf([...zones(), router('rB', B, { externalNetwork: xA })]),
    quiet: designOf([...zones(), router('rB', B, { externalNetwork: xB })]),
  },
  {
    id: 'F07', rule: 'CROSS_AZ_GATEWAY', severity: 'warning', subjects: ['iB'], inferred: false,
    title: 'instance in 1b whose subnet gateway is a router in 1a',
    fires: d(crossZoneFip(B)), quiet: d(crossZoneFip(A)),
  },
  {
    id: 'F08', rule: 'ROUTED_PATH_VIA_OTHER_AZ', severity: 'warning', subjects: ['iA', 'rC'], inferred: false,
    title: 'dependency between two 1a instances routed through a router in 1b',
    fires: d(routedDependency(B)), quiet: d(routedDependency(A)),
  },
  {
    id: 'F23', rule: 'DIRECT_IP_WITH_LB_OR_FIP', severity: 'error', subjects: ['fA', 'ppA'], inferred: false,
    title: 'floating IP on an instance reachable only through a directly attached IP',
    fires: d(fipOnDirectIp(false)), quiet: d(fipOnDirectIp(true)),
  },
  {
    id: 'F24', rule: 'DIRECT_IP_AZ_MISMATCH', severity: 'error', subjects: ['ppA', 'iB'], inferred: false,
    title: 'directly attached IP of 1a on an instance in 1b',
    fires: designOf([...zones(), instance('iB', B), res('publicPort', 'ppA', { network: xA, instance: resourceId('iB') })]),
    quiet: designOf([...zones(), instance('iB', B), res('publicPort', 'ppA', { network: xB, instance: resourceId('iB') })]),
  },
  {
    id: 'F25', rule: 'MULTI_HOMED_INSTANCE', severity: 'info', subjects: ['iA'], inferred: false,
    title: 'instance with a second port on a back network without gateway',
    fires: d(twoPorts(null)), quiet: d(twoPorts(null, false)),
  },
  {
    id: 'F25', rule: 'MULTI_HOMED_INSTANCE', severity: 'warning', subjects: ['iA'], inferred: false,
    title: 'instance with two ports on subnets with gateways',
    fires: d(twoPorts('172.29.48.1')), quiet: d(twoPorts('172.29.48.1', false)),
  },
];
