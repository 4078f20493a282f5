import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { AnalysisProvider } from './analysis/AnalysisProvider';
import { createRoot } from 'react-dom/client';
import { LibraryProvider, type LibraryServices } from './queries/libraryContext';
import { DesignStoreProvider } from './store/context';
import { createDesignStore } from './store/designStore';
import { loadStartupDesign } from './storage/boot';
import { createDesignRepository } from './storage/designRepository';
import { idbKeyValueStore } from './storage/keyValueStore';
import { createStorageStatus } from './storage/storageStatus';
import { installTestHook } from './testHook';
import { App } from './ui/App';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Faultline cannot start: the page has no #root element to render into.');
}

// The design library (IndexedDB); the last open design is read before the first render.
const library: LibraryServices = { repository: createDesignRepository(idbKeyValueStore()), status: createStorageStatus() };
const startup = await loadStartupDesign(library.repository);
if (startup.problem) library.status.getState().report(startup.problem.error, startup.problem.note);

const store = createDesignStore(startup.file);
// Analysis results are worker output, not server data: never refetched on focus or reconnect.
const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'always', refetchOnWindowFocus: false, retry: false } },
});

if (__FAULTLINE_TEST_HOOK__) installTestHook(store);

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LibraryProvider services={library}>
        <DesignStoreProvider store={store}>
          <AnalysisProvider>
            <App />
          </AnalysisProvider>
        </DesignStoreProvider>
      </LibraryProvider>
    </QueryClientProvider>
  </StrictMode>,
);
