/**
 * Per-kind status rules (DOMAIN.md 2.3, 2.5, 2.6). Each rule reads the current statuses of the
 * resources it depends on and returns the resource's status and reasons. All rules are monotone:
 * a worse input never yields a better output, which makes the fixpoint in `evaluate` terminate.
 */
import type { Resource } from '../model/types';
import { NONE, type DependencyEdge, type Topology } from './topology';
import { DEGRADED, DOWN, FAILED, OK, type Reason, type ReasonCode, type StatusCode } from './types';

export interface RuleResult {
  code: StatusCode;
  reasons: Reason[];
}

/** Mutable state of one scenario evaluation. */
export interface EvalState {
  readonly topo: Topology;
  readonly status: Uint8Array;
  readonly reasons: (Reason[] | undefined)[];
  /** Per AZ index: 1 when the AZ is down (selected, or its region failed). */
  readonly azDown: Uint8Array;
  /** Per region index: 1 when the region failed. */
  readonly regionDown: Uint8Array;
}

// Shared by every OK result and every satisfied dependency, so never written. Not frozen: frozen
// arrays have their own elements kind, which makes V8 allocate iterators in loops that also see
// ordinary arrays.
const EMPTY: Reason[] = [];
const EMPTY_INDEXES: readonly number[] = [];
export const OK_RESULT: RuleResult = { code: OK, reasons: EMPTY };

const dead = (s: EvalState, i: number): boolean => i !== NONE && (s.status[i] ?? 0) >= DOWN;
const statusOf = (s: EvalState, i: number): number => (i === NONE ? OK : (s.status[i] ?? OK));

function reason(s: EvalState, code: ReasonCode, causes: readonly number[], inferred = false, detail?: string): Reason {
  const r: Reason = { code, causes: causes.map((c) => s.topo.ids[c] as Reason['causes'][number]), inferred };
  if (detail !== undefined) r.detail = detail;
  return r;
}

const result = (code: StatusCode, reasons: Reason[]): RuleResult => ({ code, reasons });

/** FAILED by placement (DOMAIN.md 2.2), or null when the resource's own zone and region are up. */
export function placementFailure(s: EvalState, i: number, r: Resource): RuleResult | null {
  // Listeners, pools, members and monitors are never FAILED by placement: they follow their LB
  // through their own rules (DOWN LB_FAILED), in a region outage just as in a zone outage.
  if (r.kind === 'listener' || r.kind === 'pool' || r.kind === 'poolMember' || r.kind === 'healthMonitor') return null;
  const { placement } = s.topo;
  const region = placement.region[i] ?? NONE;
  if (region !== NONE && s.regionDown[region]) return result(FAILED, [reason(s, 'REGION_FAILED', [region])]);
  if (r.kind === 'network' || r.kind === 'subnet' || r.kind === 'region') return null;
  const az = placement.az[i] ?? NONE;
  if (az === NONE || !s.azDown[az]) return null;
  if (r.kind === 'availabilityZone' || r.kind === 'router' || r.kind === 'instance' || r.kind === 'volume' ||
    r.kind === 'floatingIp' || r.kind === 'publicPort' || r.kind === 'objectStorageEndpoint') {
    return result(FAILED, [reason(s, 'AZ_FAILED', [az], placement.azInferred[i] === 1)]);
  }
  if (r.kind === 'loadBalancer') return result(FAILED, [reason(s, 'LB_AZ_FAILED', [az], placement.azInferred[i] === 1)]);
  return null;
}

