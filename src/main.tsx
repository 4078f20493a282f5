import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { AnalysisProvider } from './analysis/AnalysisProvider';
import { createRoot } from 'react-dom/client';
import { DesignStoreProvider } from './store/context';
import { createDesignStore } from './store/designStore';
import { installTestHook } from './testHook';
import { App } from './ui/App';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Faultline cannot start: the page has no #root element to render into.');
}

const store = createDesignStore();
// Analysis results are worker output, not server data: never refetched on focus or reconnect.
const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'always', refetchOnWindowFocus: false, retry: false } },
});

if (__FAULTLINE_TEST_HOOK__) installTestHook(store);

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DesignStoreProvider store={store}>
        <AnalysisProvider>
          <App />
        </AnalysisProvider>
      </DesignStoreProvider>
    </QueryClientProvider>
  </StrictMode>,
);
