/**
 * Compressed per-resource lists: insertion order per key, growth past the first capacity, keys out
 * of range ignored, grouping indexes by key.
 */
import { describe, expect, it } from 'vitest';
import { countOf, CsrBuilder, groupByKey, valuesOf } from './csr';

describe('CsrBuilder', () => {
  it('keeps each key’s values in insertion order, across growth, and ignores keys out of range', () => {
    const b = new CsrBuilder(4, 2);
    const expected: number[][] = [[], [], [], []];
    for (let v = 0; v < 100; v++) {
      const key = (v * 7) % 5; // 4 is out of range
      b.add(key, v);
      if (key < 4) expected[key]?.push(v);
    }
    b.add(-1, 999);
    const csr = b.build();
    expect([0, 1, 2, 3].map((k) => valuesOf(csr, k))).toEqual(expected);
    expect([0, 1, 2, 3].map((k) => countOf(csr, k))).toEqual(expected.map((list) => list.length));
    expect(csr.offsets).toHaveLength(5);
  });

  it('packs nothing into empty lists', () => {
    const csr = new CsrBuilder(3).build();
    expect(Array.from(csr.offsets)).toEqual([0, 0, 0, 0]);
    expect(valuesOf(csr, 1)).toEqual([]);
  });
});

describe('groupByKey', () => {
  it('groups indexes by key in index order, skipping keys out of range', () => {
    const csr = groupByKey(Int32Array.from([2, -1, 0, 2, 5, 0]), 3);
    expect([0, 1, 2].map((k) => valuesOf(csr, k))).toEqual([[2, 5], [], [0, 3]]);
  });
});
