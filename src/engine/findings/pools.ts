/**
 * Listener, pool and health monitor findings: F15–F21.
 */
import type { ResourceOfKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import { finding, indexOfId, listOf, nameOf, resourceAt } from './support';
import type { Finding, FindingRule } from './types';

/** True when the pool has a health monitor that is administratively up. */
function hasActiveMonitor(topo: Topology, pool: number): boolean {
  // Resolved with the rule tables: the pool status rule reads the same fact.
  return topo.tables.poolMonitored[pool] === 1;
}

/** F15: a pool without (admin-up) health monitor keeps dead members in rotation. */
export const poolWithoutHealthMonitor: FindingRule = (topo) => {
  const out: Finding[] = [];
  const pools = topo.ofKind('pool');
  for (let k = 0; k < pools.length; k++) {
    const i = pools[k] as number;
    if (hasActiveMonitor(topo, i)) continue;
    const disabled = (topo.monitorsOf[i] ?? []).length > 0;
    out.push(
      finding(topo, {
        id: 'F15',
        rule: 'POOL_WITHOUT_HEALTH_MONITOR',
        severity: 'warning',
        subjects: [i],
        message:
          `Pool ${nameOf(topo, i)} ${disabled ? 'only has a disabled health monitor' : 'has no health monitor'}: ` +
          `members that die are never taken out of rotation, so part of the requests stall or fail.`,
        fix: 'Add an enabled health monitor that checks the same protocol as the listener (an HTTP check for HTTP).',
      }),
    );
  }
  return out;
};

/** F16: a PING health monitor. */
export const monitorPing: FindingRule = (topo) => {
  const out: Finding[] = [];
  const monitors = topo.ofKind('healthMonitor');
  for (let k = 0; k < monitors.length; k++) {
    const i = monitors[k] as number;
    const monitor = topo.resources[i] as ResourceOfKind<'healthMonitor'>;
    if (monitor.type !== 'PING') continue;
    const pool = indexOfId(topo, monitor.pool);
    out.push(
      finding(topo, {
        id: 'F16',
        rule: 'MONITOR_PING',
        severity: 'warning',
        subjects: [i],
        message:
          `Health monitor ${nameOf(topo, i)} of pool ${nameOf(topo, pool)} only pings the members: a machine whose service ` +
          `has stopped still answers and keeps receiving traffic.`,
        fix: 'Check the service itself: at least a TCP or UDP connect, preferably an HTTP status check.',
      }),
    );
  }
  return out;
};

/** "listener web (HTTPS)". */
function listenerText(topo: Topology, l: number): string {
  return `listener ${nameOf(topo, l)} (${resourceAt(topo, l, 'listener')?.protocol ?? ''})`;
}

/** F17: a TCP monitor on a pool behind an HTTP, HTTPS or TERMINATED_HTTPS listener. */
export const monitorWeakerThanListener: FindingRule = (topo) => {
  const out: Finding[] = [];
  const webListeners = new Map<number, number[]>();
  const listeners = topo.ofKind('listener');
  for (let k = 0; k < listeners.length; k++) {
    const l = listeners[k] as number;
    const listener = topo.resources[l] as ResourceOfKind<'listener'>;
    if (listener.protocol !== 'HTTP' && listener.protocol !== 'HTTPS' && listener.protocol !== 'TERMINATED_HTTPS') continue;
    // The listener's default pool, as the status rules resolve it.
    const pool = topo.tables.listenerPool[l] ?? NONE;
    if (!resourceAt(topo, pool, 'pool')) continue;
    const list = webListeners.get(pool);
    if (list) list.push(l);
    else webListeners.set(pool, [l]);
  }
  if (webListeners.size === 0) return out;
  const monitors = topo.ofKind('healthMonitor');
  for (let k = 0; k < monitors.length; k++) {
    const i = monitors[k] as number;
    const monitor = topo.resources[i] as ResourceOfKind<'healthMonitor'>;
    if (monitor.type !== 'TCP') continue;
    const listeners = webListeners.get(indexOfId(topo, monitor.pool)) ?? [];
    if (listeners.length === 0) continue;
    out.push(
      finding(topo, {
        id: 'F17',
        rule: 'MONITOR_WEAKER_THAN_LISTENER',
        severity: 'info',
        subjects: [i, ...listeners],
        message:
          `Health monitor ${nameOf(topo, i)} only opens a TCP connection, while ${listOf(listeners.map((l) => listenerText(topo, l)))} ` +
          `${listeners.length > 1 ? 'serve' : 'serves'} web requests: a member answering with errors still counts as healthy.`,
        fix: 'Use an HTTP or HTTPS monitor with a URL path and the expected status codes.',
      }),
    );
  }
  return out;
};

/**
 * F18: a pool without members (POOL_EMPTY, warning) or with exactly one normal member
 * (POOL_SINGLE_MEMBER, info). Members switched off (admin down) are left out of both counts, as the
 * pool rule of DOMAIN.md 2.3 does; "normal" means admin up and not a backup.
 */
export const poolSize: FindingRule = (topo) => {
  const out: Finding[] = [];
  const pools = topo.ofKind('pool');
  for (let k = 0; k < pools.length; k++) {
    const i = pools[k] as number;
    // Counted, not listed: most pools are fine.
    let active = 0;
    let normal = 0;
    let firstNormal = NONE;
    const members = topo.membersOf[i] ?? [];
    for (let j = 0; j < members.length; j++) {
      const m = members[j] as number;
      const member = resourceAt(topo, m, 'poolMember');
      if (member?.adminStateUp !== true) continue;
      active++;
      if (member.backup) continue;
      normal++;
      if (firstNormal === NONE) firstNormal = m;
    }
    if (active === 0) {
      out.push(
        finding(topo, {
          id: 'F18',
          rule: 'POOL_EMPTY',
          severity: 'warning',
          subjects: [i],
          message: `Pool ${nameOf(topo, i)} has no active members, so every request it gets fails.`,
          fix: 'Add members, enough that the pool survives losing one or two of them at peak load.',
        }),
      );
    } else if (normal === 1) {
      out.push(
        finding(topo, {
          id: 'F18',
          rule: 'POOL_SINGLE_MEMBER',
          severity: 'info',
          subjects: [i],
          message: `Pool ${nameOf(topo, i)} balances over a single member, ${nameOf(topo, firstNormal)}; losing it stops the service.`,
          fix: 'Add members, enough that the pool survives losing one or two of them at peak load.',
        }),
      );
    }
  }
  return out;
};

/** F19 [INFERRED]: a backup member in a pool without health monitor never takes over. */
export const backupMemberWithoutMonitor: FindingRule = (topo) => {
  const out: Finding[] = [];
  const pools = topo.ofKind('pool');
  for (let k = 0; k < pools.length; k++) {
    const i = pools[k] as number;
    const members = topo.membersOf[i] ?? [];
    let backups: number[] | null = null;
    for (let j = 0; j < members.length; j++) {
      const m = members[j] as number;
      if (resourceAt(topo, m, 'poolMember')?.backup === true) (backups ??= []).push(m);
    }
    if (backups === null || hasActiveMonitor(topo, i)) continue;
    out.push(
      finding(topo, {
        id: 'F19',
        rule: 'BACKUP_MEMBER_WITHOUT_MONITOR',
        severity: 'warning',
        subjects: [i, ...backups],
        message:
          `Pool ${nameOf(topo, i)} has backup member ${listOf(backups.map((m) => nameOf(topo, m)))} but no health monitor. ` +
          `Assumption: without health checks no member is ever seen as down, so the backup never takes over.`,
        fix: 'Add a health monitor to the pool so failed members are detected and the backup can step in.',
        inferred: true,
      }),
    );
  }
  return out;
};

/** F20: a listener without default pool and without a redirect or reject L7 policy. */
export const listenerNoPool: FindingRule = (topo) => {
  const out: Finding[] = [];
  const listeners = topo.ofKind('listener');
  for (let k = 0; k < listeners.length; k++) {
    const i = listeners[k] as number;
    const listener = topo.resources[i] as ResourceOfKind<'listener'>;
    const hasPool = resourceAt(topo, indexOfId(topo, listener.defaultPool), 'pool') !== undefined;
    // Same test as the listener rule of the simulation: any L7 policy other than REDIRECT_TO_POOL answers by itself.
    const answersItself = listener.l7Policies.some((p) => p.action !== 'REDIRECT_TO_POOL');
    if (hasPool || answersItself) continue;
    out.push(
      finding(topo, {
        id: 'F20',
        rule: 'LISTENER_NO_POOL',
        severity: 'warning',
        subjects: [i],
        message: `Listener ${nameOf(topo, i)} (${listener.protocol} port ${listener.protocolPort}) has no default pool and no redirect, so it has nothing to send requests to.`,
        fix: 'Give the listener a default pool, or a redirect or reject policy if it only forwards clients elsewhere.',
      }),
    );
  }
  return out;
};

/** F21: a TERMINATED_HTTPS listener without certificate reference. */
export const tlsListenerNoCert: FindingRule = (topo) => {
  const out: Finding[] = [];
  const listeners = topo.ofKind('listener');
  for (let k = 0; k < listeners.length; k++) {
    const i = listeners[k] as number;
    const listener = topo.resources[i] as ResourceOfKind<'listener'>;
    if (listener.protocol !== 'TERMINATED_HTTPS' || (listener.tlsCertificateRef ?? '').trim() !== '') continue;
    out.push(
      finding(topo, {
        id: 'F21',
        rule: 'TLS_LISTENER_NO_CERT',
        severity: 'error',
        subjects: [i],
        message: `Listener ${nameOf(topo, i)} terminates TLS but names no certificate, so it cannot be created.`,
        fix: 'Store the certificate and key in the secret store and reference that secret from the listener.',
      }),
    );
  }
  return out;
};
