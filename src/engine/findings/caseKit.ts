/**
 * Test support for the finding rules: the shape of a rule case (a design where the rule fires and a
 * close variant where it stays quiet) and small design fragments the case tables share. Test-only:
 * never imported by the app.
 */
import { resourceId } from '../../model/ids';
import type { Design, Relation, Resource } from '../../model/types';
import { designOf, fip, gateway, instance, port, rel, res, router, subnet, zones, A, B, R1 } from '../testing/build';
import { buildTopology } from '../topology';
import { computeFindings, type Finding, type Severity } from './index';

/** One rule case: the finding `fires` must produce exactly once, and `quiet` must not produce at all. */
export interface RuleCase {
  id: string;
  rule: string;
  severity: Severity;
  /** The exact subject ids of the finding (main subject first). */
  subjects: string[];
  inferred: boolean;
  fires: Design;
  quiet: Design;
  /** What the case shows, for the test title. */
  title: string;
}

/** Resources and relations of a design being put together. */
export interface Fragment {
  resources: Resource[];
  relations: Relation[];
}

/** The design of a fragment. */
export function toDesign(fragment: Fragment): Design {
  return designOf(fragment.resources, fragment.relations);
}

/** Every finding of a design. */
export function findingsOf(design: Design): Finding[] {
  return computeFindings(buildTopology(design));
}

/** A second region, eu-north-1, with one AZ and its external network. */
export const NORTH = resourceId('eu-north-1');
export const NORTH_A = resourceId('eu-north-1a');
export const xN = 'eu-north-1-1a-net0';

export function northRegion(): Resource[] {
  return [res('region', NORTH), res('availabilityZone', NORTH_A, { region: NORTH, order: 0, externalNetworks: [xN] })];
}

/** A link subnet `sL` (172.29.254.0/27, no gateway) on its own network. */
export function linkSubnet(cidr = '172.29.254.0/27'): Resource[] {
  return [
    res('network', 'sL-net', { region: R1 }),
    res('subnet', 'sL', { network: resourceId('sL-net'), cidr, gatewayIp: null, role: 'link' }),
  ];
}

/** S1: router rA, subnet sA (172.29.45.0/24), instance iA and floating IP fA, all in europe-se-1a. */
export function singleZone(): Fragment {
  return {
    resources: [...zones(), ...subnet('sA', 45), router('rA', A), instance('iA', A), fip('fA', A)],
    relations: [gateway('rA', 'sA', 45), port('iA', 'sA'), rel('fipAssociation', 'fA', 'iA')],
  };
}

/**
 * S3 without the global load balancer: a stack per zone (sA/rA/iA/fA, sB/rB/iB/fB), routers joined
 * over link subnet sL with static routes both ways. Options drop rB's return route, change rA's next
 * hop or renumber sB.
 */
export function twoZones(options: { returnRoute?: boolean; nextHopOfA?: string; cidrB?: string } = {}): Fragment {
  const returnRoute = options.returnRoute ?? true;
  const cidrB = options.cidrB ?? '172.29.46.0/24';
  return {
    resources: [
      ...zones(),
      ...subnet('sA', 45),
      res('network', 'sB-net', { region: R1 }),
      res('subnet', 'sB', { network: resourceId('sB-net'), cidr: cidrB, gatewayIp: '172.29.46.1' }),
      ...linkSubnet(),
      router('rA', A, { routes: [{ destinationCidr: cidrB, nextHop: options.nextHopOfA ?? '172.29.254.2' }] }),
      router('rB', B, { routes: returnRoute ? [{ destinationCidr: '172.29.45.0/24', nextHop: '172.29.254.1' }] : [] }),
      instance('iA', A),
      instance('iB', B),
      fip('fA', A),
      fip('fB', B),
    ],
    relations: [
      gateway('rA', 'sA', 45),
      rel('routerInterface', 'rB', 'sB', { ip: '172.29.46.1' }),
      rel('routerInterface', 'rA', 'sL', { ip: '172.29.254.1' }),
      rel('routerInterface', 'rB', 'sL', { ip: '172.29.254.2' }),
      port('iA', 'sA'),
      port('iB', 'sB'),
      rel('fipAssociation', 'fA', 'iA'),
      rel('fipAssociation', 'fB', 'iB'),
    ],
  };
}

/**
 * A load balancer `l1` in `lbAz` with its VIP on sA (router rA in europe-se-1a), HTTP listener li1 →
 * pool p1, and one member per instance given (instances must exist in the resources passed on).
 */
export function loadBalancer(
  lbAz: typeof A | null,
  members: { id: string; instance: string; backup?: boolean }[],
  monitor: 'HTTP' | 'TCP' | 'PING' | null = 'HTTP',
): Resource[] {
  const l1 = resourceId('l1');
  const p1 = resourceId('p1');
  return [
    res('loadBalancer', 'l1', { availabilityZone: lbAz, vipSubnet: resourceId('sA') }),
    res('listener', 'li1', { loadBalancer: l1, protocol: 'HTTP', protocolPort: 80, defaultPool: p1 }),
    res('pool', 'p1', { loadBalancer: l1, protocol: 'HTTP' }),
    ...(monitor === null ? [] : [res('healthMonitor', 'h1', { pool: p1, type: monitor })]),
    ...members.map((m) =>
      res('poolMember', m.id, { pool: p1, instance: resourceId(m.instance), protocolPort: 80, backup: m.backup ?? false }),
    ),
  ];
}
