/**
 * Services (DOMAIN.md 2.9): the entry points users reach a design through, and their status.
 */
import type { ResourceId } from '../model/types';
import type { Evaluation } from './evaluate';
import { NONE, type Topology } from './topology';
import { statusName, type Reason, type Status } from './types';

export type ServiceKind = 'globalLoadBalancer' | 'dnsRecord' | 'floatingIp' | 'publicPort';

export interface ServiceInfo {
  id: ResourceId;
  name: string;
  kind: ServiceKind;
}

export interface ServiceResult extends ServiceInfo {
  status: Status;
  reasons: readonly Reason[];
}

/**
 * Every global load balancer and DNS record, plus every associated floating IP or directly attached
 * IP that no global load balancer or DNS record targets. Returns topology indexes in document order.
 */
export function serviceEntryPoints(topo: Topology): number[] {
  const fronted = new Uint8Array(topo.n);
  for (let i = 0; i < topo.n; i++) for (const t of topo.targetsOf[i] ?? []) fronted[t.target] = 1;
  const out: number[] = [];
  for (let i = 0; i < topo.n; i++) {
    const kind = topo.resources[i]?.kind;
    if (kind === 'globalLoadBalancer' || kind === 'dnsRecord') out.push(i);
    else if (kind === 'floatingIp' && topo.fipTarget[i] !== NONE && !fronted[i]) out.push(i);
    else if (kind === 'publicPort' && topo.publicPortInstance[i] !== NONE && !fronted[i]) out.push(i);
  }
  return out;
}

export function serviceInfo(topo: Topology, i: number): ServiceInfo {
  const r = topo.resources[i];
  const kind = r?.kind as ServiceKind;
  return { id: topo.ids[i] as ResourceId, name: serviceName(topo, i), kind };
}

/** A record is named by its fully qualified name; other entry points by their own name. */
function serviceName(topo: Topology, i: number): string {
  const r = topo.resources[i];
  if (r?.kind !== 'dnsRecord') return r?.name ?? '';
  const zone = r.zone === null ? undefined : topo.resources[topo.indexOf.get(r.zone) ?? NONE];
  if (zone?.kind !== 'dnsZone' || zone.name === '') return r.name;
  const zoneName = zone.name.endsWith('.') ? zone.name.slice(0, -1) : zone.name;
  return r.name === '@' || r.name === '' ? zoneName : `${r.name}.${zoneName}`;
}

export function servicesOf(e: Evaluation, entries: readonly number[]): ServiceResult[] {
  return entries.map((i) => ({
    ...serviceInfo(e.topo, i),
    status: statusName(e.status[i] ?? 0),
    reasons: e.reasons[i] ?? [],
  }));
}
