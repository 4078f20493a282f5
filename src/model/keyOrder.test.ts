import { describe, expect, it } from 'vitest';
import { DESIGN_KEYS, FILE_KEYS, LAYOUT_KEYS, NESTED_KEYS, NODE_KEYS, RELATION_KEYS, RESOURCE_KEYS, VIEWPORT_KEYS } from './keyOrder';
import * as schema from './schema';
import { RELATION_KINDS, RESOURCE_KINDS } from './types';

const keysOf = (s: { shape: object }): string[] => Object.keys(s.shape);

describe('the key order table against the schemas', () => {
  it('orders the file, design, layout, node and viewport keys as the schemas do', () => {
    expect(FILE_KEYS).toEqual(keysOf(schema.designFileSchema));
    expect(DESIGN_KEYS).toEqual(keysOf(schema.designSchema));
    expect(LAYOUT_KEYS).toEqual(keysOf(schema.layoutSchema));
    expect(NODE_KEYS).toEqual(keysOf(schema.nodeLayoutSchema));
    expect(VIEWPORT_KEYS).toEqual(keysOf(schema.viewportSchema));
  });

  it('orders every nested object as the schemas do', () => {
    expect(NESTED_KEYS).toEqual(Object.fromEntries(Object.entries(schema.nestedObjectSchemas).map(([field, s]) => [field, keysOf(s)])));
  });

  it.each(RESOURCE_KINDS)('orders the %s keys as its schema does', (kind) => {
    expect(RESOURCE_KEYS[kind]).toEqual(keysOf(schema.resourceObjectSchemas[kind]));
  });

  it.each(RELATION_KINDS)('orders the %s keys as its schema does', (kind) => {
    expect(RELATION_KEYS[kind]).toEqual(keysOf(schema.relationObjectSchemas[kind]));
  });
});
