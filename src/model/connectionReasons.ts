/**
 * Words for connection refusals: resource kind labels, names, and the sentence for a pair of
 * resource kinds that no connection joins.
 */
import { CONNECTION_RULES, ruleFits, type ConnectionKind, type ConnectionRule } from './connectionCatalogue';
import { findResource, regionOf } from './placement';
import type { Design, Resource, ResourceId, ResourceKind } from './types';

/** A resource kind in words, lower case: the one table of kind names for messages (refusals, restore warnings, findings). */
export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  region: 'region',
  availabilityZone: 'availability zone',
  network: 'network',
  subnet: 'subnet',
  router: 'router',
  instance: 'instance',
  volume: 'volume',
  floatingIp: 'floating IP',
  publicPort: 'directly attached IP',
  loadBalancer: 'load balancer',
  listener: 'listener',
  pool: 'pool',
  poolMember: 'pool member',
  healthMonitor: 'health monitor',
  globalLoadBalancer: 'global load balancer',
  dnsZone: 'DNS zone',
  dnsRecord: 'DNS record',
  objectStorageEndpoint: 'object storage endpoint',
};

/** "a subnet", "an instance". */
export function aKind(kind: ResourceKind): string {
  const label = RESOURCE_KIND_LABELS[kind];
  return `${/^[aeio]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** The name a sentence uses for a resource; unnamed ones are described by their kind. */
export function nameOf(r: Resource): string {
  const name = r.name.trim();
  return name === '' ? `the unnamed ${RESOURCE_KIND_LABELS[r.kind]}` : name;
}

/** The name of the resource with this id (region, AZ), or the id itself when it is missing. */
export function nameOfId(design: Design, id: ResourceId): string {
  const r = findResource(design, id);
  return r ? nameOf(r) : id;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b or c". */
function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

function phrase(rule: ConnectionRule): string {
  const targets = listOr(rule.to.map(aKind));
  return [rule.verb, rule.preposition, targets].filter((part) => part !== '').join(' ');
}

/**
 * The sentence for a pair no connection kind joins, e.g. "A floating IP can be associated with an
 * instance or a load balancer, not with a subnet." It suggests the other direction when that fits.
 */
export function noFitReason(from: Resource, to: Resource): string {
  const outgoing = CONNECTION_RULES.filter((r) => r.from.includes(from.kind));
  const reverse = CONNECTION_RULES.some((r) => ruleFits(r, to.kind, from.kind));
  const hint = reverse ? ` Draw the connection from ${nameOf(to)} to ${nameOf(from)} instead.` : '';
  const subject = capitalize(aKind(from.kind));
  const [only] = outgoing;
  if (only === undefined) return `${subject} cannot be connected to ${aKind(to.kind)}.${hint}`;
  if (outgoing.length === 1) {
    const not = [only.preposition, aKind(to.kind)].filter((part) => part !== '').join(' ');
    return `${subject} can ${phrase(only)}, not ${not}.${hint}`;
  }
  const phrases = outgoing.map(phrase);
  const head = phrases.slice(0, -1).join(', ');
  return `${subject} can ${head}, or ${phrases[phrases.length - 1] ?? ''}; it cannot be connected to ${aKind(to.kind)}.${hint}`;
}

/** Why a requested kind does not fit a pair that other kinds do fit. */
export function kindMismatchReason(rule: ConnectionRule, from: Resource, to: Resource): string {
  const subject = capitalize(listOr(rule.from.map(aKind)));
  return `${subject} can ${phrase(rule)}; ${nameOf(from)} is ${aKind(from.kind)} and ${nameOf(to)} is ${aKind(to.kind)}.`;
}

/**
 * The connection kind a refusal for an unfitting pair is filed under: the requested kind, else the
 * first kind the source can start, else the kind of the reverse direction, else the first kind
 * ending at the target, else `dependsOn` (the generic application connection).
 */
export function closestKind(from: ResourceKind, to: ResourceKind, requested?: ConnectionKind): ConnectionKind {
  if (requested !== undefined) return requested;
  const rule =
    CONNECTION_RULES.find((r) => r.from.includes(from)) ??
    CONNECTION_RULES.find((r) => ruleFits(r, to, from)) ??
    CONNECTION_RULES.find((r) => r.to.includes(to));
  return rule?.kind ?? 'dependsOn';
}

/** The advice that ends a region refusal, per kind. */
const REGION_ADVICE: Partial<Record<ConnectionKind, string>> = {
  subnetOf: 'Create a new subnet on that network instead.',
  staticRoute: 'Connect the regions over public endpoints instead.',
};

/** The region refusal when both regions are known and differ (DOMAIN.md 2.7, F30). */
export function regionClash(design: Design, a: Resource, b: Resource, kind: ConnectionKind): string | null {
  const ra = regionOf(design, a.id);
  const rb = regionOf(design, b.id);
  if (ra === null || rb === null || ra === rb) return null;
  const advice = REGION_ADVICE[kind] ?? 'Use a public endpoint instead.';
  return `${nameOf(a)} is in ${nameOfId(design, ra)} and ${nameOf(b)} is in ${nameOfId(design, rb)}: private networks do not stretch between regions. ${advice}`;
}
