/**
 * The connection catalogue: every kind of edge the canvas draws between two resources, which
 * resource kinds it joins (in arrow direction) and where it is stored in the document.
 * DOMAIN.md 1.3 is the source; containment (inRegion, inAz, externalGateway) is not drawn as an edge.
 */
import type { RelationId, RelationKind, Resource, ResourceId, ResourceKind } from './types';
import { RELATION_KINDS } from './types';

/** Kinds of connection stored as a property of the source resource. */
export type PropertyConnectionKind =
  | 'subnetOf' // subnet → network (subnet.network)
  | 'vip' // loadBalancer → subnet (loadBalancer.vipSubnet)
  | 'listenerOf' // listener → loadBalancer (listener.loadBalancer)
  | 'defaultPool' // listener → pool (listener.defaultPool)
  | 'poolOf' // pool → loadBalancer (pool.loadBalancer)
  | 'monitors' // healthMonitor → pool (healthMonitor.pool)
  | 'memberOf' // poolMember → pool (poolMember.pool)
  | 'memberTarget' // poolMember → instance (poolMember.instance)
  | 'recordOf' // dnsRecord → dnsZone (dnsRecord.zone)
  | 'publicPortOf'; // publicPort → instance (publicPort.instance)

/**
 * Every kind of connection: relations, property-backed references, and two gestures —
 * `poolMember` (pool → instance) creates a pool member resource, `staticRoute` (router → router)
 * appends a static route to the source router.
 */
export type ConnectionKind = RelationKind | PropertyConnectionKind | 'poolMember' | 'staticRoute';

/** One edge the canvas draws. */
export interface Connection {
  /** The relation id for relations; `<kind>:<from>-><to>` for properties; `staticRoute:<router>:<index>`. */
  id: string;
  kind: ConnectionKind;
  from: ResourceId;
  to: ResourceId;
  /** Set for relation-backed connections. */
  relationId?: RelationId;
  /** Set for static routes: the index in the source router's `routes`. */
  routeIndex?: number;
}

/** Where a connection kind lives in the document. */
export type ConnectionStorage = 'relation' | 'property' | 'route' | 'gesture';

/** The catalogue entry of one connection kind. */
export interface ConnectionRule {
  kind: ConnectionKind;
  from: readonly ResourceKind[];
  to: readonly ResourceKind[];
  storage: ConnectionStorage;
  /** The connection seen from its source, for sentences: "can {verb} {preposition} a subnet". */
  verb: string;
  preposition: string;
}

/** The catalogue, ordered so that the most likely meaning of a drawn edge comes first. */
export const CONNECTION_RULES: readonly ConnectionRule[] = [
  { kind: 'routerInterface', from: ['router'], to: ['subnet'], storage: 'relation', verb: 'have an interface', preposition: 'on' },
  { kind: 'staticRoute', from: ['router'], to: ['router'], storage: 'route', verb: 'route traffic', preposition: 'through' },
  { kind: 'port', from: ['instance'], to: ['subnet'], storage: 'relation', verb: 'be attached', preposition: 'to' },
  {
    kind: 'dependsOn',
    from: ['instance'],
    to: ['instance', 'objectStorageEndpoint', 'floatingIp', 'loadBalancer', 'dnsRecord', 'globalLoadBalancer'],
    storage: 'relation',
    verb: 'depend',
    preposition: 'on',
  },
  { kind: 'replicatesWith', from: ['instance'], to: ['instance'], storage: 'relation', verb: 'replicate', preposition: 'with' },
  { kind: 'fipAssociation', from: ['floatingIp'], to: ['instance', 'loadBalancer'], storage: 'relation', verb: 'be associated', preposition: 'with' },
  { kind: 'volumeAttachment', from: ['volume'], to: ['instance'], storage: 'relation', verb: 'be attached', preposition: 'to' },
  { kind: 'publicPortOf', from: ['publicPort'], to: ['instance'], storage: 'property', verb: 'be attached', preposition: 'to' },
  { kind: 'glbTarget', from: ['globalLoadBalancer'], to: ['floatingIp', 'publicPort'], storage: 'relation', verb: 'send traffic', preposition: 'to' },
  { kind: 'dnsTarget', from: ['dnsRecord'], to: ['floatingIp', 'publicPort', 'globalLoadBalancer'], storage: 'relation', verb: 'point', preposition: 'to' },
  { kind: 'recordOf', from: ['dnsRecord'], to: ['dnsZone'], storage: 'property', verb: 'belong', preposition: 'to' },
  { kind: 'subnetOf', from: ['subnet'], to: ['network'], storage: 'property', verb: 'belong', preposition: 'to' },
  { kind: 'vip', from: ['loadBalancer'], to: ['subnet'], storage: 'property', verb: 'have its VIP', preposition: 'on' },
  { kind: 'listenerOf', from: ['listener'], to: ['loadBalancer'], storage: 'property', verb: 'belong', preposition: 'to' },
  { kind: 'defaultPool', from: ['listener'], to: ['pool'], storage: 'property', verb: 'forward traffic', preposition: 'to' },
  { kind: 'poolOf', from: ['pool'], to: ['loadBalancer'], storage: 'property', verb: 'belong', preposition: 'to' },
  { kind: 'poolMember', from: ['pool'], to: ['instance'], storage: 'gesture', verb: 'send traffic', preposition: 'to' },
  { kind: 'monitors', from: ['healthMonitor'], to: ['pool'], storage: 'property', verb: 'check', preposition: '' },
  { kind: 'memberOf', from: ['poolMember'], to: ['pool'], storage: 'property', verb: 'belong', preposition: 'to' },
  { kind: 'memberTarget', from: ['poolMember'], to: ['instance'], storage: 'property', verb: 'stand', preposition: 'for' },
];

