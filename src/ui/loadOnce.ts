/**
 * Code loaded on first use, through a dynamic import: every caller shares one load, and a failed load
 * is tried again by the next call.
 */
export interface LoadOnce<T> {
  /** The load under way or done, or a new one. */
  load(): Promise<T>;
  /** The module once loaded, else null. */
  current(): T | null;
}

/** Hooks run once per load: when the module arrives, or when loading it failed. */
export interface LoadOnceHooks<T> {
  loaded?: (module: T) => void;
  failed?: (error: unknown) => void;
}

/** Wraps `importModule` (e.g. `() => import('./part')`) as a {@link LoadOnce}. */
export function loadOnce<T>(importModule: () => Promise<T>, hooks: LoadOnceHooks<T> = {}): LoadOnce<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load() {
      loading ??= importModule().then(
        (loaded) => {
          module = loaded;
          hooks.loaded?.(loaded);
          return loaded;
        },
        (error: unknown) => {
          loading = null;
          hooks.failed?.(error);
          throw error;
        },
      );
      return loading;
    },
    current: () => module,
  };
}
