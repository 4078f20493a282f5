/**
 * Provides the design store to React. Components select narrowly so a change to one node re-renders
 * only what reads it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DesignState, DesignStore } from './designStore';

const DesignStoreContext = createContext<DesignStore | null>(null);

export function DesignStoreProvider({ store, children }: { store: DesignStore; children: ReactNode }) {
  return <DesignStoreContext.Provider value={store}>{children}</DesignStoreContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing. */
export function useDesignStoreApi(): DesignStore {
  const store = useContext(DesignStoreContext);
  if (!store) throw new Error('useDesignStoreApi must be used inside <DesignStoreProvider>.');
  return store;
}

/** Subscribes to a slice of the design store. */
export function useDesign<T>(selector: (state: DesignState) => T): T {
  return useStore(useDesignStoreApi(), selector);
}
