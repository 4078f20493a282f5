/**
 * Builders for the template designs made in code (`designs.ts`). Node-side tooling: only the
 * generator and the tests import this, never the app. Every resource and relation goes through the
 * model's factories, so a template holds exactly what restore would make of it.
 */
import { createRelation, createResource, defaultExternalNetworkName } from '../../model/defaults';
import { resourceId } from '../../model/ids';
import type { Relation, RelationKind, RelationOfKind, Resource, ResourceKind, ResourceOfKind } from '../../model/types';

/** Resources and relations of a piece of a design. */
export interface Part {
  resources: Resource[];
  relations: Relation[];
}

/** A resource whose id and name are both `id` (templates use readable ids). */
export function res<K extends ResourceKind>(kind: K, id: string, props: Partial<ResourceOfKind<K>> = {}): ResourceOfKind<K> {
  return createResource(kind, { name: id, ...props, id: resourceId(id) });
}

/** A relation with the readable id `kind:from->to`, as in the example designs. */
export function rel<K extends RelationKind>(
  kind: K,
  from: string,
  to: string,
  props: Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to' | 'id'>> = {},
): RelationOfKind<K> {
  const withId = { ...props, id: `${kind}:${from}->${to}` } as Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>>;
  return createRelation(kind, resourceId(from), resourceId(to), withId);
}

/** A region and its zones (`<region><letter>`, in order), each with its default external network. */
export function region(name: string, letters: readonly string[], description?: string): Resource[] {
  return [
    res('region', name, description === undefined ? {} : { description }),
    ...letters.map((letter, order) =>
      res('availabilityZone', `${name}${letter}`, {
        region: resourceId(name),
        order,
        externalNetworks: [defaultExternalNetworkName(`${name}${letter}`)],
      }),
    ),
  ];
}

/** The external network of a zone named like Binero's (`europe-se-1a` → `europe-se-1-1a-net0`). */
export const ext = (az: string): string => defaultExternalNetworkName(az);

/** A private network `net` with one subnet `subnet` (`cidr`, gateway `gateway`, or none). */
export function network(
  regionId: string,
  net: string,
  subnet: string,
  cidr: string,
  gateway: string | null,
  role: ResourceOfKind<'subnet'>['role'] = 'workload',
): Resource[] {
  return [
    res('network', net, { region: resourceId(regionId) }),
    res('subnet', subnet, { network: resourceId(net), cidr, gatewayIp: gateway, role }),
  ];
}

/** A router in `az` with its gateway on that zone's external network. */
export function router(id: string, az: string, routes: ResourceOfKind<'router'>['routes'] = []): Resource {
  return res('router', id, { availabilityZoneHints: [resourceId(az)], externalNetwork: ext(az), routes });
}

/** A web instance in `az`. */
export function instance(id: string, az: string, role: ResourceOfKind<'instance'>['role'] = 'web'): Resource {
  return res('instance', id, { availabilityZone: resourceId(az), role });
}

/** A floating IP from `az`'s external network. */
export function floatingIp(id: string, az: string): Resource {
  return res('floatingIp', id, { pool: ext(az) });
}

/** A primary port of `instanceId` on `subnet`. */
export const port = (instanceId: string, subnet: string): Relation => rel('port', instanceId, subnet, { primary: true });

/** A router interface on `subnet` at `ip`. */
export const routerInterface = (routerId: string, subnet: string, ip: string): Relation => rel('routerInterface', routerId, subnet, { ip });

/**
 * An HTTP load balancer in `az` on `vipSubnet`: listener on port 80, round-robin pool, HTTP health
 * monitor, and a member per instance. Ids are `<prefix>-lb`, `-http`, `-pool`, `-monitor`, `-member-<instance>`.
 */
export function httpLoadBalancer(prefix: string, az: string, vipSubnet: string, members: readonly string[]): Resource[] {
  const lb = resourceId(`${prefix}-lb`);
  const pool = resourceId(`${prefix}-pool`);
  return [
    res('loadBalancer', lb, { availabilityZone: resourceId(az), vipSubnet: resourceId(vipSubnet) }),
    res('listener', `${prefix}-http`, { loadBalancer: lb, protocol: 'HTTP', protocolPort: 80, defaultPool: pool }),
    res('pool', pool, { loadBalancer: lb, protocol: 'HTTP', lbAlgorithm: 'ROUND_ROBIN' }),
    res('healthMonitor', `${prefix}-monitor`, { pool, type: 'HTTP', delay: 5, timeout: 5, maxRetries: 3, urlPath: '/healthz' }),
    ...members.map((m) =>
      res('poolMember', `${prefix}-member-${m}`, { pool, instance: resourceId(m), protocolPort: 80, subnet: resourceId(vipSubnet) }),
    ),
  ];
}

/** A global load balancer with DNS-based steering and an HTTP health check over `targets`. */
export function globalLoadBalancer(id: string, targets: readonly string[]): Part {
  return {
    resources: [res('globalLoadBalancer', id, { method: 'dns', healthCheck: 'HTTP GET /healthz' })],
    relations: targets.map((t) => rel('glbTarget', id, t)),
  };
}

/** Joins parts into one. */
export function join(...parts: Part[]): Part {
  return { resources: parts.flatMap((p) => p.resources), relations: parts.flatMap((p) => p.relations) };
}
