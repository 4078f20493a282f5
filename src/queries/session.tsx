/**
 * The open design's life in the library: autosave while it is edited, and switching to another
 * design (open, new) with the current one saved first. Needs a `QueryClientProvider`, a
 * `LibraryProvider` and a `DesignStoreProvider` above it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { emptyDesignFile } from '../model/defaults';
import type { DesignId } from '../model/ids';
import type { DesignFile } from '../model/types';
import { useDesignStoreApi } from '../store/context';
import { createAutosave, type Autosave, type SaveState } from '../storage/autosave';
import { createTabGuard, type TabGuard } from '../storage/tabGuard';
import { toStorageError } from '../storage/errors';
import { LIBRARY_QUERY_KEY, useSaveDesign } from './library';
import { useLibraryServices } from './libraryContext';

const SessionContext = createContext<Autosave | null>(null);
const TabGuardContext = createContext<TabGuard | null>(null);

export interface DesignSessionProviderProps {
  children: ReactNode;
  /** The file that is already stored as it is (the design reopened at start-up), or null. */
  saved?: DesignFile | null;
  /** Debounce of the autosave (default 400 ms). */
  delayMs?: number;
  /** Short notices for the user (the open design was updated from another tab…). */
  notify?: (text: string) => void;
}

/**
 * Starts autosave of the open design for as long as it is mounted and, when the library services
 * have the other tabs, guards the open design against a save of it in another tab.
 */
export function DesignSessionProvider({ children, saved, delayMs, notify }: DesignSessionProviderProps) {
  const store = useDesignStoreApi();
  const { repository, tabs } = useLibraryServices();
  const queryClient = useQueryClient();
  // `mutateAsync` is the mutation observer's own method: stable for the component's life.
  const { mutateAsync: saveDesign } = useSaveDesign();
  // Created once, with the file stored at start-up; it only starts watching in the effect.
  const [autosave] = useState(() =>
    createAutosave(store, (file) => saveDesign({ file, open: true }), {
      delayMs,
      saved: saved === undefined ? store.getState().file : saved,
      target: typeof window === 'undefined' ? undefined : window,
    }),
  );

  useEffect(() => {
    autosave.start();
    return () => autosave.stop();
  }, [autosave]);

  // Created once too (`notify` is expected to be stable); it only listens while mounted.
  const [guard] = useState(() =>
    tabs ? createTabGuard({ store, autosave, tabs, repository, notify, target: typeof window === 'undefined' ? undefined : window }) : null,
  );

  useEffect(() => {
    if (!tabs || !guard) return;
    guard.start();
    // Another tab's change to the library shows in this tab's list too.
    const stopRefreshing = tabs.listen(() => void queryClient.invalidateQueries({ queryKey: LIBRARY_QUERY_KEY }));
    return () => {
      stopRefreshing();
      guard.stop();
    };
  }, [tabs, guard, queryClient]);

  return (
    <SessionContext.Provider value={autosave}>
      <TabGuardContext.Provider value={guard}>{children}</TabGuardContext.Provider>
    </SessionContext.Provider>
  );
}

/** The guard against saves of the open design in other tabs, or null where there are none. */
export function useTabGuard(): TabGuard | null {
  return useContext(TabGuardContext);
}

/** The autosave of the open design. */
export function useAutosave(): Autosave {
  const autosave = useContext(SessionContext);
  if (!autosave) throw new Error('useAutosave must be used inside <DesignSessionProvider>.');
  return autosave;
}

/** Where the open design stands with saving, re-rendering when it changes. */
export function useSaveState(): SaveState {
  const autosave = useAutosave();
  return useSyncExternalStore(autosave.subscribe, autosave.state, autosave.state);
}

const NOT_SWITCHED = 'The other design was not opened, so that no change is lost; try again once saving works.';

/** The open design could not be saved, so the switch did not happen. */
class SwitchBlocked extends Error {
  constructor(readonly saveError: unknown) {
    super('The open design could not be saved first.');
  }
}

/** Replaces the open design with `next` once the current one is saved. */
function useSwitchDesign<V>(load: (variables: V) => Promise<DesignFile>, storeNew: boolean) {
  const store = useDesignStoreApi();
  const autosave = useAutosave();
  const { repository, status } = useLibraryServices();
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: async (variables: V) => {
      try {
        await autosave.flush();
      } catch (error) {
        throw new SwitchBlocked(error);
      }
      const file = await load(variables);
      if (!storeNew) autosave.markSaved(file);
      store.getState().load(file);
      if (storeNew) await autosave.flush();
      else await repository.setLastOpen(file.design.id);
      return file;
    },
    onSuccess: () => status.getState().succeeded('load'),
    onError: (error) => {
      if (error instanceof SwitchBlocked) status.getState().report(toStorageError(error.saveError, 'save', null), NOT_SWITCHED);
      else status.getState().report(toStorageError(error, storeNew ? 'save' : 'load', null));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: LIBRARY_QUERY_KEY }),
  });
}

/** Opens a saved design (the open one is saved first; a damaged one is refused, nothing changes). */
export function useOpenDesign() {
  const { repository } = useLibraryServices();
  return useSwitchDesign(async (id: DesignId) => (await repository.load(id)).file, false);
}

/** Starts a new, empty design (the open one is saved first) and saves it to the library. */
export function useNewDesign() {
  return useSwitchDesign((name: string | undefined) => Promise.resolve(emptyDesignFile(name)), true);
}
