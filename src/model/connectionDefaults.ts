/**
 * The sensible properties a connection gets when the user draws it: the new relation's fields, or
 * the pool member the `poolMember` gesture creates.
 */
import { interfaceAddressFor } from './addressing';
import { createRelation, createResource, defaultDependencyVia } from './defaults';
import { findOfKind, findResource, regionOf } from './placement';
import type {
  Design,
  DnsTargetRole,
  PoolMember,
  RelationKind,
  RelationOfKind,
  ResourceId,
} from './types';

/** The fields of a relation kind the caller may choose (everything but identity and ends). */
export type RelationProps<K extends RelationKind> = Partial<Omit<RelationOfKind<K>, 'id' | 'kind' | 'from' | 'to'>>;

/** The fields of a new pool member the caller may choose. */
export type PoolMemberProps = Partial<Omit<PoolMember, 'id' | 'kind' | 'pool' | 'instance'>>;

function portsOf(design: Design, instance: ResourceId): ResourceId[] {
  return design.relations.filter((r) => r.kind === 'port' && r.from === instance).map((r) => r.to);
}

/** The port a new floating IP goes on: null (the primary port) while it is free, else a free one. */
function freePortSubnet(design: Design, target: ResourceId): ResourceId | null {
  const ports = design.relations.filter((r) => r.kind === 'port' && r.from === target);
  const primary = (ports.find((p) => p.kind === 'port' && p.primary) ?? ports[0])?.to ?? null;
  const taken = new Set(
    design.relations.flatMap((r) => (r.kind === 'fipAssociation' && r.to === target ? [r.portSubnet ?? primary] : [])),
  );
  if (!taken.has(primary)) return null;
  return ports.map((p) => p.to).find((s) => !taken.has(s)) ?? null;
}

function dnsRole(design: Design, record: ResourceId): DnsTargetRole {
  const r = findOfKind(design, record, 'dnsRecord');
  if (r?.mode === 'multi') return 'member';
  const hasPrimary = design.relations.some((rel) => rel.kind === 'dnsTarget' && rel.from === record && rel.role === 'primary');
  return hasPrimary ? 'standby' : 'primary';
}

function crossRegion(design: Design, from: ResourceId, to: ResourceId): boolean {
  const ra = regionOf(design, from);
  const rb = regionOf(design, to);
  return ra !== null && rb !== null && ra !== rb;
}

/** The defaults of a relation kind that depend on the design around the new relation. */
function contextualProps(design: Design, kind: RelationKind, from: ResourceId, to: ResourceId): object {
  switch (kind) {
    case 'routerInterface': {
      const subnet = findOfKind(design, to, 'subnet');
      return { ip: subnet ? interfaceAddressFor(design, subnet).ip : null };
    }
    case 'port':
      return { primary: portsOf(design, from).length === 0 };
    case 'fipAssociation':
      return { portSubnet: freePortSubnet(design, to) };
    case 'dependsOn': {
      const target = findResource(design, to);
      return { via: target ? defaultDependencyVia(target.kind) : 'public' };
    }
    case 'dnsTarget':
      return { role: dnsRole(design, from) };
    default:
      return {};
  }
}

/**
 * A new relation of `kind` from `from` to `to` with a fresh id, defaults that fit the design, and
 * the caller's `props` on top. A dependency across regions always goes `via: public`, whatever
 * `props` say: private networks do not reach another region. Throws when `props` are invalid.
 */
export function newRelation<K extends RelationKind>(
  design: Design,
  kind: K,
  from: ResourceId,
  to: ResourceId,
  props: RelationProps<K> = {},
): RelationOfKind<K> {
  const forced = kind === 'dependsOn' && crossRegion(design, from, to) ? { via: 'public' } : {};
  const merged = { ...contextualProps(design, kind, from, to), ...props, ...forced };
  return createRelation(kind, from, to, merged as Partial<Omit<RelationOfKind<K>, 'kind' | 'from' | 'to'>>);
}

/** The pool member the `poolMember` gesture creates: port from the pool's listener, else 80. */
export function newPoolMember(design: Design, pool: ResourceId, instance: ResourceId, props: PoolMemberProps = {}): PoolMember {
  const listener = design.resources.find((r) => r.kind === 'listener' && r.defaultPool === pool);
  const poolName = findResource(design, pool)?.name ?? '';
  const instanceName = findResource(design, instance)?.name ?? '';
  return createResource('poolMember', {
    name: `${poolName}/${instanceName}`,
    protocolPort: listener?.kind === 'listener' ? listener.protocolPort : 80,
    ...props,
    pool,
    instance,
  });
}
