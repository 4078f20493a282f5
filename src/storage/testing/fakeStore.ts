/**
 * A fake of the IndexedDB key-value store for tests: in memory, and told to fail on purpose the
 * way browsers fail (quota exceeded, storage blocked, never answering).
 */
import { memoryKeyValueStore, type KeyValueStore } from '../keyValueStore';

type Method = 'get' | 'getMany' | 'setMany' | 'delMany' | 'keys';

export interface FakeStore extends KeyValueStore {
  data: Map<string, unknown>;
  /** Makes every call of `method` (or of every method, with `'*'`) reject with `error` from now on. */
  failWith(method: Method | '*', error: unknown): void;
  /** Makes `method` never settle (a blocked database). */
  hang(method: Method): void;
  /** Back to normal. */
  heal(): void;
  /** How often each method was called. */
  calls: Record<Method, number>;
}

/** DOMExceptions as browsers throw them. */
export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const storageBlocked = () => new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');

export function fakeStore(initial: Iterable<readonly [string, unknown]> = []): FakeStore {
  const inner = memoryKeyValueStore(initial);
  const failures = new Map<Method | '*', unknown>();
  const hanging = new Set<Method>();
  const calls: Record<Method, number> = { get: 0, getMany: 0, setMany: 0, delMany: 0, keys: 0 };

  function wrap<A extends unknown[], R>(method: Method, fn: (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => {
      calls[method] += 1;
      if (hanging.has(method)) return new Promise<R>(() => undefined);
      const failure = failures.get(method) ?? failures.get('*');
      // Rejected as is: a DOMException is not an Error in every environment (jsdom's is not).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (failure !== undefined) return Promise.reject(failure);
      return fn(...args);
    };
  }

  return {
    data: inner.data,
    calls,
    get: wrap('get', inner.get),
    getMany: wrap('getMany', inner.getMany),
    setMany: wrap('setMany', inner.setMany),
    delMany: wrap('delMany', inner.delMany),
    keys: wrap('keys', inner.keys),
    failWith(method, error) {
      failures.set(method, error);
    },
    hang(method) {
      hanging.add(method);
    },
    heal() {
      failures.clear();
      hanging.clear();
    },
  };
}
