import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateDesignDocument } from './migrations';
import { restored } from './restore-test-helpers';

/** A design as the pre-release app (format version 0) saved it. */
const V0 = {
  format: 'faultline.design',
  version: 0,
  id: 'shop',
  name: 'Shop',
  description: 'Two zones',
  resources: [
    { id: 'r1', kind: 'region', name: 'europe-se-1' },
    { id: 'azA', kind: 'availabilityZone', name: 'europe-se-1a', region: 'r1', order: 0, externalNetworks: ['europe-se-1-1a-net0'] },
    { id: 'i1', kind: 'instance', name: 'web', availabilityZone: 'azA', flavor: 'standard', role: 'web', serverGroup: null },
  ],
  relations: [],
  positions: { r1: { x: 0, y: 0 }, i1: { x: 40, y: 80 } },
};

describe('migrations', () => {
  it('has one step for each version below the current one', () => {
    expect(Object.keys(MIGRATIONS)).toEqual(['0']);
  });

  it('wraps a version 0 document into design and layout', () => {
    expect(migrateDesignDocument(V0, 0)).toEqual({
      format: 'faultline.design',
      version: 1,
      design: { id: 'shop', name: 'Shop', description: 'Two zones', resources: V0.resources, relations: [] },
      layout: { nodes: V0.positions },
    });
  });

  it('leaves a current document as it is', () => {
    const current = { format: 'faultline.design', version: 1, design: {} };
    expect(migrateDesignDocument(current, 1)).toBe(current);
  });

  it('restores a version 0 file to the expected version 1 file', () => {
    const { file, warnings } = restored(JSON.stringify(V0));
    expect(warnings).toEqual([]);
    expect(file).toEqual({
      format: 'faultline.design',
      version: 1,
      design: { id: 'shop', name: 'Shop', description: 'Two zones', resources: V0.resources, relations: [] },
      layout: { nodes: { r1: { x: 0, y: 0 }, i1: { x: 40, y: 80 } } },
    });
  });

  it('restores a version 0 file without positions or description', () => {
    const { file } = restored({ format: 'faultline.design', version: 0, id: 'x', resources: [{ id: 'r1', kind: 'region' }] });
    expect(file.design).toEqual({ id: 'x', name: 'Untitled design', description: '', resources: [{ id: 'r1', kind: 'region', name: 'r1' }], relations: [] });
    expect(file.layout).toEqual({ nodes: {} });
  });
});
