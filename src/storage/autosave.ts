/**
 * Autosave: the open design is saved a short while after each change (debounced), and at once
 * when the page is hidden or unloaded. One save runs at a time; changes made while it runs are
 * saved right after it.
 */
import type { DesignStore } from '../store/designStore';
import type { DesignFile } from '../model/types';

/** The debounce after a change, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Where the open design stands: everything saved, a save waiting or running, the last one failed,
 * or saving held back (another tab saved this design; see {@link Autosave.hold}).
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'held';

export interface Autosave {
  state: () => SaveState;
  /** Calls `listener` whenever {@link Autosave.state} changes; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** Saves the current design now if it has unsaved changes; rejects when that save fails. */
  flush: () => Promise<void>;
  /** Records `file` as saved (e.g. right after opening it from the library). */
  markSaved: (file: DesignFile) => void;
  /** True while the open design has changes that are not saved yet. */
  dirty: () => boolean;
  /**
   * Saves nothing until {@link Autosave.release}: changes stay unsaved (and {@link Autosave.flush}
   * rejects with `reason` while there are some), so the stored copy is not overwritten.
   */
  hold: (reason: string) => void;
  /** Saves again; changes made while held are saved after the usual delay. */
  release: () => void;
  /** Starts watching the store and the page (again, after a stop). */
  start: () => void;
  /** Stops watching; changes not saved yet are saved now. */
  stop: () => void;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** The file that is already in storage (the one just opened), or null if none is. */
  saved?: DesignFile | null;
  /** Where to listen for `visibilitychange` and `pagehide`; none in tests without a DOM. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Pick<Document, 'visibilityState'> };
}

/**
 * Starts saving `store`'s design with `save` (which reports its own failures; autosave only keeps
 * the changes marked unsaved so that the next change tries again).
 */
export function startAutosave(store: DesignStore, save: (file: DesignFile) => Promise<unknown>, options: AutosaveOptions = {}): Autosave {
  const autosave = createAutosave(store, save, options);
  autosave.start();
  return autosave;
}

/** An autosave that does nothing until {@link Autosave.start} (so that creating it has no effects). */
export function createAutosave(store: DesignStore, save: (file: DesignFile) => Promise<unknown>, options: AutosaveOptions = {}): Autosave {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let saved: DesignFile | null = options.saved === undefined ? store.getState().file : options.saved;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let current: SaveState = 'saved';
  let heldFor: string | null = null;
  const listeners = new Set<() => void>();
  const setState = (next: SaveState) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const saveOnce = async (): Promise<void> => {
    const file = store.getState().file;
    if (file === saved) return;
    setState('saving');
    try {
      await save(file);
    } catch (error) {
      setState('failed');
      throw error;
    }
    saved = file;
    if (heldFor !== null) setState('held');
    else setState(store.getState().file === saved ? 'saved' : 'pending');
  };

  const flush = async (): Promise<void> => {
    clearTimer();
    if (heldFor !== null) {
      if (store.getState().file !== saved) throw new Error(heldFor);
      return;
    }
    // Wait for a save in progress, then save what changed meanwhile.
    while (running) await running.catch(() => undefined);
    if (store.getState().file === saved) {
      setState('saved');
      return;
    }
    running = saveOnce();
    try {
      await running;
    } finally {
      running = null;
    }
  };

  const schedule = () => {
    clearTimer();
    if (heldFor !== null) return;
    if (current !== 'saving') setState('pending');
    timer = setTimeout(() => {
      timer = null;
      flush().catch(() => undefined);
    }, delay);
  };

  let unsubscribe: (() => void) | null = null;

  const flushQuietly = () => {
    flush().catch(() => undefined);
  };
  const onVisibility = () => {
    if (options.target?.document?.visibilityState !== 'visible') flushQuietly();
  };

  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    markSaved(file) {
      saved = file;
      if (store.getState().file === file && heldFor === null) {
        clearTimer();
        setState('saved');
      }
    },
    dirty: () => store.getState().file !== saved,
    hold(reason) {
      heldFor = reason;
      clearTimer();
      setState('held');
    },
    release() {
      if (heldFor === null) return;
      heldFor = null;
      setState('saved');
      if (store.getState().file !== saved) schedule();
    },
    start() {
      if (unsubscribe) return;
      unsubscribe = store.subscribe((state, previous) => {
        if (state.file !== previous.file && state.file !== saved) schedule();
      });
      options.target?.addEventListener('visibilitychange', onVisibility);
      options.target?.addEventListener('pagehide', flushQuietly);
      if (store.getState().file !== saved) schedule();
    },
    stop() {
      if (!unsubscribe) return;
      unsubscribe();
      unsubscribe = null;
      options.target?.removeEventListener('visibilitychange', onVisibility);
      options.target?.removeEventListener('pagehide', flushQuietly);
      if (timer !== null) flushQuietly();
      clearTimer();
    },
  };
}
