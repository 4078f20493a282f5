/**
 * Services (DOMAIN.md 2.9): the entry points users reach a design through, and their status.
 */
import type { ResourceId } from '../model/types';
import type { Evaluation } from './evaluate';
import { K_DNS_RECORD, K_FLOATING_IP, K_GLB, K_PUBLIC_PORT } from './kinds';
import { NONE, type TargetEdge, type Topology } from './topology';
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
  const { n, kindCode } = topo;
  const fronted = new Uint8Array(n);
  // Only global load balancers and DNS records have targets; read kind codes, not resource objects.
  for (const code of FRONT_KINDS) {
    const list = topo.byKind[code] ?? NO_INDEXES;
    for (let k = 0; k < list.length; k++) {
      const edges = topo.targetsOf[list[k] as number] ?? [];
      for (let j = 0; j < edges.length; j++) fronted[(edges[j] as TargetEdge).target] = 1;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = kindCode[i];
    if (code === K_GLB || code === K_DNS_RECORD) out.push(i);
    else if (code === K_FLOATING_IP && topo.fipTarget[i] !== NONE && !fronted[i]) out.push(i);
    else if (code === K_PUBLIC_PORT && topo.publicPortInstance[i] !== NONE && !fronted[i]) out.push(i);
  }
  return out;
}

const FRONT_KINDS = [K_GLB, K_DNS_RECORD] as const;
const NO_INDEXES = new Int32Array(0);

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