/** Evaluates resource `i` against the current state. */
export function evaluateRule(s: EvalState, i: number): RuleResult {
  const r = s.topo.resources[i] as Resource;
  const failed = placementFailure(s, i, r);
  if (failed) return failed;
  switch (r.kind) {
    case 'subnet':
      return subnetRule(s, i, r.gatewayIp);
    case 'router':
      return routerRule(s, i);
    case 'instance':
      return instanceRule(s, i);
    case 'floatingIp':
      return frontRule(s, s.topo.fipTarget[i] ?? NONE, s.topo.fipServingRouter[i] ?? NONE, true, false);
    case 'publicPort':
      return frontRule(s, s.topo.publicPortInstance[i] ?? NONE, NONE, false, true);
    case 'loadBalancer':
      return lbRule(s, i);
    case 'listener':
      return listenerRule(s, i, r.defaultPool, r.l7Policies.some((p) => p.action !== 'REDIRECT_TO_POOL'));
    case 'pool':
      return poolRule(s, i);
    case 'poolMember':
      return memberRule(s, i);
    case 'healthMonitor': {
      const lb = s.topo.lbOf[i] ?? NONE;
      return statusOf(s, lb) === FAILED ? result(DOWN, [reason(s, 'LB_FAILED', [lb])]) : OK_RESULT;
    }
    case 'globalLoadBalancer':
      return glbRule(s, i);
    case 'dnsRecord':
      return r.mode === 'multi' ? glbRule(s, i, 'PARTIAL_ANSWERS_DEAD') : dnsSingleRule(s, i);
    case 'objectStorageEndpoint':
      return endpointRule(s, i, r.replicated);
    default:
      return OK_RESULT;
  }
}

function subnetRule(s: EvalState, i: number, gatewayIp: string | null): RuleResult {
  const g = s.topo.routing.gatewayHolder[i] ?? NONE;
  if (gatewayIp !== null && dead(s, g)) return result(DEGRADED, [reason(s, 'GATEWAY_LOST', [g])]);
  return OK_RESULT;
}

function routerRule(s: EvalState, i: number): RuleResult {
  const ext = s.topo.extNetAz[i] ?? NONE;
  if (ext !== NONE && s.azDown[ext]) return result(DOWN, [reason(s, 'EXT_GATEWAY_LOST', [ext], true)]);
  return OK_RESULT;
}

/** Floating IP (and, by the same front-door logic, a directly attached IP — an [INFERRED] rule). */
function frontRule(s: EvalState, target: number, servingRouter: number, needsRouter: boolean, inferred: boolean): RuleResult {
  if (target === NONE) return OK_RESULT;
  const down: Reason[] = [];
  if (needsRouter) {
    if (servingRouter === NONE) down.push(reason(s, 'NO_SERVING_ROUTER', []));
    else if (dead(s, servingRouter)) down.push(reason(s, 'SERVING_ROUTER_LOST', [servingRouter]));
  }
  if (dead(s, target)) down.push(reason(s, 'TARGET_LOST', [target], inferred));
  if (down.length > 0) return result(DOWN, down);
  if (statusOf(s, target) === DEGRADED) return result(DEGRADED, [reason(s, 'TARGET_DEGRADED', [target], inferred)]);
  return OK_RESULT;
}

interface DepOutcome {
  ok: boolean;
  /** Satisfied, but only through a record that needs manual re-pointing. */
  manual: boolean;
  failures: Reason[];
}

/** `list` with `item` appended; never writes into the shared {@link EMPTY}. */
function append(list: Reason[], item: Reason): Reason[] {
  if (list === EMPTY) return [item];
  list.push(item);
  return list;
}

// satisfy, instanceRule and failoverGroup run for most rule evaluations of large designs, so they
// avoid allocating when nothing failed (no empty arrays, closures or copies on the happy path).
function satisfy(s: EvalState, d: DependencyEdge): DepOutcome {
  const { topo } = s;
  let failures = EMPTY;
  if (dead(s, d.target)) failures = append(failures, reason(s, 'DEPENDENCY_LOST', [d.target]));
  if (d.via === 'private') {
    const path = d.path;
    if (!path?.exists) failures = append(failures, reason(s, 'PATH_LOST', []));
    else if (path.nodes.length > 0) {
      // A custom-router instance on its own path: its own status must not feed back into its rule.
      const lost = path.nodes.filter((x) => x !== d.source && dead(s, x));
      if (lost.length > 0) failures = append(failures, reason(s, 'PATH_LOST', lost));
    }
  } else {
    const g = topo.routing.gatewayHolder[topo.primarySubnet[d.source] ?? NONE] ?? NONE;
    // A custom-router instance is its own gateway (as for GATEWAY_LOST): it does not lose egress to itself.
    const viaRouter = g !== NONE && (g === d.source || !dead(s, g));
    let viaPublicPort = false;
    if (!viaRouter) for (const p of topo.publicPortsOf[d.source] ?? EMPTY_INDEXES) if (statusOf(s, p) !== FAILED) viaPublicPort = true;
    if (!viaRouter && !viaPublicPort) {
      const inferred = topo.resources[d.target]?.kind === 'objectStorageEndpoint';
      // Name every way out that was lost (the gateway and any failed directly attached IP), so the
      // explanation can follow them back to the failed zone.
      const ports = topo.publicPortsOf[d.source] ?? [];
      failures = append(failures, reason(s, 'EGRESS_LOST', g === NONE ? ports : [g, ...ports], inferred));
    }
  }
  let manual = false;
  if (topo.resources[d.target]?.kind === 'dnsRecord') {
    for (const x of s.reasons[d.target] ?? EMPTY) if (x.code === 'MANUAL_FAILOVER_REQUIRED') manual = true;
  }
  return { ok: failures.length === 0, manual, failures };
}

