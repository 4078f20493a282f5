import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { AnalysisProvider } from './analysis/AnalysisProvider';
import { createRoot } from 'react-dom/client';
import { LibraryProvider, type LibraryServices } from './queries/libraryContext';
import { DesignStoreProvider } from './store/context';
import { createDesignStore } from './store/designStore';
import { loadStartupDesign } from './storage/boot';
import { createDesignRepository, restoreOnMainThread } from './storage/designRepository';
import { idbKeyValueStore } from './storage/keyValueStore';
import { announcingRepository, connectOtherTabs } from './storage/otherTabs';
import { createStorageStatus } from './storage/storageStatus';
import { installTestHook } from './testHook';
import { App } from './ui/App';
import { createEngineClient } from './worker/engineClient';
import { workerRestore } from './worker/restoreClient';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Faultline cannot start: the page has no #root element to render into.');
}

// The analysis worker is started before anything else: a worker's start needs turns of the main
// thread, which the first render then keeps busy for hundreds of milliseconds. Started here, it
// loads and compiles while the saved design is read, and is ready for the first analysis.
const startWorker = (): Worker => new Worker(new URL('./worker/analysis.worker.ts', import.meta.url), { type: 'module' });
const prestart = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return startWorker();
  } catch {
    // The engine client finds out again and analyses on the main thread instead.
    return null;
  }
};
let firstWorker = prestart();
// The stored design is restored in that worker too: off the main thread, and without loading the
// restore code and its schemas into the page.
const restoreInFirstWorker = firstWorker === null ? null : workerRestore(firstWorker);
const createAnalysisClient = () =>
  createEngineClient(
    firstWorker === null
      ? {}
      : {
          // The started worker once; a fresh one for every restart after a crash or a timeout.
          createWorker: () => {
            const worker = firstWorker ?? startWorker();
            firstWorker = null;
            return worker;
          },
        },
  );

// The design library (IndexedDB); the last open design is read before the first render. Every
// design stored or deleted is told to the other tabs, which keeps two tabs from overwriting each other.
// Until the analysis takes the first worker, reads are restored in it; when it cannot (no worker,
// or it failed), and for every later read, on the main thread.
const restore = (raw: unknown) =>
  firstWorker !== null && restoreInFirstWorker !== null
    ? restoreInFirstWorker(raw).catch(() => restoreOnMainThread(raw))
    : restoreOnMainThread(raw);
const tabs = connectOtherTabs();
const library: LibraryServices = {
  repository: announcingRepository(createDesignRepository(idbKeyValueStore(), { restore }), tabs),
  status: createStorageStatus(),
  tabs,
};
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
          <AnalysisProvider createClient={createAnalysisClient}>
            <App />
          </AnalysisProvider>
        </DesignStoreProvider>
      </LibraryProvider>
    </QueryClientProvider>
  </StrictMode>,
);
