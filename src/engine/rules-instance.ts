/**
 * The instance rule (DOMAIN.md 2.3 Instance, 2.5 paths, 2.6 failover groups): volumes, dependencies
 * with their paths or egress, failover groups, the default gateway, directly attached IPs and
 * replicas.
 *
 * Instances are most of a large design, and most of them are fine in any scenario, so the rule first
 * checks, without allocating anything, whether anything it reads is lost; only then does it build
 * the reasons.
 */
import { K_DNS_RECORD, K_ENDPOINT } from './kinds';
import { W_EGRESS, W_NO_PATH } from './ruleTables';
import { clearList, dead, EMPTY, EMPTY_INDEXES, OK_RESULT, reason, reason1, result, statusOf, variant, type EvalState, type RuleResult } from './rules-support';
import { NONE, type DependencyEdge } from './topology';
import { DEGRADED, DOWN, FAILED, type Reason, type ReasonCode } from './types';

const VOLUME_LOST = variant(DOWN, 'VOLUME_LOST');
const DEPENDENCY_LOST = variant(DOWN, 'DEPENDENCY_LOST', { shared: true });
const GATEWAY_LOST = variant(DEGRADED, 'GATEWAY_LOST', { inferred: true, shared: true });
const PUBLIC_IP_LOST = variant(DEGRADED, 'PUBLIC_IP_LOST');
const REPLICA_LOST = variant(DEGRADED, 'REPLICA_LOST');

// Indexed loops throughout: these run for most rule evaluations of large designs, and `for…of`
// over lists of mixed origin (shared empty lists, typed and plain arrays) is not always compiled
// down to a plain loop.
// The reasons are gathered in these lists, reused by every call (rules never call each other), and
// copied out at their exact length: a fresh list grown by push reserves room for 17 entries.
const DOWN_REASONS: Reason[] = [];
const DEGRADED_REASONS: Reason[] = [];
/** Cause indexes of the reason being built (reason() copies them). */
const CAUSES: number[] = [];

export function instanceRule(s: EvalState, i: number): RuleResult {
  if (instanceUnharmed(s, i)) return OK_RESULT;
  const { topo } = s;
  const { tables } = topo;
  const down = DOWN_REASONS;
  const degraded = DEGRADED_REASONS;
  clearList(down);
  clearList(degraded);
  const volumes = topo.volumesOf[i] ?? EMPTY_INDEXES;
  for (let k = 0; k < volumes.length; k++) {
    const v = volumes[k] as number;
    if (dead(s, v)) down.push(reason1(s, VOLUME_LOST, v));
  }
  const { singleDeps, groupsOf } = tables;
  for (let k = singleDeps.offsets[i] ?? 0, end = singleDeps.offsets[i + 1] ?? 0; k < end; k++) {
    applyOutcome(s, topo.dependencies[singleDeps.data[k] as number] as DependencyEdge, down, degraded);
  }
  for (let k = groupsOf.offsets[i] ?? 0, end = groupsOf.offsets[i + 1] ?? 0; k < end; k++) {
    failoverGroup(s, groupsOf.data[k] as number, down, degraded);
  }
  const g = tables.gatewayOf[i] ?? NONE;
  if (g !== i && dead(s, g)) degraded.push(reason1(s, GATEWAY_LOST, g));
  const ports = topo.publicPortsOf[i] ?? EMPTY_INDEXES;
  for (let k = 0; k < ports.length; k++) {
    const p = ports[k] as number;
    if (statusOf(s, p) === FAILED) degraded.push(reason1(s, PUBLIC_IP_LOST, p));
  }
  const peers = topo.replicasOf[i] ?? EMPTY_INDEXES;
  for (let k = 0; k < peers.length; k++) {
    const peer = peers[k] as number;
    if (dead(s, peer)) degraded.push(reason1(s, REPLICA_LOST, peer));
  }
  if (down.length > 0) return result(DOWN, down.slice());
  if (degraded.length > 0) return result(DEGRADED, degraded.slice());
  return OK_RESULT;
}

