/**
 * All static finding rules (DOMAIN.md section 3), in rule-number order.
 */
import type { Topology } from '../topology';
import { crossRegionDependency, crossRegionPrivateLink } from './regions';
import { crossAzDependency, routedPathViaOtherAz, s3EndpointNotLocal, s3StandaloneMultiAz } from './dependencies';
import { directIpAzMismatch, directIpWithLbOrFip } from './directIps';
import { fipAzMismatch, fipNoServingRouter, fipNotOnDefaultRoute } from './floatingIps';
import { dnsManualFailover, dnsMultiA, noGlobalEntry, singleAzDeployment } from './globalEntry';
import { crossAzGateway, multiHomedInstance } from './instances';
import { lbDefaultAz, lbFailoverPair, lbRouterAzMismatch, lbSingleAzMultiAzPool, lbSubnetNoRouter } from './loadBalancers';
import {
  backupMemberWithoutMonitor,
  listenerNoPool,
  monitorPing,
  monitorWeakerThanListener,
  poolSize,
  poolWithoutHealthMonitor,
  tlsListenerNoCert,
} from './pools';
import { routerExtNetAzMismatch, routerMultiAzHint, routerNoAzHint } from './routers';
import { staticRouteNextHopNotAdjacent, staticRouteNoReturn } from './staticRoutes';
import { backupSameAz, nvmeUse, volumeAzMismatch } from './storage';
import { linkNetworkMisuse, subnetCidrOverlap, subnetGatewayUnbound, subnetMaskUnusual } from './subnets';
import type { Finding, FindingRule } from './types';

export type { Finding, FindingRule, Severity } from './types';
export { nameOf } from './support';

/** Every rule by its id, F01 to F41. A rule may report several variants (F18, F25, F33, F36). */
export const FINDING_RULES_BY_ID: readonly (readonly [id: string, rule: FindingRule])[] = [
  ['F01', fipAzMismatch],
  ['F02', fipNoServingRouter],
  ['F03', fipNotOnDefaultRoute],
  ['F04', routerMultiAzHint],
  ['F05', routerNoAzHint],
  ['F06', routerExtNetAzMismatch],
  ['F07', crossAzGateway],
  ['F08', routedPathViaOtherAz],
  ['F09', crossAzDependency],
  ['F10', s3EndpointNotLocal],
  ['F11', s3StandaloneMultiAz],
  ['F12', lbDefaultAz],
  ['F13', lbRouterAzMismatch],
  ['F14', lbSingleAzMultiAzPool],
  ['F15', poolWithoutHealthMonitor],
  ['F16', monitorPing],
  ['F17', monitorWeakerThanListener],
  ['F18', poolSize],
  ['F19', backupMemberWithoutMonitor],
  ['F20', listenerNoPool],
  ['F21', tlsListenerNoCert],
  ['F22', lbSubnetNoRouter],
  ['F23', directIpWithLbOrFip],
  ['F24', directIpAzMismatch],
  ['F25', multiHomedInstance],
  ['F26', singleAzDeployment],
  ['F27', noGlobalEntry],
  ['F28', dnsManualFailover],
  ['F29', dnsMultiA],
  ['F30', crossRegionPrivateLink],
  ['F31', crossRegionDependency],
  ['F32', volumeAzMismatch],
  ['F33', nvmeUse],
  ['F34', staticRouteNextHopNotAdjacent],
  ['F35', staticRouteNoReturn],
  ['F36', linkNetworkMisuse],
  ['F37', subnetCidrOverlap],
  ['F38', subnetGatewayUnbound],
  ['F39', subnetMaskUnusual],
  ['F40', backupSameAz],
  ['F41', lbFailoverPair],
];

/** The registered rules, in rule-number order. */
export const FINDING_RULES: readonly FindingRule[] = FINDING_RULES_BY_ID.map(([, rule]) => rule);

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every static finding of a design, sorted by severity, then rule id, then subject (both compared
 * with `localeCompare`). Severity and rule id are folded into one number per finding first, so the
 * sort compares subject names only between findings of the same rule and severity.
 */
export function computeFindings(topo: Topology): Finding[] {
  const out = FINDING_RULES.flatMap((rule) => rule(topo));
  const ruleIds = [...new Set(out.map((f) => f.id))].sort((a, b) => a.localeCompare(b));
  const idRank = new Map(ruleIds.map((id, k) => [id, k]));
  const keyed = out.map((f) => ({ f, key: SEVERITY_RANK[f.severity] * ruleIds.length + (idRank.get(f.id) ?? 0), subject: f.subjects[0] ?? '' }));
  keyed.sort((a, b) => a.key - b.key || a.subject.localeCompare(b.subject));
  return keyed.map((k) => k.f);
}
