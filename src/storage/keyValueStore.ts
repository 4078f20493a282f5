/**
 * The key-value store the design library is kept in: IndexedDB through idb-keyval (database
 * `faultline`, object store `designs`), behind a small interface so that tests can use a fake.
 */
import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';

/** The operations the design repository needs. Each one is a single transaction. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  getMany: (keys: readonly string[]) => Promise<unknown[]>;
  setMany: (entries: readonly (readonly [string, unknown])[]) => Promise<void>;
  delMany: (keys: readonly string[]) => Promise<void>;
  keys: () => Promise<string[]>;
}

export const DATABASE_NAME = 'faultline';
export const STORE_NAME = 'designs';

/**
 * Runs `operation` so that a synchronous throw (e.g. `indexedDB` missing, or `indexedDB.open`
 * refusing outright) becomes a rejection like every other storage failure.
 */
function later<T>(operation: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(operation);
}

/**
 * The IndexedDB store. The database is opened on first use, not on creation, so that an app in a
 * browser without storage still starts; a failed open is retried on the next operation.
 */
export function idbKeyValueStore(databaseName = DATABASE_NAME, storeName = STORE_NAME): KeyValueStore {
  let store: UseStore | null = null;
  const use = (): UseStore => (store ??= createStore(databaseName, storeName));
  return {
    get: (key) => later(() => get<unknown>(key, use())),
    getMany: (list) => later(() => getMany<unknown>([...list], use())),
    setMany: (entries) => later(() => setMany(entries.map(([k, v]) => [k, v]), use())),
    delMany: (list) => later(() => delMany([...list], use())),
    keys: () => later(async () => (await keys(use())).filter((k): k is string => typeof k === 'string')),
  };
}

/** An in-memory store with the same behaviour, for tests and for browsers without IndexedDB. */
export function memoryKeyValueStore(initial: Iterable<readonly [string, unknown]> = []): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  // Values are cloned on the way in and out, as IndexedDB does.
  return {
    data,
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    getMany: (list) => Promise.resolve(list.map((k) => structuredClone(data.get(k)))),
    setMany: (entries) => {
      for (const [k, v] of entries) data.set(k, structuredClone(v));
      return Promise.resolve();
    },
    delMany: (list) => {
      for (const k of list) data.delete(k);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...data.keys()]),
  };
}
