/**
 * Dependency findings: F08 (routed path through a third zone), F09 (required dependency in another
 * zone), F10 (object storage endpoint of another zone), F11 (standalone endpoint used from two zones).
 */
import type { ResourceOfKind } from '../../model/types';
import { K_ENDPOINT, K_FLOATING_IP, K_INSTANCE, K_LOAD_BALANCER } from '../kinds';
import type { DependencyEdge, Topology } from '../topology';
import { NONE } from '../topology';
import { at, capitalise, azOf, describe, finding, listOf, nameOf, regionOf, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/**
 * An alternate of a failover group (order > 0) is only used once the primary is lost; a remote
 * alternate is the recommended fallback, not a zone dependency, so F09/F10/F31 skip it.
 */
export function isAlternate(dep: DependencyEdge): boolean {
  return dep.group !== null && dep.order > 0;
}

/** The AZ the dependency really lands in: a floating IP's target for a private edge, else the target. */
function endpointAz(topo: Topology, dep: DependencyEdge): number {
  const inner = at(topo.fipTarget, dep.target);
  return topo.resources[dep.target]?.kind === 'floatingIp' && inner !== NONE ? azOf(topo, inner) : azOf(topo, dep.target);
}

/** F08: a private dependency's routed path runs through a router of neither end's zone. */
export const routedPathViaOtherAz: FindingRule = (topo) => {
  const out: Finding[] = [];
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    const path = dep.path;
    // Only complete routed paths: a missing route is a broken dependency, not a zone detour.
    if (dep.via !== 'private' || !path?.exists || path.direct) continue;
    // The zones of both ends (and of a floating IP's target): a router elsewhere is a detour.
    const a = azOf(topo, dep.source);
    const b = azOf(topo, dep.target);
    const c = endpointAz(topo, dep);
    let detours: number[] | null = null;
    for (let j = 0; j < path.nodes.length; j++) {
      const h = path.nodes[j] as number;
      const z = azOf(topo, h);
      if (z !== NONE && z !== a && z !== b && z !== c) (detours ??= []).push(h);
    }
    if (detours === null) continue;
    const via = detours.map((h) => `${nameOf(topo, h)} (${zoneName(topo, azOf(topo, h))})`);
    out.push(
      finding(topo, {
        id: 'F08',
        rule: 'ROUTED_PATH_VIA_OTHER_AZ',
        severity: 'warning',
        subjects: [dep.source, ...detours],
        message:
          `The private path from ${describe(topo, dep.source)} to ${describe(topo, dep.target)} passes through ${listOf(via)}, ` +
          `a zone neither end runs in, so that zone's outage cuts the connection.`,
        fix: `Route each zone's traffic over that zone's own router, for example with a direct static route between the routers of both ends.`,
        placed: [dep.source, dep.target, ...detours],
      }),
    );
  }
  return out;
};

/** F09: a required dependency on an instance, LB or floating IP in another zone of the same region. */
export const crossAzDependency: FindingRule = (topo) => {
  const out: Finding[] = [];
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    if (!dep.required || isAlternate(dep) || dep.crossRegion) continue;
    const kind = topo.kindCode[dep.target];
    if (kind !== K_INSTANCE && kind !== K_LOAD_BALANCER && kind !== K_FLOATING_IP) continue;
    const az = azOf(topo, dep.source);
    const targetAz = azOf(topo, dep.target);
    if (az === NONE || targetAz === NONE || az === targetAz || regionOf(topo, dep.source) !== regionOf(topo, dep.target)) continue;
    out.push(
      finding(topo, {
        id: 'F09',
        rule: 'CROSS_AZ_DEPENDENCY',
        severity: 'warning',
        subjects: [dep.source, dep.target],
        message:
          `${capitalise(describe(topo, dep.source))} in ${zoneName(topo, az)} cannot work without ${describe(topo, dep.target)} ` +
          `in ${zoneName(topo, targetAz)}: an outage of either zone takes it down.`,
        fix: `Connect ${nameOf(topo, dep.source)} to a copy of the service running in ${zoneName(topo, az)}, its own zone.`,
        placed: [dep.source, dep.target],
      }),
    );
  }
  return out;
};

/** F10: an instance uses the object storage endpoint of another zone (same region). */
export const s3EndpointNotLocal: FindingRule = (topo) => {
  const out: Finding[] = [];
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    if (topo.kindCode[dep.target] !== K_ENDPOINT || isAlternate(dep) || dep.crossRegion) continue;
    const az = azOf(topo, dep.source);
    const endpointZone = azOf(topo, dep.target);
    if (az === NONE || endpointZone === NONE || az === endpointZone) continue;
    out.push(
      finding(topo, {
        id: 'F10',
        rule: 'S3_ENDPOINT_NOT_LOCAL',
        severity: 'warning',
        subjects: [dep.source, dep.target],
        message:
          `Instance ${nameOf(topo, dep.source)} in ${zoneName(topo, az)} talks to object storage endpoint ` +
          `${nameOf(topo, dep.target)} in ${zoneName(topo, endpointZone)}; requests fail when that zone is down.`,
        fix: `Use the endpoint of ${zoneName(topo, az)}; pick its replicated variant when the data must exist in both zones.`,
        placed: [dep.source],
      }),
    );
  }
  return out;
};

/** F11: a standalone (non-replicated) endpoint used by instances in two or more zones. */
export const s3StandaloneMultiAz: FindingRule = (topo) => {
  const out: Finding[] = [];
  const users = new Map<number, Set<number>>();
  for (let k = 0; k < topo.dependencies.length; k++) {
    const dep = topo.dependencies[k] as DependencyEdge;
    if (topo.kindCode[dep.target] !== K_ENDPOINT) continue;
    const endpoint = topo.resources[dep.target] as ResourceOfKind<'objectStorageEndpoint'>;
    const az = azOf(topo, dep.source);
    if (endpoint.replicated || az === NONE) continue;
    const zones = users.get(dep.target) ?? new Set<number>();
    zones.add(az);
    users.set(dep.target, zones);
  }
  const endpoints = topo.ofKind('objectStorageEndpoint');
  for (let k = 0; k < endpoints.length; k++) {
    const i = endpoints[k] as number;
    const zones = [...(users.get(i) ?? [])];
    if (zones.length < 2) continue;
    out.push(
      finding(topo, {
        id: 'F11',
        rule: 'S3_STANDALONE_MULTI_AZ',
        severity: 'info',
        subjects: [i],
        message:
          `Standalone object storage endpoint ${nameOf(topo, i)} is used by instances in ${listOf(zones.map((z) => zoneName(topo, z)))}, ` +
          `but its data exists in ${zoneName(topo, azOf(topo, i))} only.`,
        fix: 'Switch to the replicated endpoints so the objects exist in both zones, and let each instance use its own zone’s endpoint.',
      }),
    );
  }
  return out;
};
