/**
 * Test helpers: small designs built in code (through the model's factories, so every resource is
 * well-formed) and compact views of an evaluation for exact assertions.
 */
import { createRelation, createResource } from '../../model/defaults';
import { designId, resourceId, type ResourceId } from '../../model/ids';
import type { Design, Relation, RelationKind, RelationOfKind, Resource, ResourceKind, ResourceOfKind } from '../../model/types';
import { createEngine } from '../engine';
import type { Evaluation } from '../evaluate';
import { statusName, type Reason } from '../types';

export const A = resourceId('europe-se-1a');
export const B = resourceId('europe-se-1b');
export const C = resourceId('europe-se-1c');
export const R1 = resourceId('europe-se-1');
export const xA = 'europe-se-1-1a-net0';
export const xB = 'europe-se-1-1b-net0';
export const xC = 'europe-se-1-1c-net0';

const EXT: Record<string, string> = { [A]: xA, [B]: xB, [C]: xC };

/** A resource whose id and name are `id`. */
export function res<K extends ResourceKind>(kind: K, id: string, props: Partial<ResourceOfKind<K>> = {}): ResourceOfKind<K> {
  return createResource(kind, { ...props, id: resourceId(id), name: id });
}

/** A relation with a readable id `kind:from->to`. */
export function rel<K extends RelationKind>(
  kind: K,
  from: string,
  to: string,
  props: Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>> = {},
): RelationOfKind<K> {
  const withId = { id: `${kind}:${from}->${to}`, ...props } as Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>>;
  return createRelation(kind, resourceId(from), resourceId(to), withId);
}

/** Region europe-se-1 with AZs 1a, 1b (and 1c when `azs` is 3), each with its external network. */
export function zones(azs: 1 | 2 | 3 = 2): Resource[] {
  const ids = [A, B, C].slice(0, azs);
  return [
    res('region', R1),
    ...ids.map((az, order) => res('availabilityZone', az, { region: R1, order, externalNetworks: [EXT[az] ?? ''] })),
  ];
}

/** A network and one subnet on it (`172.29.<octet>.0/24`, gateway `.1` unless `gateway` is null). */
export function subnet(id: string, octet: number, gateway: string | null = `172.29.${octet}.1`): Resource[] {
  return [
    res('network', `${id}-net`, { region: R1 }),
    res('subnet', id, { network: resourceId(`${id}-net`), cidr: `172.29.${octet}.0/24`, gatewayIp: gateway }),
  ];
}

/** A router in `az` with its gateway on that AZ's external network. */
export function router(id: string, az: ResourceId, props: Partial<ResourceOfKind<'router'>> = {}): ResourceOfKind<'router'> {
  return res('router', id, { availabilityZoneHints: [az], externalNetwork: EXT[az] ?? null, ...props });
}

export function instance(id: string, az: ResourceId | null): ResourceOfKind<'instance'> {
  return res('instance', id, { availabilityZone: az });
}

/** A floating IP from the external network of `az`. */
export function fip(id: string, az: ResourceId): ResourceOfKind<'floatingIp'> {
  return res('floatingIp', id, { pool: EXT[az] ?? '' });
}

/** The router interface holding the subnet's `.1` gateway address (or another host number). */
export function gateway(routerId: string, subnetId: string, octet: number, host = 1): Relation {
  return rel('routerInterface', routerId, subnetId, { ip: `172.29.${octet}.${host}` });
}

export function port(instanceId: string, subnetId: string, props: Partial<RelationOfKind<'port'>> = {}): Relation {
  return rel('port', instanceId, subnetId, { primary: true, ...props });
}

export function designOf(resources: Resource[], relations: Relation[] = []): Design {
  return { id: designId('test'), name: 'test', description: '', resources, relations };
}

/** Evaluates a design with the given AZs (and regions) failed. */
export function run(resources: Resource[], relations: Relation[], failedAzs: string[] = [], failedRegions: string[] = []): Evaluation {
  const engine = createEngine(designOf(resources, relations));
  return engine.evaluate({ failedAzs: failedAzs.map(resourceId), failedRegions: failedRegions.map(resourceId) });
}

/** `STATUS CODE,CODE` for one resource, e.g. `DEGRADED GATEWAY_LOST`; just `OK` when unaffected. */
export function summary(e: Evaluation, id: string): string {
  const i = e.topo.indexOf.get(id);
  if (i === undefined) throw new Error(`no resource ${id}`);
  const codes = (e.reasons[i] ?? []).map((r) => r.code).join(',');
  return codes === '' ? statusName(e.status[i] ?? 0) : `${statusName(e.status[i] ?? 0)} ${codes}`;
}

/** The reasons of one resource. */
export function reasonsOf(e: Evaluation, id: string): readonly Reason[] {
  const i = e.topo.indexOf.get(id);
  if (i === undefined) throw new Error(`no resource ${id}`);
  return e.reasons[i] ?? [];
}

/** The reason `code` of a resource; throws when it has none. */
export function reasonOf(e: Evaluation, id: string, code: string): Reason {
  const r = reasonsOf(e, id).find((x) => x.code === code);
  if (!r) throw new Error(`${id} has no reason ${code} (has: ${summary(e, id)})`);
  return r;
}
