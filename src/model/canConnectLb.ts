/**
 * Connection rules inside a load balancer: listeners, pools, members and monitors (DOMAIN.md 1.3).
 */
import type { ConnectionKind } from './connectionCatalogue';
import { nameOf, nameOfId, regionClash } from './connectionReasons';
import { findOfKind } from './placement';
import type { Design, Listener, Resource } from './types';

function listenerRefusal(design: Design, listener: Listener, lb: Resource): string | null {
  if (listener.loadBalancer === lb.id) return `${nameOf(listener)} already belongs to ${nameOf(lb)}.`;
  const pool = findOfKind(design, listener.defaultPool, 'pool');
  if (pool && pool.loadBalancer !== lb.id) {
    return `${nameOf(listener)} forwards to ${nameOf(pool)}, a pool of ${nameOfId(design, pool.loadBalancer)}; disconnect its default pool first.`;
  }
  const clash = design.resources.find(
    (r) => r.kind === 'listener' && r.loadBalancer === lb.id && r.protocolPort === listener.protocolPort,
  );
  return clash ? `${nameOf(lb)} already has a listener on port ${listener.protocolPort} (${nameOf(clash)}).` : null;
}

function defaultPoolRefusal(design: Design, listener: Listener, pool: Resource): string | null {
  if (pool.kind !== 'pool') return null;
  if (listener.defaultPool === pool.id) return `${nameOf(listener)} already forwards to ${nameOf(pool)}.`;
  if (pool.loadBalancer === listener.loadBalancer) return null;
  return (
    `${nameOf(pool)} belongs to ${nameOfId(design, pool.loadBalancer)} but ${nameOf(listener)} belongs to ` +
    `${nameOfId(design, listener.loadBalancer)}: a listener can only forward to a pool of its own load balancer.`
  );
}

function poolRefusal(design: Design, pool: Resource, lb: Resource): string | null {
  if (pool.kind !== 'pool') return null;
  if (pool.loadBalancer === lb.id) return `${nameOf(pool)} already belongs to ${nameOf(lb)}.`;
  const user = design.resources.find((r) => r.kind === 'listener' && r.defaultPool === pool.id && r.loadBalancer !== lb.id);
  return user ? `${nameOf(user)} forwards to ${nameOf(pool)}; disconnect that default pool first.` : null;
}

function monitorRefusal(design: Design, monitor: Resource, pool: Resource): string | null {
  if (monitor.kind !== 'healthMonitor') return null;
  if (monitor.pool === pool.id) return `${nameOf(monitor)} already checks ${nameOf(pool)}.`;
  const other = design.resources.find((r) => r.kind === 'healthMonitor' && r.pool === pool.id);
  return other ? `${nameOf(pool)} already has health monitor ${nameOf(other)}; a pool has only one.` : null;
}

function poolMemberRefusal(design: Design, pool: Resource, instance: Resource): string | null {
  const member = design.resources.find((r) => r.kind === 'poolMember' && r.pool === pool.id && r.instance === instance.id);
  if (member) return `${nameOf(instance)} is already a member of ${nameOf(pool)} (${nameOf(member)}).`;
  return regionClash(design, pool, instance, 'poolMember');
}

/** Why `kind` may not be drawn from `a` to `b` inside a load balancer, or null when it may. */
export function refusalForLoadBalancing(design: Design, kind: ConnectionKind, a: Resource, b: Resource): string | null {
  switch (kind) {
    case 'listenerOf':
      return a.kind === 'listener' ? listenerRefusal(design, a, b) : null;
    case 'defaultPool':
      return a.kind === 'listener' ? defaultPoolRefusal(design, a, b) : null;
    case 'poolOf':
      return poolRefusal(design, a, b);
    case 'monitors':
      return monitorRefusal(design, a, b);
    case 'memberOf':
      return a.kind === 'poolMember' && a.pool === b.id ? `${nameOf(a)} is already a member of ${nameOf(b)}.` : null;
    case 'memberTarget':
      if (a.kind === 'poolMember' && a.instance === b.id) return `${nameOf(a)} already stands for ${nameOf(b)}.`;
      return regionClash(design, a, b, kind);
    case 'poolMember':
      return poolMemberRefusal(design, a, b);
    default:
      return null;
  }
}