function instanceRule(s: EvalState, i: number): RuleResult {
  const { topo } = s;
  const down: Reason[] = [];
  const degraded: Reason[] = [];
  for (const v of topo.volumesOf[i] ?? []) if (dead(s, v)) down.push(reason(s, 'VOLUME_LOST', [v]));
  let groups: Map<string, DependencyEdge[]> | null = null;
  for (const d of topo.depsOf[i] ?? []) {
    if (d.group === null) {
      applyOutcome(s, d, satisfy(s, d), d.required, down, degraded);
      continue;
    }
    groups ??= new Map<string, DependencyEdge[]>();
    const g = groups.get(d.group);
    if (g) g.push(d);
    else groups.set(d.group, [d]);
  }
  if (groups) for (const edges of groups.values()) failoverGroup(s, edges, down, degraded);
  const g = topo.routing.gatewayHolder[topo.primarySubnet[i] ?? NONE] ?? NONE;
  if (g !== i && dead(s, g)) degraded.push(reason(s, 'GATEWAY_LOST', [g], true));
  for (const p of topo.publicPortsOf[i] ?? []) if (statusOf(s, p) === FAILED) degraded.push(reason(s, 'PUBLIC_IP_LOST', [p]));
  for (const peer of topo.replicasOf[i] ?? []) if (dead(s, peer)) degraded.push(reason(s, 'REPLICA_LOST', [peer]));
  if (down.length > 0) return result(DOWN, down);
  if (degraded.length > 0) return result(DEGRADED, degraded);
  return OK_RESULT;
}

function applyOutcome(s: EvalState, d: DependencyEdge, o: DepOutcome, required: boolean, down: Reason[], degraded: Reason[]): void {
  if (!o.ok) {
    if (required) down.push(...o.failures);
    else degraded.push(reason(s, 'OPTIONAL_DEP_LOST', withFailureCauses(s, d.target, o)));
  } else if (o.manual) {
    degraded.push(reason(s, 'MANUAL_FAILOVER_REQUIRED', [d.target], true));
  }
}

