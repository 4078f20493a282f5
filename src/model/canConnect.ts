/**
 * Connection rules: which connections may be drawn between two resources, and why the others may
 * not. Only impossible connections are refused (things OpenStack would reject or that cannot
 * work); legal but risky ones (a floating IP from another AZ, a cross-AZ dependency) are allowed
 * and left to the findings.
 */
import { interfaceAddressFor } from './addressing';
import { CONNECTION_RULES, ruleOf, ruleFits, type ConnectionKind } from './connectionCatalogue';
import { closestKind, kindMismatchReason, nameOf, nameOfId, noFitReason, regionClash } from './connectionReasons';
import { azOf, findResource, regionOf } from './placement';
import { refusalForLoadBalancing } from './canConnectLb';
import type { Design, Instance, Resource, ResourceId, Router, StaticRoute } from './types';

/** A connection kind that fits the pair of resource kinds but is refused, and why. */
export interface Refusal {
  kind: ConnectionKind;
  reason: string;
}

/** What may be drawn from one resource to another. */
export interface CanConnectResult {
  /** The kinds that may be drawn, in catalogue order (the first is the most likely meaning). */
  allowed: ConnectionKind[];
  refused: Refusal[];
}

/**
 * Every connection kind that may be drawn from `from` to `to` (in that direction) and, for the kinds
 * that fit the two resource kinds but are refused, the reason in the user's words. With `kind`, only
 * that kind is considered. When no kind fits the pair at all, `refused` holds a single entry that
 * says what the source can be connected to.
 */
export function canConnect(design: Design, from: ResourceId, to: ResourceId, kind?: ConnectionKind): CanConnectResult {
  const a = findResource(design, from);
  const b = findResource(design, to);
  if (!a || !b) {
    return { allowed: [], refused: [{ kind: kind ?? 'dependsOn', reason: 'One of these resources no longer exists.' }] };
  }
  const fitting = CONNECTION_RULES.filter((r) => ruleFits(r, a.kind, b.kind));
  const rules = kind === undefined ? fitting : fitting.filter((r) => r.kind === kind);
  if (rules.length === 0) {
    const reason = kind !== undefined && fitting.length > 0 ? kindMismatchReason(ruleOf(kind), a, b) : noFitReason(a, b);
    return { allowed: [], refused: [{ kind: closestKind(a.kind, b.kind, kind), reason }] };
  }
  const result: CanConnectResult = { allowed: [], refused: [] };
  for (const rule of rules) {
    const reason = a.id === b.id ? `${nameOf(a)} cannot be connected to itself.` : refusalFor(design, rule.kind, a, b);
    if (reason === null) result.allowed.push(rule.kind);
    else result.refused.push({ kind: rule.kind, reason });
  }
  return result;
}

function relationExists(design: Design, kind: ConnectionKind, from: ResourceId, to: ResourceId): boolean {
  return design.relations.some((rel) => rel.kind === kind && rel.from === from && rel.to === to);
}

/** Subnets both routers have an interface on, in relation order. */
function sharedSubnets(design: Design, a: ResourceId, b: ResourceId): ResourceId[] {
  const ofA = new Set(design.relations.filter((r) => r.kind === 'routerInterface' && r.from === a).map((r) => r.to));
  return design.relations.filter((r) => r.kind === 'routerInterface' && r.from === b && ofA.has(r.to)).map((r) => r.to);
}

/**
 * The static route drawing `source → target` appends: to the first subnet `target` is on and
 * `source` is not (empty when there is none, for the user to fill in), via `target`'s interface IP
 * on a subnet both routers share. A string when no such route can be made.
 */
export function proposedRoute(design: Design, source: Router, target: Router): StaticRoute | string {
  const shared = sharedSubnets(design, source.id, target.id);
  if (shared.length === 0) return `${nameOf(source)} and ${nameOf(target)} share no subnet; connect both to a link network first.`;
  const hop = design.relations.find(
    (r) => r.kind === 'routerInterface' && r.from === target.id && shared.includes(r.to) && r.ip !== null,
  );
  const nextHop = hop?.kind === 'routerInterface' ? hop.ip : null;
  if (nextHop === null) {
    return `${nameOf(target)} has no address on the subnet it shares with ${nameOf(source)}; give that interface an IP first.`;
  }
  const sourceSubnets = new Set(design.relations.filter((r) => r.kind === 'routerInterface' && r.from === source.id).map((r) => r.to));
  const behind = design.relations.find((r) => r.kind === 'routerInterface' && r.from === target.id && !sourceSubnets.has(r.to));
  const behindSubnet = findResource(design, behind?.to ?? null);
  const destinationCidr = behindSubnet?.kind === 'subnet' ? behindSubnet.cidr : '';
  return { destinationCidr, nextHop };
}

function staticRouteRefusal(design: Design, a: Router, b: Router): string | null {
  const route = proposedRoute(design, a, b);
  if (typeof route === 'string') return route;
  const duplicate = a.routes.some((r) => r.destinationCidr === route.destinationCidr && r.nextHop === route.nextHop);
  if (!duplicate) return null;
  return route.destinationCidr === ''
    ? `${nameOf(a)} already has a route through ${nameOf(b)}.`
    : `${nameOf(a)} already routes ${route.destinationCidr} through ${nameOf(b)}.`;
}

