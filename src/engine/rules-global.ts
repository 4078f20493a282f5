/**
 * Status rules of the global entry points (DOMAIN.md 2.3): global load balancers, multi-answer DNS
 * records (which fail partially instead of fencing) and single-answer records (re-pointed by hand).
 */
import { appendValues, countOf } from './csr';
import { K_GLB } from './kinds';
import { inheritInto } from './rules-lb';
import { causeList, countDeadIn, dead, deadIn, OK_RESULT, reason, reasonList, result, statusOf, type EvalState, type RuleResult } from './rules-support';
import { NONE } from './topology';
import { DEGRADED, DOWN, OK, type ReasonCode } from './types';

/** Global load balancer, and a multi-answer DNS record (which fails partially instead of fencing). */
export function glbRule(s: EvalState, i: number, partialCode: ReasonCode): RuleResult {
  const { targets } = s.topo.tables;
  const start = targets.offsets[i] ?? 0;
  const end = targets.offsets[i + 1] ?? 0;
  let deadCount = 0;
  let degradedCount = 0;
  for (let k = start; k < end; k++) {
    const t = targets.data[k] as number;
    if (dead(s, t)) deadCount++;
    else if (statusOf(s, t) === DEGRADED) degradedCount++;
  }
  if (end === start || deadCount === end - start) return result(DOWN, [reason(s, 'ALL_TARGETS_DOWN', deadIn(s, targets, i))]);
  if (deadCount > 0) return result(DEGRADED, [reason(s, partialCode, deadIn(s, targets, i))]);
  if (degradedCount === 0) return OK_RESULT;
  const degraded = causeList();
  for (let k = start; k < end; k++) {
    const t = targets.data[k] as number;
    if (statusOf(s, t) === DEGRADED) degraded.push(t);
  }
  return result(DEGRADED, [reason(s, 'TARGET_DEGRADED', degraded)]);
}

/** A single-answer record: Binero's "manual global load balancer". */
export function dnsSingleRule(s: EvalState, i: number): RuleResult {
  const { tables } = s.topo;
  const { primaries, standbys } = tables;
  // With several primaries a healthy one wins, so losing a degraded primary never improves the record.
  let firstAlive = NONE;
  let firstHealthy = NONE;
  for (let k = primaries.offsets[i] ?? 0, end = primaries.offsets[i + 1] ?? 0; k < end; k++) {
    const t = primaries.data[k] as number;
    if (dead(s, t)) continue;
    if (firstAlive === NONE) firstAlive = t;
    if (firstHealthy === NONE && statusOf(s, t) === OK) firstHealthy = t;
  }
  const livePrimary = firstHealthy !== NONE ? firstHealthy : firstAlive;
  const deadStandbys = countDeadIn(s, standbys, i);
  if (livePrimary !== NONE) {
    const primaryDegraded = statusOf(s, livePrimary) === DEGRADED;
    if (!primaryDegraded && deadStandbys === 0) return OK_RESULT;
    const reasons = reasonList();
    if (primaryDegraded) {
      // A record that points at a global load balancer inherits its status and reasons.
      if (s.topo.kindCode[livePrimary] === K_GLB) inheritInto(s, livePrimary, reasons);
      else reasons.push(reason(s, 'TARGET_DEGRADED', [livePrimary]));
    }
    // A lost standby is worth saying even while the primary is itself degraded.
    if (deadStandbys > 0) reasons.push(reason(s, 'STANDBY_LOST', deadIn(s, standbys, i)));
    return reasons.length > 0 ? result(DEGRADED, reasons.slice()) : OK_RESULT;
  }
  if (deadStandbys < countOf(standbys, i)) {
    return result(DEGRADED, [reason(s, 'MANUAL_FAILOVER_REQUIRED', appendValues(primaries, i, causeList()))]);
  }
  const lost = appendValues(standbys, i, appendValues(primaries, i, causeList()));
  return result(DOWN, [reason(s, countOf(primaries, i) === 0 ? 'ALL_TARGETS_DOWN' : 'TARGET_LOST', lost)]);
}
