/**
 * Compressed lists per resource (CSR): the values of resource i are `data[offsets[i] ..
 * offsets[i + 1])`. Two typed arrays instead of one array per resource: built without allocating
 * per-resource objects (which the garbage collector would copy while a large design is indexed)
 * and read without following a pointer per resource.
 */

export interface Csr {
  /** `size + 1` offsets into `data`. */
  readonly offsets: Int32Array;
  readonly data: Int32Array;
}

/**
 * Collects (key, value) pairs, then packs them; values keep their insertion order per key. Pairs
 * are kept in typed arrays that double when full, so collecting allocates no per-pair garbage.
 */
export class CsrBuilder {
  private keys: Int32Array;
  private values: Int32Array;
  private added = 0;

  constructor(
    private size: number,
    expected = 16,
  ) {
    this.keys = new Int32Array(Math.max(16, expected));
    this.values = new Int32Array(Math.max(16, expected));
  }

  add(key: number, value: number): void {
    if (key < 0 || key >= this.size) return;
    if (this.added === this.keys.length) {
      const keys = new Int32Array(this.added * 2);
      const values = new Int32Array(this.added * 2);
      keys.set(this.keys);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.keys[this.added] = key;
    this.values[this.added] = value;
    this.added++;
  }

  /** How many pairs were added. */
  get count(): number {
    return this.added;
  }

  /** The value of pair `p` (in the order added). */
  valueAt(p: number): number {
    return this.values[p] ?? 0;
  }

  /** Sorts the values of the last `count` pairs (which must share one key) by `compare`. */
  sortLast(count: number, compare: (a: number, b: number) => number): void {
    this.values.subarray(this.added - count, this.added).sort(compare);
  }

  /** Sets the number of keys, when it is known only once every pair is added (every added key must be below it). */
  resize(size: number): void {
    this.size = size;
  }

  build(): Csr {
    const { size, keys, values, added: count } = this;
    const offsets = new Int32Array(size + 1);
    for (let p = 0; p < count; p++) {
      const key = keys[p] as number;
      offsets[key + 1] = (offsets[key + 1] as number) + 1;
    }
    for (let k = 0; k < size; k++) offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
    const data = new Int32Array(count);
    const next = offsets.slice(0, size);
    for (let p = 0; p < count; p++) {
      const key = keys[p] as number;
      data[next[key] as number] = values[p] as number;
      next[key] = (next[key] as number) + 1;
    }
    return { offsets, data };
  }
}

/** The indexes `i` grouped by `keys[i]` (ignoring keys outside `0 .. size - 1`), in index order. */
export function groupByKey(keys: Int32Array, size: number): Csr {
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0 && key < size) offsets[key + 1] = (offsets[key + 1] as number) + 1;
  }
  for (let k = 0; k < size; k++) offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
  const data = new Int32Array(offsets[size] as number);
  const next = offsets.slice(0, size);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key < 0 || key >= size) continue;
    data[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return { offsets, data };
}

/** How many values resource `i` has. */
export function countOf(csr: Csr, i: number): number {
  return (csr.offsets[i + 1] ?? 0) - (csr.offsets[i] ?? 0);
}

/** Appends the values of resource `i` to `out`; returns `out`. */
export function appendValues(csr: Csr, i: number, out: number[]): number[] {
  for (let k = csr.offsets[i] ?? 0, end = csr.offsets[i + 1] ?? 0; k < end; k++) out.push(csr.data[k] as number);
  return out;
}

/** The values of resource `i` as a plain array (for building reasons, not for hot loops). */
export function valuesOf(csr: Csr, i: number): number[] {
  return Array.from(csr.data.subarray(csr.offsets[i] ?? 0, csr.offsets[i + 1] ?? 0));
}
