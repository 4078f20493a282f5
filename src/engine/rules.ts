/**
 * Per-kind status rules (DOMAIN.md 2.3, 2.5, 2.6). Each rule reads the current statuses of the
 * resources it depends on and returns the resource's status and reasons. All rules are monotone:
 * a worse input never yields a better output, which makes the fixpoint in `evaluate` terminate.
 *
 * This module holds the entry point and the placement rule; the rules per topic live in
 * `rules-network.ts`, `rules-instance.ts`, `rules-lb.ts` and `rules-global.ts`.
 */
import {
  K_AZ,
  K_DNS_RECORD,
  K_ENDPOINT,
  K_FLOATING_IP,
  K_GLB,
  K_HEALTH_MONITOR,
  K_INSTANCE,
  K_LISTENER,
  K_LOAD_BALANCER,
  K_POOL,
  K_POOL_MEMBER,
  K_PUBLIC_PORT,
  K_ROUTER,
  K_SUBNET,
  K_VOLUME,
  KIND_COUNT,
} from './kinds';
import { F_DNS_MULTI } from './ruleTables';
import { dnsSingleRule, glbRule } from './rules-global';
import { instanceRule } from './rules-instance';
import { lbRule, listenerRule, memberRule, monitorRule, poolRule } from './rules-lb';
import { endpointRule, frontRule, routerRule, subnetRule } from './rules-network';
import { OK_RESULT, single, variant, type EvalState, type RuleResult } from './rules-support';
import { NONE } from './topology';
import { FAILED } from './types';

const REGION_FAILED = variant(FAILED, 'REGION_FAILED', { shared: true });
const AZ_FAILED = variant(FAILED, 'AZ_FAILED', { shared: true });
const AZ_FAILED_INFERRED = variant(FAILED, 'AZ_FAILED', { inferred: true, shared: true });
const LB_AZ_FAILED = variant(FAILED, 'LB_AZ_FAILED', { shared: true });
const LB_AZ_FAILED_INFERRED = variant(FAILED, 'LB_AZ_FAILED', { inferred: true, shared: true });

export { OK_RESULT, SharedReasons, type EvalState, type RuleResult } from './rules-support';

/** How placement can fail a kind (DOMAIN.md 2.2). */
const BY_REGION = 1;
const BY_AZ = 2;
const BY_LB_AZ = 3;

/**
 * Per kind code: listeners, pools, members and monitors are never FAILED by placement (0): they
 * follow their LB through their own rules (DOWN LB_FAILED), in a region outage just as in a zone
 * outage. Networks, subnets, regions and global kinds fail with their region only; zone-scoped kinds
 * also with their AZ, load balancers with LB_AZ_FAILED.
 */
const PLACEMENT_FAILURE = ((): Uint8Array => {
  const table = new Uint8Array(KIND_COUNT).fill(BY_REGION);
  for (const k of [K_LISTENER, K_POOL, K_POOL_MEMBER, K_HEALTH_MONITOR]) table[k] = 0;
  for (const k of [K_AZ, K_ROUTER, K_INSTANCE, K_VOLUME, K_FLOATING_IP, K_PUBLIC_PORT, K_ENDPOINT]) table[k] = BY_AZ;
  table[K_LOAD_BALANCER] = BY_LB_AZ;
  return table;
})();

/** FAILED by placement (DOMAIN.md 2.2), or null when the resource's own zone and region are up. */
export function placementFailure(s: EvalState, i: number): RuleResult | null {
  const { placement, kindCode } = s.topo;
  const how = PLACEMENT_FAILURE[kindCode[i] ?? 0] ?? 0;
  if (how === 0) return null;
  const region = placement.region[i] ?? NONE;
  if (region !== NONE && s.regionDown[region]) return single(s, REGION_FAILED, region);
  if (how === BY_REGION) return null;
  const az = placement.az[i] ?? NONE;
  if (az === NONE || !s.azDown[az]) return null;
  const inferred = placement.azInferred[i] === 1;
  if (how === BY_AZ) return single(s, inferred ? AZ_FAILED_INFERRED : AZ_FAILED, az);
  return single(s, inferred ? LB_AZ_FAILED_INFERRED : LB_AZ_FAILED, az);
}

/** Evaluates resource `i` against the current state. */
export function evaluateRule(s: EvalState, i: number): RuleResult {
  const failed = placementFailure(s, i);
  if (failed) return failed;
  const { topo } = s;
  switch (topo.kindCode[i]) {
    case K_SUBNET:
      return subnetRule(s, i);
    case K_ROUTER:
      return routerRule(s, i);
    case K_INSTANCE:
      return instanceRule(s, i);
    case K_FLOATING_IP:
      return frontRule(s, topo.fipTarget[i] ?? NONE, topo.fipServingRouter[i] ?? NONE, true, false);
    case K_PUBLIC_PORT:
      return frontRule(s, topo.publicPortInstance[i] ?? NONE, NONE, false, true);
    case K_LOAD_BALANCER:
      return lbRule(s, i);
    case K_LISTENER:
      return listenerRule(s, i);
    case K_POOL:
      return poolRule(s, i);
    case K_POOL_MEMBER:
      return memberRule(s, i);
    case K_HEALTH_MONITOR:
      return monitorRule(s, i);
    case K_GLB:
      return glbRule(s, i, 'TARGETS_FENCED');
    case K_DNS_RECORD:
      return ((topo.tables.flags[i] ?? 0) & F_DNS_MULTI) !== 0 ? glbRule(s, i, 'PARTIAL_ANSWERS_DEAD') : dnsSingleRule(s, i);
    case K_ENDPOINT:
      return endpointRule(s, i);
    default:
      return OK_RESULT;
  }
}
