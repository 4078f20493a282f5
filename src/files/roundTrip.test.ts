import { describe, expect, it } from 'vitest';
import { createResource, emptyDesignFile } from '../model/defaults';
import { designId, resourceId } from '../model/ids';
import type { DesignFile } from '../model/types';
import { comparableText, sameDocument, withFreeDesignId } from './roundTrip';

function file(id: string): DesignFile {
  const base = emptyDesignFile('Web tier');
  return {
    ...base,
    design: { ...base.design, id: designId(id), resources: [createResource('region', { id: resourceId('r1'), name: 'r1' })] },
    layout: { nodes: { r1: { x: 40, y: 160, width: 540, height: 400 } }, viewport: { x: 0, y: 0, zoom: 1 } },
  };
}

describe('sameDocument', () => {
  it('ignores only the design id', () => {
    expect(sameDocument(file('a'), file('b'))).toBe(true);
    expect(comparableText(file('a'))).not.toContain('"a"');
  });

  it('tells a different name, resource or layout apart', () => {
    const a = file('a');
    expect(sameDocument(a, { ...a, design: { ...a.design, name: 'Other' } })).toBe(false);
    expect(sameDocument(a, { ...a, design: { ...a.design, resources: [] } })).toBe(false);
    expect(sameDocument(a, { ...a, layout: { nodes: { r1: { x: 60, y: 160, width: 540, height: 400 } } } })).toBe(false);
    expect(sameDocument(a, { ...a, layout: { ...a.layout, viewport: { x: 0, y: 0, zoom: 2 } } })).toBe(false);
  });
});

describe('withFreeDesignId', () => {
  it('keeps the id when the library does not hold it', () => {
    const f = file('d1');
    expect(withFreeDesignId(f, new Set(['d2']))).toBe(f);
  });

  it('gives a new id when the library already holds one with that id, changing nothing else', () => {
    const f = file('d1');
    const fresh = withFreeDesignId(f, new Set(['d1']));
    expect(fresh.design.id).not.toBe('d1');
    expect(fresh.design.id).toMatch(/^design-/);
    expect(sameDocument(fresh, f)).toBe(true);
  });
});
