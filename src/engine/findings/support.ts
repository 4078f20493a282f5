/**
 * Small helpers shared by the finding rules: names, kinds, zones and the finding constructor.
 * Every rule reads placement from the topology (effective AZ, DOMAIN.md 2.2), never raw properties.
 */
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';
import type { ResourceId, ResourceKind, ResourceOfKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import type { Finding, Severity } from './types';

/** The value of an index array at `i`, or NONE (typed arrays and lists read out of range). */
export function at(values: ArrayLike<number>, i: number): number {
  return i === NONE ? NONE : (values[i] ?? NONE);
}

/** The user-facing name of resource `i` (its id when the name is blank). */
export function nameOf(topo: Topology, i: number): string {
  const r = i === NONE ? undefined : topo.resources[i];
  if (!r) return 'an unknown resource';
  return r.name.trim() === '' ? r.id : r.name;
}

/** The resource at `i` when it is of `kind`. */
export function resourceAt<K extends ResourceKind>(topo: Topology, i: number, kind: K): ResourceOfKind<K> | undefined {
  const r = i === NONE ? undefined : topo.resources[i];
  return r?.kind === kind ? (r as ResourceOfKind<K>) : undefined;
}

/** The index of the resource with this id, or NONE. */
export function indexOfId(topo: Topology, id: ResourceId | null): number {
  return id === null ? NONE : (topo.indexOf.get(id) ?? NONE);
}

/** Kinds in words; in a finding's message a zone is just "zone europe-se-1a". */
const KIND_WORDS: Readonly<Record<ResourceKind, string>> = { ...RESOURCE_KIND_LABELS, availabilityZone: 'zone' };

/** "instance web-1", "load balancer lb-1": the kind in words followed by the name. */
export function describe(topo: Topology, i: number): string {
  const r = i === NONE ? undefined : topo.resources[i];
  return r ? `${KIND_WORDS[r.kind]} ${nameOf(topo, i)}` : 'an unknown resource';
}

/** The effective AZ index of resource `i`. */
export function azOf(topo: Topology, i: number): number {
  return at(topo.placement.az, i);
}

/** The effective region index of resource `i`. */
export function regionOf(topo: Topology, i: number): number {
  return at(topo.placement.region, i);
}

/** The name of an AZ (by AZ index). */
export function zoneName(topo: Topology, az: number): string {
  return az === NONE ? 'an unknown zone' : nameOf(topo, az);
}

/** The name of the effective AZ of resource `i`. */
export function zoneOf(topo: Topology, i: number): string {
  return zoneName(topo, azOf(topo, i));
}

/** The first external network of an AZ, or a description when it has none. */
export function externalNetworkOf(topo: Topology, az: number): string {
  const zone = resourceAt(topo, az, 'availabilityZone');
  const name = zone?.externalNetworks[0];
  return name ?? `the external network of ${zoneName(topo, az)}`;
}

/**
 * True when the effective AZ of `i` rests on an [INFERRED] placement rule: a router without hints,
 * an instance without a zone, or a multi-hint router whose first hint is not where it lands (the
 * ambiguous hint order of DOMAIN.md 2.2). A multi-hint router listing the region's first zone first
 * is documented behaviour.
 */
export function azIsInferred(topo: Topology, i: number): boolean {
  if (at(topo.placement.azInferred, i) !== 1) return false;
  const router = resourceAt(topo, i, 'router');
  if (router && router.availabilityZoneHints.length > 1) {
    return indexOfId(topo, router.availabilityZoneHints[0] ?? null) !== azOf(topo, i);
  }
  return true;
}

/** Why the zone of `i` is an assumption, in words (for resources where {@link azIsInferred} holds). */
function placementAssumption(topo: Topology, i: number): string {
  const zone = zoneOf(topo, i);
  const router = resourceAt(topo, i, 'router');
  if (router && router.availabilityZoneHints.length === 0) {
    return `router ${nameOf(topo, i)} has no zone hint and is taken to run in ${zone}, the first zone of its region`;
  }
  if (router) return `router ${nameOf(topo, i)} lists several zones and is taken to run in ${zone}, the first zone of its region`;
  if (resourceAt(topo, i, 'instance')) return `instance ${nameOf(topo, i)} has no zone set and is taken to run in ${zone}`;
  return `${describe(topo, i)} is taken to run in ${zone}`;
}

/** The text with its first letter in upper case (for sentences starting with a description). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A list of names in prose: "a", "a and b", "a, b and c". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The fields of a finding before subject indexes are turned into ids. */
export interface FindingInput {
  id: string;
  rule: string;
  severity: Severity;
  /** Resource indexes; the first is the main subject. */
  subjects: readonly number[];
  message: string;
  fix: string;
  /** True when the rule itself (or the condition that fired) is an [INFERRED] one. */
  inferred?: boolean;
  /**
   * Resources whose zones the rule compared. When one of them has an inferred placement the finding
   * is inferred too, and the message says which zone was assumed.
   */
  placed?: readonly number[];
}

/**
 * Builds a finding, turning subject indexes into resource ids (duplicates and NONE dropped) and
 * stating any placement assumption the finding rests on.
 */
export function finding(topo: Topology, input: FindingInput): Finding {
  // Each placed resource once, in order; most findings have none with an inferred zone, so the
  // notes list is made only when there is one.
  let notes: string[] | null = null;
  const placed = input.placed ?? [];
  for (let k = 0; k < placed.length; k++) {
    const i = placed[k] as number;
    if (placed.indexOf(i) === k && azIsInferred(topo, i)) (notes ??= []).push(placementAssumption(topo, i));
  }
  return {
    id: input.id,
    rule: input.rule,
    severity: input.severity,
    subjects: subjectIds(topo, input.subjects),
    message: notes === null ? input.message : `${input.message} Assumption: ${notes.join('; ')}.`,
    fix: input.fix,
    inferred: (input.inferred ?? false) || notes !== null,
  };
}

/**
 * The ids of the subject indexes, duplicates and NONE dropped. The usual case (all distinct and
 * resolved) is mapped at its exact length: findings are kept, and a list grown by push reserves
 * room for 17 entries.
 */
function subjectIds(topo: Topology, indexes: readonly number[]): ResourceId[] {
  let plain = true;
  for (let k = 0; k < indexes.length && plain; k++) {
    const i = indexes[k] as number;
    plain = i !== NONE && topo.ids[i] !== undefined && indexes.indexOf(i) === k && topo.canonical[i] === i;
  }
  if (plain) return indexes.map((i) => topo.ids[i] as ResourceId);
  const subjects: ResourceId[] = [];
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k] as number;
    const id = i === NONE ? undefined : topo.ids[i];
    if (id !== undefined && !subjects.includes(id)) subjects.push(id);
  }
  return subjects;
}