/** The dependency's target, then whatever made it unsatisfied (a dead router on the path, …). */
function withFailureCauses(s: EvalState, target: number, o: DepOutcome): number[] {
  const out = [target];
  for (const f of o.failures) {
    for (const id of f.causes) {
      const c = s.topo.indexOf.get(id) ?? NONE;
      if (c !== NONE && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

const byFailoverOrder = (a: DependencyEdge, b: DependencyEdge): number => a.order - b.order || a.index - b.index;

/** True when the group is already in failover order (the usual case: edges are listed in order). */
function inFailoverOrder(edges: readonly DependencyEdge[]): boolean {
  for (let k = 1; k < edges.length; k++) if (byFailoverOrder(edges[k - 1] as DependencyEdge, edges[k] as DependencyEdge) > 0) return false;
  return true;
}

/** DOMAIN.md 2.6: primary satisfied → OK; an alternate → DEGRADED; none → DOWN (or DEGRADED if optional). */
function failoverGroup(s: EvalState, edges: DependencyEdge[], down: Reason[], degraded: Reason[]): void {
  const sorted = inFailoverOrder(edges) ? edges : [...edges].sort(byFailoverOrder);
  const primary = sorted[0] as DependencyEdge;
  const first = satisfy(s, primary);
  if (first.ok) {
    applyOutcome(s, primary, first, primary.required, down, degraded);
    return;
  }
  let alternate = false;
  for (let k = 1; k < sorted.length && !alternate; k++) alternate = satisfy(s, sorted[k] as DependencyEdge).ok;
  if (alternate) {
    const code: ReasonCode = primary.failover === 'manual' ? 'MANUAL_FAILOVER_REQUIRED' : 'REDUNDANCY_LOST';
    degraded.push(reason(s, code, withFailureCauses(s, primary.target, first)));
    return;
  }
  applyOutcome(s, primary, first, primary.required, down, degraded);
}

function lbRule(s: EvalState, i: number): RuleResult {
  const listeners = s.topo.listenersOf[i] ?? [];
  if (listeners.length === 0) return OK_RESULT;
  const hurt = listeners.filter((l) => statusOf(s, l) !== OK);
  if (hurt.length === 0) return OK_RESULT;
  const inherited = hurt.flatMap((l) => inherit(s, l));
  const allDown = listeners.every((l) => dead(s, l));
  return result(allDown ? DOWN : DEGRADED, inherited);
}

/** The upstream resource's reason codes, with the upstream resource itself as the cause. */
function inherit(s: EvalState, upstream: number): Reason[] {
  const seen = new Set<ReasonCode>();
  const out: Reason[] = [];
  for (const r of s.reasons[upstream] ?? EMPTY) {
    if (seen.has(r.code)) continue;
    seen.add(r.code);
    out.push(reason(s, r.code, [upstream], r.inferred, r.detail));
  }
  return out;
}

function listenerRule(s: EvalState, i: number, defaultPool: string | null, hasRedirect: boolean): RuleResult {
  const { topo } = s;
  const lb = topo.lbOf[i] ?? NONE;
  if (statusOf(s, lb) === FAILED) return result(DOWN, [reason(s, 'LB_FAILED', [lb])]);
  const pool = defaultPool === null ? NONE : (topo.indexOf.get(defaultPool) ?? NONE);
  if (pool === NONE) return hasRedirect ? OK_RESULT : result(DOWN, [reason(s, 'NO_POOL', [])]);
  const ps = statusOf(s, pool);
  if (ps === OK) return OK_RESULT;
  return result(ps >= DOWN ? DOWN : DEGRADED, inherit(s, pool));
}

function poolRule(s: EvalState, i: number): RuleResult {
  const { topo } = s;
  const lb = topo.lbOf[i] ?? NONE;
  if (statusOf(s, lb) === FAILED) return result(DOWN, [reason(s, 'LB_FAILED', [lb])]);
  const normal: number[] = [];
  const backup: number[] = [];
  for (const m of topo.membersOf[i] ?? []) {
    const r = topo.resources[m];
    if (r?.kind !== 'poolMember' || !r.adminStateUp) continue;
    (r.backup ? backup : normal).push(m);
  }
  if (normal.length === 0 && backup.length === 0) return result(DOWN, [reason(s, 'EMPTY_POOL', [])]);
  const deadNormal = normal.filter((m) => dead(s, m));
  const aliveNormal = normal.length - deadNormal.length;
  const monitored = (topo.monitorsOf[i] ?? []).some((h) => {
    const r = topo.resources[h];
    return r?.kind === 'healthMonitor' && r.adminStateUp;
  });
  if (!monitored) {
    // No monitor: HAProxy never checks members, so dead ones stay in rotation and backups never activate.
    if (deadNormal.length === 0) return OK_RESULT;
    if (aliveNormal > 0) {
      return result(DEGRADED, [reason(s, 'DEAD_MEMBERS_IN_ROTATION', deadNormal, true, `${aliveNormal}/${normal.length}`)]);
    }
    return result(DOWN, [reason(s, 'NO_HEALTHY_MEMBERS', deadNormal, backup.length > 0)]);
  }
  const deadBackup = backup.filter((m) => dead(s, m));
  if (aliveNormal > 0) {
    if (deadNormal.length > 0) {
      return result(DEGRADED, [reason(s, 'MEMBERS_LOST', deadNormal, false, `${aliveNormal}/${normal.length}`)]);
    }
    if (deadBackup.length > 0) return result(DEGRADED, [reason(s, 'BACKUP_LOST', deadBackup)]);
    return OK_RESULT;
  }
  if (deadBackup.length < backup.length) return result(DEGRADED, [reason(s, 'SERVING_FROM_BACKUP', deadNormal)]);
  return result(DOWN, [reason(s, 'NO_HEALTHY_MEMBERS', [...deadNormal, ...deadBackup])]);
}

function memberRule(s: EvalState, i: number): RuleResult {
  const info = s.topo.member.get(i);
  if (!info) return OK_RESULT;
  const backendStatus = statusOf(s, info.backend);
  if (info.backend !== NONE && backendStatus === FAILED) {
    const own = s.reasons[info.backend]?.[0];
    return result(FAILED, [reason(s, own?.code === 'REGION_FAILED' ? 'REGION_FAILED' : 'AZ_FAILED', [info.backend])]);
  }
  const down: Reason[] = [];
  if (statusOf(s, info.lb) === FAILED) down.push(reason(s, 'LB_FAILED', [info.lb]));
  if (backendStatus === DOWN) down.push(reason(s, 'TARGET_LOST', [info.backend]));
  if (info.reach === 'none') down.push(reason(s, 'MEMBER_UNREACHABLE', []));
  else if (info.reach === 'routed') {
    const lost = info.reachNodes.filter((x) => dead(s, x));
    if (lost.length > 0) down.push(reason(s, 'MEMBER_UNREACHABLE', lost));
  }
  return down.length > 0 ? result(DOWN, down) : OK_RESULT;
}

/** Global load balancer, and a multi-answer DNS record (which fails partially instead of fencing). */
function glbRule(s: EvalState, i: number, partialCode: ReasonCode = 'TARGETS_FENCED'): RuleResult {
  const targets = (s.topo.targetsOf[i] ?? []).map((t) => t.target);
  const deadTargets = targets.filter((t) => dead(s, t));
  if (targets.length === 0 || deadTargets.length === targets.length) {
    return result(DOWN, [reason(s, 'ALL_TARGETS_DOWN', deadTargets)]);
  }
  if (deadTargets.length > 0) return result(DEGRADED, [reason(s, partialCode, deadTargets)]);
  const degraded = targets.filter((t) => statusOf(s, t) === DEGRADED);
  if (degraded.length > 0) return result(DEGRADED, [reason(s, 'TARGET_DEGRADED', degraded)]);
  return OK_RESULT;
}

/** A single-answer record: Binero's "manual global load balancer". */
function dnsSingleRule(s: EvalState, i: number): RuleResult {
  const targets = s.topo.targetsOf[i] ?? [];
  const primaries = targets.filter((t) => t.role !== 'standby').map((t) => t.target);
  const standbys = targets.filter((t) => t.role === 'standby').map((t) => t.target);
  // With several primaries a healthy one wins, so losing a degraded primary never improves the record.
  const alivePrimaries = primaries.filter((t) => !dead(s, t));
  const livePrimary = alivePrimaries.find((t) => statusOf(s, t) === OK) ?? alivePrimaries[0];
  const deadStandbys = standbys.filter((t) => dead(s, t));
  if (livePrimary !== undefined) {
    const reasons: Reason[] = [];
    if (statusOf(s, livePrimary) === DEGRADED) {
      // A record that points at a global load balancer inherits its status and reasons.
      const fromGlb = s.topo.resources[livePrimary]?.kind === 'globalLoadBalancer';
      reasons.push(...(fromGlb ? inherit(s, livePrimary) : [reason(s, 'TARGET_DEGRADED', [livePrimary])]));
    }
    // A lost standby is worth saying even while the primary is itself degraded.
    if (deadStandbys.length > 0) reasons.push(reason(s, 'STANDBY_LOST', deadStandbys));
    return reasons.length > 0 ? result(DEGRADED, reasons) : OK_RESULT;
  }
  if (deadStandbys.length < standbys.length) {
    return result(DEGRADED, [reason(s, 'MANUAL_FAILOVER_REQUIRED', primaries)]);
  }
  return result(DOWN, [reason(s, primaries.length === 0 ? 'ALL_TARGETS_DOWN' : 'TARGET_LOST', [...primaries, ...standbys])]);
}

function endpointRule(s: EvalState, i: number, replicated: boolean): RuleResult {
  if (!replicated) return OK_RESULT;
  const { placement, azsOfRegion } = s.topo;
  const own = placement.az[i] ?? NONE;
  const partners = (azsOfRegion.get(placement.region[i] ?? NONE) ?? []).filter((a) => a !== own && s.azDown[a]);
  return partners.length > 0 ? result(DEGRADED, [reason(s, 'REPLICATION_PARTNER_LOST', partners)]) : OK_RESULT;
}
