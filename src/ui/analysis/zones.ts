/**
 * The regions and zones of a design, in the order the zone bar and the matrix list them.
 */
import type { AvailabilityZone, Design, Region } from '../../model/types';

export interface RegionZones {
  /** Null for zones whose region is not in the design. */
  region: Region | null;
  zones: AvailabilityZone[];
}

/** Regions in document order, each with its zones by `order`; orphan zones last. */
export function regionsWithZones(design: Design): RegionZones[] {
  const regions = design.resources.filter((r): r is Region => r.kind === 'region');
  const zones = design.resources.filter((r): r is AvailabilityZone => r.kind === 'availabilityZone');
  const byOrder = (a: AvailabilityZone, b: AvailabilityZone): number => a.order - b.order;
  const out: RegionZones[] = regions.map((region) => ({ region, zones: zones.filter((z) => z.region === region.id).sort(byOrder) }));
  const known = new Set<string>(regions.map((r) => r.id));
  const orphans = zones.filter((z) => !known.has(z.region)).sort(byOrder);
  if (orphans.length > 0) out.push({ region: null, zones: orphans });
  return out;
}
