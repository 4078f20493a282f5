/**
 * Provides the design library's services to React: the repository (IndexedDB in the app, a fake
 * in tests), the storage status the error banner shows, and the channel to the other tabs.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DesignRepository } from '../storage/designRepository';
import type { OtherTabs } from '../storage/otherTabs';
import type { StorageStatus } from '../storage/storageStatus';

/** What the library hooks need. */
export interface LibraryServices {
  repository: DesignRepository;
  status: StorageStatus;
  /** The other tabs of this browser (none in tests that do not need them). */
  tabs?: OtherTabs;
}

const LibraryContext = createContext<LibraryServices | null>(null);

export function LibraryProvider({ services, children }: { services: LibraryServices; children: ReactNode }) {
  return <LibraryContext.Provider value={services}>{children}</LibraryContext.Provider>;
}

/** The library services; throws outside a {@link LibraryProvider}. */
export function useLibraryServices(): LibraryServices {
  const services = useContext(LibraryContext);
  if (!services) throw new Error('useLibraryServices must be used inside <LibraryProvider>.');
  return services;
}
