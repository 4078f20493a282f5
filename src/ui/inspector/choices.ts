/**
 * The choices the inspector's selects offer, read from the design: zones, external networks,
 * subnets, instances, pools. Labels say where a choice lives so that equal names can be told apart.
 */
import { nameOf } from '../../model/connectionReasons';
import { findResource } from '../../model/placement';
import type { AvailabilityZone, Design, Resource, ResourceId, ResourceKind, ResourceOfKind } from '../../model/types';
import type { Choice } from './fields';

/** The value a select uses for "none" (null references). */
export const NONE = '';

export function ofKind<K extends ResourceKind>(design: Design, kind: K): ResourceOfKind<K>[] {
  return design.resources.filter((r): r is ResourceOfKind<K> => r.kind === kind);
}

function regionName(design: Design, region: ResourceId): string {
  const r = findResource(design, region);
  return r ? nameOf(r) : 'no region';
}

/** Availability zones, ordered by region and position in it. */
export function zones(design: Design, region?: ResourceId | null): AvailabilityZone[] {
  return ofKind(design, 'availabilityZone')
    .filter((z) => region === undefined || region === null || z.region === region)
    .sort((a, b) => regionName(design, a.region).localeCompare(regionName(design, b.region)) || a.order - b.order);
}

/** Zone choices, labelled with their region when the design has several regions. */
export function zoneChoices(design: Design, region?: ResourceId | null): Choice<string>[] {
  const several = ofKind(design, 'region').length > 1;
  return zones(design, region).map((z) => ({
    value: z.id,
    label: several ? `${nameOf(z)} (${regionName(design, z.region)})` : nameOf(z),
  }));
}

/** Every external network of every zone, labelled with its zone. */
export function externalNetworkChoices(design: Design): Choice<string>[] {
  return zones(design).flatMap((z) => z.externalNetworks.map((net) => ({ value: net, label: `${net} (${nameOf(z)})` })));
}

/** Choices of resources of a kind, optionally filtered, with a leading "none" choice. */
export function resourceChoices<K extends ResourceKind>(
  design: Design,
  kind: K,
  none: string | null,
  filter: (r: ResourceOfKind<K>) => boolean = () => true,
  label: (r: ResourceOfKind<K>) => string = nameOf,
): Choice<string>[] {
  const list = ofKind(design, kind)
    .filter(filter)
    .map((r) => ({ value: r.id, label: label(r) }));
  return none === null ? list : [{ value: NONE, label: none }, ...list];
}

/** A select value for a nullable reference. */
export const refValue = (id: string | null): string => id ?? NONE;

/** The reference a select value stands for. */
export const refOf = (value: string): ResourceId | null => (value === NONE ? null : (value as ResourceId));

/** Makes sure the current value is among the choices (a dangling reference stays visible). */
export function withCurrent(choices: Choice<string>[], value: string, design: Design): Choice<string>[] {
  if (choices.some((c) => c.value === value)) return choices;
  const r: Resource | undefined = findResource(design, value as ResourceId);
  return [...choices, { value, label: r ? nameOf(r) : `${value} (missing)` }];
}