/** Every connection kind, in catalogue order. */
export const CONNECTION_KINDS: readonly ConnectionKind[] = CONNECTION_RULES.map((r) => r.kind);

/** The catalogue entry of a kind. */
export function ruleOf(kind: ConnectionKind): ConnectionRule {
  const rule = CONNECTION_RULES.find((r) => r.kind === kind);
  if (!rule) throw new Error(`Unknown connection kind ${kind}`);
  return rule;
}

/** True when the rule joins a resource of kind `from` to one of kind `to`. */
export function ruleFits(rule: ConnectionRule, from: ResourceKind, to: ResourceKind): boolean {
  return rule.from.includes(from) && rule.to.includes(to);
}

const relationKinds: ReadonlySet<string> = new Set(RELATION_KINDS);

/** True for the kinds stored in `design.relations`. */
export function isRelationKind(kind: ConnectionKind): kind is RelationKind {
  return relationKinds.has(kind);
}

/** True for the kinds stored as a property of the source resource. */
export function isPropertyKind(kind: ConnectionKind): kind is PropertyConnectionKind {
  return ruleOf(kind).storage === 'property';
}

/** The stable id of a property-backed connection. */
export function propertyConnectionId(kind: PropertyConnectionKind, from: ResourceId, to: ResourceId): string {
  return `${kind}:${from}->${to}`;
}

/** The stable id of a static route connection. */
export function routeConnectionId(router: ResourceId, routeIndex: number): string {
  return `staticRoute:${router}:${routeIndex}`;
}

/**
 * The target of a property-backed connection on `source`: the referenced id, null when unset, or
 * undefined when `source` is not the kind that carries this property.
 */
export function readProperty(source: Resource, kind: PropertyConnectionKind): ResourceId | null | undefined {
  switch (kind) {
    case 'subnetOf':
      return source.kind === 'subnet' ? source.network : undefined;
    case 'vip':
      return source.kind === 'loadBalancer' ? source.vipSubnet : undefined;
    case 'listenerOf':
      return source.kind === 'listener' ? source.loadBalancer : undefined;
    case 'defaultPool':
      return source.kind === 'listener' ? source.defaultPool : undefined;
    case 'poolOf':
      return source.kind === 'pool' ? source.loadBalancer : undefined;
    case 'monitors':
      return source.kind === 'healthMonitor' ? source.pool : undefined;
    case 'memberOf':
      return source.kind === 'poolMember' ? source.pool : undefined;
    case 'memberTarget':
      return source.kind === 'poolMember' ? source.instance : undefined;
    case 'recordOf':
      return source.kind === 'dnsRecord' ? source.zone : undefined;
    case 'publicPortOf':
      return source.kind === 'publicPort' ? source.instance : undefined;
  }
}

/** The property kinds whose reference is required: the source cannot exist without its target. */
export const REQUIRED_PROPERTY_KINDS: ReadonlySet<ConnectionKind> = new Set<PropertyConnectionKind>([
  'subnetOf',
  'listenerOf',
  'poolOf',
  'monitors',
  'memberOf',
]);

/**
 * `source` with the property of a property-backed connection set to `to` (null clears it; only
 * valid for the nullable ones). Returns `source` itself when it is not the carrying kind or nothing
 * changes.
 */
export function writeProperty(source: Resource, kind: PropertyConnectionKind, to: ResourceId | null): Resource {
  const current = readProperty(source, kind);
  if (current === undefined || current === to) return source;
  switch (source.kind) {
    case 'subnet':
      return to === null ? source : { ...source, network: to };
    case 'loadBalancer':
      // The VIP address belongs to the old subnet, so it goes with it.
      return { ...source, vipSubnet: to, vipAddress: null };
    case 'listener':
      if (kind === 'defaultPool') return { ...source, defaultPool: to };
      return to === null ? source : { ...source, loadBalancer: to };
    case 'pool':
      return to === null ? source : { ...source, loadBalancer: to };
    case 'healthMonitor':
      return to === null ? source : { ...source, pool: to };
    case 'poolMember':
      if (kind === 'memberTarget') return { ...source, instance: to };
      return to === null ? source : { ...source, pool: to };
    case 'dnsRecord':
      return { ...source, zone: to };
    case 'publicPort':
      return { ...source, instance: to };
    default:
      return source;
  }
}