function fipRefusal(design: Design, fip: Resource, target: Resource): string | null {
  const current = design.relations.find((r) => r.kind === 'fipAssociation' && r.from === fip.id);
  if (current) {
    return current.to === target.id
      ? `${nameOf(fip)} is already associated with ${nameOf(target)}.`
      : `${nameOf(fip)} is already associated with ${nameOfId(design, current.to)}; disconnect it first.`;
  }
  const ra = regionOf(design, fip.id);
  const rb = regionOf(design, target.id);
  if (ra !== null && rb !== null && ra !== rb) {
    return `${nameOf(fip)} is in ${nameOfId(design, ra)} and ${nameOf(target)} is in ${nameOfId(design, rb)}: a floating IP can only be associated within its own region.`;
  }
  const held = design.relations.filter((r) => r.kind === 'fipAssociation' && r.to === target.id);
  const heldNames = held.map((r) => nameOfId(design, r.from)).join(', ');
  if (target.kind === 'loadBalancer') {
    if (target.vipSubnet === null) return `${nameOf(target)} has no VIP yet; connect ${nameOf(target)} to a subnet first.`;
    if (held.length > 0) return `${nameOf(target)} already has floating IP ${heldNames} on its VIP; disconnect it first.`;
    return null;
  }
  const ports = design.relations.filter((r) => r.kind === 'port' && r.from === target.id).length;
  if (ports === 0) return `${nameOf(target)} has no port for ${nameOf(fip)}; attach ${nameOf(target)} to a subnet first.`;
  if (held.length >= ports) return `${nameOf(target)} already has a floating IP on every port (${heldNames}); disconnect one first.`;
  return null;
}

function volumeRefusal(design: Design, volume: Resource, instance: Resource): string | null {
  const current = design.relations.find((r) => r.kind === 'volumeAttachment' && r.from === volume.id);
  if (current) {
    return current.to === instance.id
      ? `${nameOf(volume)} is already attached to ${nameOf(instance)}.`
      : `${nameOf(volume)} is already attached to ${nameOfId(design, current.to)}; disconnect it first.`;
  }
  const za = azOf(design, volume.id);
  const zb = azOf(design, instance.id);
  if (za === null || zb === null || za === zb) return null;
  return `${nameOf(volume)} is in ${nameOfId(design, za)} but ${nameOf(instance)} is in ${nameOfId(design, zb)}: volumes can only be attached in their own zone.`;
}

function publicPortRefusal(design: Design, port: Resource, instance: Instance): string | null {
  if (port.kind !== 'publicPort') return null;
  if (port.instance !== null) {
    return port.instance === instance.id
      ? `${nameOf(port)} is already attached to ${nameOf(instance)}.`
      : `${nameOf(port)} is already attached to ${nameOfId(design, port.instance)}; disconnect it first.`;
  }
  const za = azOf(design, port.id);
  const zb = azOf(design, instance.id);
  if (za === null || zb === null || za === zb) return null;
  return `${nameOf(port)} is on ${port.network} in ${nameOfId(design, za)} but ${nameOf(instance)} is in ${nameOfId(design, zb)}: a public port can only be attached to an instance in its own zone.`;
}

function duplicate(design: Design, kind: ConnectionKind, a: Resource, b: Resource, text: string): string | null {
  return relationExists(design, kind, a.id, b.id) ? `${nameOf(a)} ${text} ${nameOf(b)}.` : null;
}

/** Why `kind` may not be drawn from `a` to `b` (whose resource kinds fit it), or null when it may. */
function refusalFor(design: Design, kind: ConnectionKind, a: Resource, b: Resource): string | null {
  switch (kind) {
    case 'routerInterface': {
      const reason = duplicate(design, kind, a, b, 'already has an interface on') ?? regionClash(design, a, b, kind);
      if (reason !== null || b.kind !== 'subnet') return reason;
      return interfaceAddressFor(design, b).full ? `${nameOf(b)} has no free address left for ${nameOf(a)}.` : null;
    }
    case 'port':
      return duplicate(design, kind, a, b, 'already has a port on') ?? regionClash(design, a, b, kind);
    case 'staticRoute':
      if (a.kind !== 'router' || b.kind !== 'router') return null;
      return regionClash(design, a, b, kind) ?? staticRouteRefusal(design, a, b);
    case 'dependsOn':
      // Allowed across regions: `connect` then makes the dependency go over the public internet.
      return duplicate(design, kind, a, b, 'already depends on');
    case 'replicatesWith':
      // Symmetric: one relation in either direction is the whole connection.
      return relationExists(design, kind, a.id, b.id) || relationExists(design, kind, b.id, a.id)
        ? `${nameOf(a)} already replicates with ${nameOf(b)}.`
        : null;
    case 'fipAssociation':
      return fipRefusal(design, a, b);
    case 'volumeAttachment':
      return volumeRefusal(design, a, b);
    case 'publicPortOf':
      return b.kind === 'instance' ? publicPortRefusal(design, a, b) : null;
    case 'glbTarget':
      return duplicate(design, kind, a, b, 'already sends traffic to');
    case 'dnsTarget':
      return duplicate(design, kind, a, b, 'already points to');
    case 'recordOf':
      return a.kind === 'dnsRecord' && a.zone === b.id ? `${nameOf(a)} is already in ${nameOf(b)}.` : null;
    case 'subnetOf':
      if (a.kind === 'subnet' && a.network === b.id) return `${nameOf(a)} already belongs to ${nameOf(b)}.`;
      return regionClash(design, a, b, kind);
    case 'vip':
      if (a.kind === 'loadBalancer' && a.vipSubnet === b.id) return `${nameOf(a)} already has its VIP on ${nameOf(b)}.`;
      return regionClash(design, a, b, kind);
    case 'listenerOf':
    case 'defaultPool':
    case 'poolOf':
    case 'monitors':
    case 'memberOf':
    case 'memberTarget':
    case 'poolMember':
      return refusalForLoadBalancing(design, kind, a, b);
  }
}
