/**
 * Names of the open design's resources, for sentences that name what failed and where.
 */
import { useMemo } from 'react';
import type { Design, ResourceId, ResourceKind } from '../model/types';
import { useDesign } from '../store/context';
import type { DesignLookup } from './explainReport';

// One look-up per design object, however many components ask (a list of a thousand findings
// would otherwise hold a thousand copies of every name).
const nameCache = new WeakMap<Design, (id: ResourceId) => string>();
const lookupCache = new WeakMap<Design, DesignLookup>();

/** Looks names up by id; an id the design does not have is shown as it is. */
export function namesOf(design: Design): (id: ResourceId) => string {
  let nameOf = nameCache.get(design);
  if (!nameOf) {
    const names = new Map<string, string>(design.resources.map((r) => [r.id, r.name === '' ? r.id : r.name]));
    nameOf = (id) => names.get(id) ?? id;
    nameCache.set(design, nameOf);
  }
  return nameOf;
}

/** The name look-up of the open design (a new function only when the design changes). */
export function useNameOf(): (id: ResourceId) => string {
  const design = useDesign((s) => s.file.design);
  return useMemo(() => namesOf(design), [design]);
}

/** Name and kind look-ups of a design, for explanations. */
export function lookupOf(design: Design): DesignLookup {
  let lookup = lookupCache.get(design);
  if (!lookup) {
    const kinds = new Map<string, ResourceKind>(design.resources.map((r) => [r.id, r.kind]));
    lookup = { nameOf: namesOf(design), kindOf: (id) => kinds.get(id) };
    lookupCache.set(design, lookup);
  }
  return lookup;
}

/** The look-ups of the open design (new only when the design changes). */
export function useDesignLookup(): DesignLookup {
  const design = useDesign((s) => s.file.design);
  return useMemo(() => lookupOf(design), [design]);
}
