import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../model/types';
import { applyDesignPatch, diffDesign } from './designPatch';
import { exampleDesign, S2_FILE } from './testing/exampleDesign';

const base: Design = exampleDesign(S2_FILE);

/** `design` with the resource `id` replaced by `update(resource)`, every other object kept, as the store edits. */
function edit(design: Design, id: string, update: (r: Resource) => Resource): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? update(r) : r)) };
}

describe('diffDesign / applyDesignPatch', () => {
  it('lists only the replaced resource, and applying the patch gives the edited design', () => {
    const next = edit(base, 'iB', (r) => ({ ...r, name: 'web-1' }));
    const patch = diffDesign(base, next, 4);
    const index = base.resources.findIndex((r) => r.id === 'iB');
    expect(patch).toEqual({
      kind: 'patch',
      base: 4,
      id: base.id,
      name: base.name,
      description: base.description,
      resources: { length: base.resources.length, changed: [[index, next.resources[index]]] },
      relations: { length: base.relations.length, changed: [] },
    });
    expect(patch && applyDesignPatch(structuredClone(base), structuredClone(patch))).toEqual(next);
  });

  it('carries added entries, a shorter list, and a renamed design', () => {
    const added = { ...base, name: 'Renamed', relations: base.relations.slice(0, 2), resources: [...base.resources, { ...base.resources[6], id: 'iC', name: 'iC' } as Resource] };
    const patch = diffDesign(base, added, 1);
    expect(patch?.resources.changed.map(([i]) => i)).toEqual([base.resources.length]);
    expect(patch?.relations).toEqual({ length: 2, changed: [] });
    expect(patch && applyDesignPatch(base, patch)).toEqual(added);
  });

  it('gives up (send it whole) for another design, or when much changed', () => {
    expect(diffDesign(base, { ...base, id: 'other' as Design['id'] }, 1)).toBeNull();
    // A delete at the front shifts every entry after it; small designs get a budget of 16 entries.
    const many = { ...base, resources: Array.from({ length: 40 }, (_, i) => ({ ...base.resources[6], id: `i${String(i)}` }) as Resource) };
    expect(diffDesign(base, many, 1)).toBeNull();
  });

  it('refuses a patch that does not fit the design it is applied to', () => {
    const grown = { ...base, resources: [...base.resources, { ...base.resources[6], id: 'iC' } as Resource] };
    const patch = diffDesign(grown, { ...grown, resources: [...grown.resources, { ...base.resources[6], id: 'iD' } as Resource] }, 1);
    expect(patch).not.toBeNull();
    if (patch) expect(() => applyDesignPatch(base, patch)).toThrow('The design patch does not fit the design it was made for.');
  });
});
