/**
 * Code loaded on first use, through a dynamic import: every caller shares one load, and a failed load
 * is tried again by the next call.
 */
export interface LoadOnce<T> {
  /** The load under way or done, or a new one. */
  load(): Promise<T>;
  /** The module once loaded, else null. */
  current(): T | null;
  /** Starts the load if the module is not there yet, without waiting (a failure is left to `load`'s next caller). */
  preload(): void;
  /**
   * Runs `run` with the module: at once when it is loaded, otherwise when it arrives (runs asked for
   * meanwhile keep their order); calls `failed` when it cannot be loaded.
   */
  withModule(run: (module: T) => void, failed: (error: unknown) => void): void;
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
  const load = (): Promise<T> => {
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
  };
  return {
    load,
    current: () => module,
    preload() {
      if (module === null) load().catch(() => undefined);
    },
    withModule(run, failed) {
      if (module !== null) {
        run(module);
        return;
      }
      void load().then(run, failed);
    },
  };
}
