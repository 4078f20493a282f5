/**
 * Status rules of the network layer (DOMAIN.md 2.3): subnets, routers, floating IPs and directly
 * attached IPs, object storage endpoints.
 */
import { F_GATEWAY_IP, F_REPLICATED } from './ruleTables';
import { causeList, dead, OK_RESULT, reason, reason1, result, single, statusOf, variant, type EvalState, type RuleResult } from './rules-support';
import { NONE } from './topology';
import { DEGRADED, DOWN } from './types';

const GATEWAY_LOST = variant(DEGRADED, 'GATEWAY_LOST', { shared: true });
const EXT_GATEWAY_LOST = variant(DOWN, 'EXT_GATEWAY_LOST', { inferred: true, shared: true });
const SERVING_ROUTER_LOST = variant(DOWN, 'SERVING_ROUTER_LOST');
/** TARGET_LOST and TARGET_DEGRADED of a floating IP, and of a directly attached IP ([INFERRED]). */
const TARGET_LOST = [variant(DOWN, 'TARGET_LOST'), variant(DOWN, 'TARGET_LOST', { inferred: true })] as const;
const TARGET_DEGRADED = [variant(DEGRADED, 'TARGET_DEGRADED'), variant(DEGRADED, 'TARGET_DEGRADED', { inferred: true })] as const;

export function subnetRule(s: EvalState, i: number): RuleResult {
  const { topo } = s;
  if (((topo.tables.flags[i] ?? 0) & F_GATEWAY_IP) === 0) return OK_RESULT;
  const g = topo.routing.gatewayHolder[i] ?? NONE;
  return dead(s, g) ? single(s, GATEWAY_LOST, g) : OK_RESULT;
}

export function routerRule(s: EvalState, i: number): RuleResult {
  const ext = s.topo.extNetAz[i] ?? NONE;
  if (ext !== NONE && s.azDown[ext]) return single(s, EXT_GATEWAY_LOST, ext);
  return OK_RESULT;
}

/** Floating IP (and, by the same front-door logic, a directly attached IP — an [INFERRED] rule). */
export function frontRule(s: EvalState, target: number, servingRouter: number, needsRouter: boolean, inferred: boolean): RuleResult {
  if (target === NONE) return OK_RESULT;
  const noRouter = needsRouter && servingRouter === NONE;
  const routerLost = needsRouter && !noRouter && dead(s, servingRouter);
  const targetLost = dead(s, target);
  if (!noRouter && !routerLost) {
    if (targetLost) return single(s, TARGET_LOST[inferred ? 1 : 0], target);
    if (statusOf(s, target) === DEGRADED) return single(s, TARGET_DEGRADED[inferred ? 1 : 0], target);
    return OK_RESULT;
  }
  const first = noRouter ? reason(s, 'NO_SERVING_ROUTER', []) : reason1(s, SERVING_ROUTER_LOST, servingRouter);
  // Lists made at their exact length (a list grown by push reserves room for 17 entries).
  return result(DOWN, targetLost ? [first, reason1(s, TARGET_LOST[inferred ? 1 : 0], target)] : [first]);
}

export function endpointRule(s: EvalState, i: number): RuleResult {
  const { topo } = s;
  if (((topo.tables.flags[i] ?? 0) & F_REPLICATED) === 0) return OK_RESULT;
  const { offsets, data } = topo.tables.partnerAzs;
  const start = offsets[i] ?? 0;
  const end = offsets[i + 1] ?? 0;
  let lost = 0;
  for (let k = start; k < end; k++) if (s.azDown[data[k] as number]) lost++;
  if (lost === 0) return OK_RESULT;
  const down = causeList();
  for (let k = start; k < end; k++) {
    const a = data[k] as number;
    if (s.azDown[a]) down.push(a);
  }
  return result(DEGRADED, [reason(s, 'REPLICATION_PARTNER_LOST', down)]);
}