/**
 * True when {@link instanceRule} finds nothing to report, read from the instance's watch lists
 * without allocating: no volume, gateway, replica, checked dependency target or router on its path
 * is dead, no directly attached IP failed, a public dependency still has a way out, and no DNS
 * record it depends on waits for re-pointing. (A group reports nothing exactly when its primary is
 * satisfied without manual re-pointing, so only primaries are watched.)
 */
function instanceUnharmed(s: EvalState, i: number): boolean {
  const { topo } = s;
  const { watchLive, watchRecords, watchFlags } = topo.tables;
  const flags = watchFlags[i] ?? 0;
  if ((flags & W_NO_PATH) !== 0) return false;
  const live = watchLive.data;
  for (let k = watchLive.offsets[i] ?? 0, end = watchLive.offsets[i + 1] ?? 0; k < end; k++) if (dead(s, live[k] as number)) return false;
  const ports = topo.publicPortsOf[i] ?? EMPTY_INDEXES;
  for (let k = 0; k < ports.length; k++) if (statusOf(s, ports[k] as number) === FAILED) return false;
  if ((flags & W_EGRESS) !== 0 && !hasEgress(s, i)) return false;
  const records = watchRecords.data;
  for (let k = watchRecords.offsets[i] ?? 0, end = watchRecords.offsets[i + 1] ?? 0; k < end; k++) {
    if (needsManualRepointing(s, records[k] as number)) return false;
  }
  return true;
}

/**
 * Not satisfied (DOMAIN.md 2.5): the target is dead, the private path is missing or has a dead
 * router (a custom-router instance on its own path does not count: its own status must not feed
 * back into its rule), or a public dependency has no way out.
 */
function failing(s: EvalState, d: DependencyEdge): boolean {
  if (dead(s, d.target)) return true;
  if (d.via !== 'private') return !hasEgress(s, d.source);
  const path = d.path;
  if (!path?.exists) return true;
  const nodes = path.nodes;
  for (let k = 0; k < nodes.length; k++) {
    const x = nodes[k] as number;
    if (x !== d.source && dead(s, x)) return true;
  }
  return false;
}

/** A way out to public addresses: the gateway router, else a directly attached IP that did not fail. */
function hasEgress(s: EvalState, source: number): boolean {
  const g = s.topo.tables.gatewayOf[source] ?? NONE;
  // A custom-router instance is its own gateway (as for GATEWAY_LOST): it does not lose egress to itself.
  if (g !== NONE && (g === source || !dead(s, g))) return true;
  const ports = s.topo.publicPortsOf[source] ?? EMPTY_INDEXES;
  for (let k = 0; k < ports.length; k++) if (statusOf(s, ports[k] as number) !== FAILED) return true;
  return false;
}

/** The target is a DNS record that currently needs someone to re-point it. */
function needsManualRepointing(s: EvalState, target: number): boolean {
  if (s.topo.kindCode[target] !== K_DNS_RECORD) return false;
  const reasons = s.reasons[target] ?? EMPTY;
  for (let k = 0; k < reasons.length; k++) if ((reasons[k] as Reason).code === 'MANUAL_FAILOVER_REQUIRED') return true;
  return false;
}

