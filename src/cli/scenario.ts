/**
 * Turns the zones and regions named on the command line into an engine scenario.
 */
import type { Scenario } from '../engine/types';
import type { Design, Resource, ResourceId } from '../model/types';

export type ResolvedScenario = { ok: true; scenario: Scenario } | { ok: false; message: string };

type Kind = 'availabilityZone' | 'region';

/** Finds a zone or region by id, else by name (exact, then ignoring case). */
function find(design: Design, kind: Kind, text: string): Resource[] {
  const all = design.resources.filter((r) => r.kind === kind);
  const byId = all.filter((r) => r.id === text);
  if (byId.length > 0) return byId;
  const byName = all.filter((r) => r.name === text);
  if (byName.length > 0) return byName;
  return all.filter((r) => r.name.toLowerCase() === text.toLowerCase());
}

function label(design: Design, r: Resource): string {
  const shown = r.name === r.id ? r.name : `${r.name} (id ${r.id})`;
  if (r.kind !== 'availabilityZone') return shown;
  const region = design.resources.find((x) => x.id === r.region);
  return region ? `${shown} in ${region.name}` : shown;
}

function known(design: Design, kind: Kind): string {
  const all = design.resources.filter((r) => r.kind === kind);
  const what = kind === 'region' ? 'regions' : 'zones';
  return all.length === 0 ? `The design has no ${what}.` : `Known ${what}: ${all.map((r) => label(design, r)).join(', ')}.`;
}

function resolveAll(design: Design, kind: Kind, texts: readonly string[]): { ok: true; ids: ResourceId[] } | { ok: false; message: string } {
  const ids: ResourceId[] = [];
  const what = kind === 'region' ? 'region' : 'availability zone';
  for (const text of texts) {
    const found = find(design, kind, text);
    if (found.length === 0) return { ok: false, message: `The design has no ${what} called "${text}". ${known(design, kind)}` };
    if (found.length > 1) {
      return { ok: false, message: `More than one ${what} is called "${text}"; name it by id: ${found.map((r) => r.id).join(', ')}.` };
    }
    const id = (found[0] as Resource).id;
    if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, ids };
}

/** Resolves `--fail` and `--fail-region` values against the design's zones and regions. */
export function resolveScenario(design: Design, failAzs: readonly string[], failRegions: readonly string[]): ResolvedScenario {
  const azs = resolveAll(design, 'availabilityZone', failAzs);
  if (!azs.ok) return azs;
  const regions = resolveAll(design, 'region', failRegions);
  if (!regions.ok) return regions;
  return { ok: true, scenario: { failedAzs: azs.ids, failedRegions: regions.ids } };
}
