/**
 * Status rules of the global entry points (DOMAIN.md 2.3): global load balancers, multi-answer DNS
 * records (which fail partially instead of fencing) and single-answer records (re-pointed by hand).
 */
import { K_GLB } from './kinds';
import { inherit } from './rules-lb';
import { countDead, dead, deadOf, OK_RESULT, reason, result, statusOf, type EvalState, type RuleResult } from './rules-support';
import { NONE } from './topology';
import { DEGRADED, DOWN, OK, type Reason, type ReasonCode } from './types';

/** Global load balancer, and a multi-answer DNS record (which fails partially instead of fencing). */
export function glbRule(s: EvalState, i: number, partialCode: ReasonCode): RuleResult {
  const targets = s.topo.tables.targets[i] ?? [];
  let deadCount = 0;
  let degradedCount = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as number;
    if (dead(s, t)) deadCount++;
    else if (statusOf(s, t) === DEGRADED) degradedCount++;
  }
  if (targets.length === 0 || deadCount === targets.length) return result(DOWN, [reason(s, 'ALL_TARGETS_DOWN', deadOf(s, targets))]);
  if (deadCount > 0) return result(DEGRADED, [reason(s, partialCode, deadOf(s, targets))]);
  if (degradedCount === 0) return OK_RESULT;
  const degraded: number[] = [];
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k] as number;
    if (statusOf(s, t) === DEGRADED) degraded.push(t);
  }
  return result(DEGRADED, [reason(s, 'TARGET_DEGRADED', degraded)]);
}

/** A single-answer record: Binero's "manual global load balancer". */
export function dnsSingleRule(s: EvalState, i: number): RuleResult {
  const { tables } = s.topo;
  const primaries = tables.primaries[i] ?? [];
  const standbys = tables.standbys[i] ?? [];
  // With several primaries a healthy one wins, so losing a degraded primary never improves the record.
  let firstAlive = NONE;
  let firstHealthy = NONE;
  for (let k = 0; k < primaries.length; k++) {
    const t = primaries[k] as number;
    if (dead(s, t)) continue;
    if (firstAlive === NONE) firstAlive = t;
    if (firstHealthy === NONE && statusOf(s, t) === OK) firstHealthy = t;
  }
  const livePrimary = firstHealthy !== NONE ? firstHealthy : firstAlive;
  const deadStandbys = countDead(s, standbys);
  if (livePrimary !== NONE) {
    const primaryDegraded = statusOf(s, livePrimary) === DEGRADED;
    if (!primaryDegraded && deadStandbys === 0) return OK_RESULT;
    const reasons: Reason[] = [];
    if (primaryDegraded) {
      // A record that points at a global load balancer inherits its status and reasons.
      if (s.topo.kindCode[livePrimary] === K_GLB) reasons.push(...inherit(s, livePrimary));
      else reasons.push(reason(s, 'TARGET_DEGRADED', [livePrimary]));
    }
    // A lost standby is worth saying even while the primary is itself degraded.
    if (deadStandbys > 0) reasons.push(reason(s, 'STANDBY_LOST', deadOf(s, standbys)));
    return reasons.length > 0 ? result(DEGRADED, reasons) : OK_RESULT;
  }
  if (deadStandbys < standbys.length) {
    return result(DEGRADED, [reason(s, 'MANUAL_FAILOVER_REQUIRED', primaries)]);
  }
  return result(DOWN, [reason(s, primaries.length === 0 ? 'ALL_TARGETS_DOWN' : 'TARGET_LOST', [...primaries, ...standbys])]);
}
