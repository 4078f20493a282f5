/**
 * Names of the open design's resources, for sentences that name what failed and where.
 */
import { useMemo } from 'react';
import type { Design, ResourceId, ResourceKind } from '../model/types';
import { useDesign } from '../store/context';
import type { DesignLookup } from './explainReport';

/** Looks names up by id; an id the design does not have is shown as it is. */
export function namesOf(design: Design): (id: ResourceId) => string {
  const names = new Map<string, string>(design.resources.map((r) => [r.id, r.name === '' ? r.id : r.name]));
  return (id) => names.get(id) ?? id;
}

/** The name look-up of the open design (a new function only when the design changes). */
export function useNameOf(): (id: ResourceId) => string {
  const design = useDesign((s) => s.file.design);
  return useMemo(() => namesOf(design), [design]);
}

/** Name and kind look-ups of a design, for explanations. */
export function lookupOf(design: Design): DesignLookup {
  const kinds = new Map<string, ResourceKind>(design.resources.map((r) => [r.id, r.kind]));
  return { nameOf: namesOf(design), kindOf: (id) => kinds.get(id) };
}

/** The look-ups of the open design (new only when the design changes). */
export function useDesignLookup(): DesignLookup {
  const design = useDesign((s) => s.file.design);
  return useMemo(() => lookupOf(design), [design]);
}
