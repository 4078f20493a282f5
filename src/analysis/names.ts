/**
 * Names of the open design's resources, for sentences that name what failed and where.
 */
import { useMemo } from 'react';
import type { Design, ResourceId } from '../model/types';
import { useDesign } from '../store/context';

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
