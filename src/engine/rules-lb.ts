/**
 * Load balancer status rules (DOMAIN.md 2.3): the load balancer from its listeners, a listener
 * from its default pool, a pool from its members and monitor, a member from its backend and path,
 * a health monitor from its load balancer.
 */
import { countOf } from './csr';
import { F_ANSWERS_ITSELF, memberAt } from './ruleTables';
import { appendDead, countDead, countDeadIn, deadIn, deadOf, EMPTY, OK_RESULT, reason, reason1, reasonList, result, single, statusOf, variant, type EvalState, type RuleResult } from './rules-support';
import { NONE } from './topology';
import { DEGRADED, DOWN, FAILED, OK, type Reason } from './types';

const LB_FAILED = variant(DOWN, 'LB_FAILED', { shared: true });
const TARGET_LOST = variant(DOWN, 'TARGET_LOST');
/** A member whose backend instance failed fails the same way, with the instance as the cause. */
const BACKEND_AZ_FAILED = variant(FAILED, 'AZ_FAILED');
const BACKEND_REGION_FAILED = variant(FAILED, 'REGION_FAILED');

export function lbRule(s: EvalState, i: number): RuleResult {
  const listeners = s.topo.listenersOf[i] ?? [];
  if (listeners.length === 0) return OK_RESULT;
  let hurt = 0;
  let down = 0;
  for (let k = 0; k < listeners.length; k++) {
    const st = statusOf(s, listeners[k] as number);
    if (st !== OK) hurt++;
    if (st >= DOWN) down++;
  }
  if (hurt === 0) return OK_RESULT;
  const inherited = reasonList();
  for (let k = 0; k < listeners.length; k++) {
    const l = listeners[k] as number;
    if (statusOf(s, l) !== OK) inheritInto(s, l, inherited);
  }
  return result(down === listeners.length ? DOWN : DEGRADED, inherited.slice());
}

/** Appends the upstream resource's reason codes (each once), with the upstream resource as the cause. */
export function inheritInto(s: EvalState, upstream: number, out: Reason[]): void {
  const start = out.length;
  const reasons = s.reasons[upstream] ?? EMPTY;
  for (let j = 0; j < reasons.length; j++) {
    const r = reasons[j] as Reason;
    let seen = false;
    for (let k = start; k < out.length && !seen; k++) seen = (out[k] as Reason).code === r.code;
    if (seen) continue;
    out.push(reason(s, r.code, [upstream], r.inferred, r.detail));
  }
}

/** The upstream resource's reason codes, with the upstream resource itself as the cause. */
export function inherit(s: EvalState, upstream: number): Reason[] {
  const out = reasonList();
  inheritInto(s, upstream, out);
  return out.slice();
}

/** DOWN LB_FAILED while the load balancer has failed, else null. */
function lbFailed(s: EvalState, lb: number): RuleResult | null {
  return statusOf(s, lb) === FAILED ? single(s, LB_FAILED, lb) : null;
}

export function listenerRule(s: EvalState, i: number): RuleResult {
  const { tables } = s.topo;
  const failed = lbFailed(s, s.topo.lbOf[i] ?? NONE);
  if (failed) return failed;
  const pool = tables.listenerPool[i] ?? NONE;
  if (pool === NONE) return ((tables.flags[i] ?? 0) & F_ANSWERS_ITSELF) !== 0 ? OK_RESULT : result(DOWN, [reason(s, 'NO_POOL', [])]);
  const ps = statusOf(s, pool);
  if (ps === OK) return OK_RESULT;
  return result(ps >= DOWN ? DOWN : DEGRADED, inherit(s, pool));
}

export function monitorRule(s: EvalState, i: number): RuleResult {
  return lbFailed(s, s.topo.lbOf[i] ?? NONE) ?? OK_RESULT;
}

export function poolRule(s: EvalState, i: number): RuleResult {
  const { tables } = s.topo;
  const failed = lbFailed(s, s.topo.lbOf[i] ?? NONE);
  if (failed) return failed;
  const normal = tables.poolNormal;
  const backup = tables.poolBackup;
  const normalCount = countOf(normal, i);
  const backupCount = countOf(backup, i);
  if (normalCount === 0 && backupCount === 0) return result(DOWN, [reason(s, 'EMPTY_POOL', [])]);
  const deadNormal = countDeadIn(s, normal, i);
  const aliveNormal = normalCount - deadNormal;
  if (!tables.poolMonitored[i]) {
    // No monitor: HAProxy never checks members, so dead ones stay in rotation and backups never activate.
    if (deadNormal === 0) return OK_RESULT;
    if (aliveNormal > 0) {
      return result(DEGRADED, [reason(s, 'DEAD_MEMBERS_IN_ROTATION', deadIn(s, normal, i), true, `${aliveNormal}/${normalCount}`)]);
    }
    return result(DOWN, [reason(s, 'NO_HEALTHY_MEMBERS', deadIn(s, normal, i), backupCount > 0)]);
  }
  const deadBackup = countDeadIn(s, backup, i);
  if (aliveNormal > 0) {
    if (deadNormal > 0) {
      return result(DEGRADED, [reason(s, 'MEMBERS_LOST', deadIn(s, normal, i), false, `${aliveNormal}/${normalCount}`)]);
    }
    if (deadBackup > 0) return result(DEGRADED, [reason(s, 'BACKUP_LOST', deadIn(s, backup, i))]);
    return OK_RESULT;
  }
  if (deadBackup < backupCount) return result(DEGRADED, [reason(s, 'SERVING_FROM_BACKUP', deadIn(s, normal, i))]);
  return result(DOWN, [reason(s, 'NO_HEALTHY_MEMBERS', appendDead(s, backup, i, deadIn(s, normal, i)))]);
}

export function memberRule(s: EvalState, i: number): RuleResult {
  const info = memberAt(s.topo.tables, i);
  if (!info) return OK_RESULT;
  const backendStatus = statusOf(s, info.backend);
  if (info.backend !== NONE && backendStatus === FAILED) {
    const own = s.reasons[info.backend]?.[0];
    return single(s, own?.code === 'REGION_FAILED' ? BACKEND_REGION_FAILED : BACKEND_AZ_FAILED, info.backend);
  }
  const lbLost = statusOf(s, info.lb) === FAILED;
  const targetLost = backendStatus === DOWN;
  const unreachable = info.reach === 'none' || (info.reach === 'routed' && countDead(s, info.reachNodes) > 0);
  if (!targetLost && !unreachable) return lbLost ? single(s, LB_FAILED, info.lb) : OK_RESULT;
  const down = reasonList();
  if (lbLost) down.push(reason1(s, LB_FAILED, info.lb));
  if (targetLost) down.push(reason1(s, TARGET_LOST, info.backend));
  if (info.reach === 'none') down.push(reason(s, 'MEMBER_UNREACHABLE', []));
  else if (unreachable) down.push(reason(s, 'MEMBER_UNREACHABLE', deadOf(s, info.reachNodes)));
  return result(DOWN, down.slice());
}
