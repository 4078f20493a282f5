/**
 * Test support: renders UI inside the providers the app gives it (query client, design store,
 * analysis), on an example design. Without Workers (jsdom) the engine client evaluates in-thread.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ActionsProvider } from '../../actions/ActionsProvider';
import type { UiCommands } from '../../actions/registry';
import { exampleFile } from './examples';
import { createDesignStore, type DesignStore } from '../../store/designStore';
import { DesignStoreProvider } from '../../store/context';
import { AnalysisProvider } from '../AnalysisProvider';

export interface AnalysisRender extends RenderResult {
  store: DesignStore;
  queryClient: QueryClient;
}

const NO_UI: UiCommands = { openShortcutSheet: () => undefined, openLibrary: () => undefined, notify: () => undefined };

/** Renders `ui` with the example design of `scenario` (e.g. `S2`) open. */
export function renderWithAnalysis(ui: ReactNode, scenario: string, options: { debounceMs?: number } = {}): AnalysisRender {
  const store = createDesignStore(exampleFile(scenario));
  const queryClient = new QueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <DesignStoreProvider store={store}>
        <ActionsProvider ui={NO_UI}>
          <AnalysisProvider debounceMs={options.debounceMs ?? 0}>{ui}</AnalysisProvider>
        </ActionsProvider>
      </DesignStoreProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, queryClient };
}