/** Appends why a failing dependency is not satisfied, in order: target lost, then path or egress lost. */
function addFailures(s: EvalState, d: DependencyEdge, out: Reason[]): void {
  const { topo } = s;
  if (dead(s, d.target)) out.push(reason1(s, DEPENDENCY_LOST, d.target));
  if (d.via === 'private') {
    const path = d.path;
    if (!path?.exists) {
      out.push(reason(s, 'PATH_LOST', EMPTY_INDEXES));
      return;
    }
    const lost = CAUSES;
    clearList(lost);
    const nodes = path.nodes;
    for (let k = 0; k < nodes.length; k++) {
      const x = nodes[k] as number;
      if (x !== d.source && dead(s, x)) lost.push(x);
    }
    if (lost.length > 0) out.push(reason(s, 'PATH_LOST', lost));
  } else if (!hasEgress(s, d.source)) {
    const g = topo.tables.gatewayOf[d.source] ?? NONE;
    const inferred = topo.kindCode[d.target] === K_ENDPOINT;
    // Name every way out that was lost (the gateway and any failed directly attached IP), so the
    // explanation can follow them back to the failed zone.
    const ports = topo.publicPortsOf[d.source] ?? EMPTY_INDEXES;
    out.push(reason(s, 'EGRESS_LOST', g === NONE ? ports : [g, ...ports], inferred));
  }
}

/** Adds what a dependency means for the instance: its failures, or a manual re-pointing it waits for. */
function applyOutcome(s: EvalState, d: DependencyEdge, down: Reason[], degraded: Reason[]): void {
  if (failing(s, d)) {
    if (d.required) addFailures(s, d, down);
    else degraded.push(reason(s, 'OPTIONAL_DEP_LOST', withFailureCauses(s, d)));
  } else if (needsManualRepointing(s, d.target)) {
    degraded.push(reason(s, 'MANUAL_FAILOVER_REQUIRED', [d.target], true));
  }
}

/**
 * The dependency's target, then whatever made it unsatisfied (a dead router on the path, …): the
 * causes of {@link addFailures}'s reasons in the same order, each once, as the indexes their ids
 * resolve to. Returns the shared cause list (reason() copies it).
 */
function withFailureCauses(s: EvalState, d: DependencyEdge): number[] {
  const { topo } = s;
  const out = CAUSES;
  clearList(out);
  out.push(d.target);
  if (dead(s, d.target)) addOnce(out, topo.canonical[d.target]);
  if (d.via === 'private') {
    const path = d.path;
    if (path?.exists) {
      const nodes = path.nodes;
      for (let k = 0; k < nodes.length; k++) {
        const x = nodes[k] as number;
        if (x !== d.source && dead(s, x)) addOnce(out, topo.canonical[x]);
      }
    }
  } else if (!hasEgress(s, d.source)) {
    const g = topo.tables.gatewayOf[d.source] ?? NONE;
    if (g !== NONE) addOnce(out, topo.canonical[g]);
    const ports = topo.publicPortsOf[d.source] ?? EMPTY_INDEXES;
    for (let k = 0; k < ports.length; k++) addOnce(out, topo.canonical[ports[k] as number]);
  }
  return out;
}

function addOnce(list: number[], x: number | undefined): void {
  if (x !== undefined && !list.includes(x)) list.push(x);
}

/** DOMAIN.md 2.6: primary satisfied → OK; an alternate → DEGRADED; none → DOWN (or DEGRADED if optional). */
function failoverGroup(s: EvalState, group: number, down: Reason[], degraded: Reason[]): void {
  const { groupEdges } = s.topo.tables;
  const deps = s.topo.dependencies;
  const start = groupEdges.offsets[group] ?? 0;
  const end = groupEdges.offsets[group + 1] ?? 0;
  const primary = deps[groupEdges.data[start] as number] as DependencyEdge;
  if (!failing(s, primary)) {
    applyOutcome(s, primary, down, degraded);
    return;
  }
  let alternate = false;
  for (let k = start + 1; k < end && !alternate; k++) alternate = !failing(s, deps[groupEdges.data[k] as number] as DependencyEdge);
  if (alternate) {
    const code: ReasonCode = primary.failover === 'manual' ? 'MANUAL_FAILOVER_REQUIRED' : 'REDUNDANCY_LOST';
    degraded.push(reason(s, code, withFailureCauses(s, primary)));
    return;
  }
  applyOutcome(s, primary, down, degraded);
}
