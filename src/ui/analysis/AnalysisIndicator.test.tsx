// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisProvider } from '../../analysis/AnalysisProvider';
import { exampleFile } from '../../analysis/testing/examples';
import { createDesignStore } from '../../store/designStore';
import { DesignStoreProvider } from '../../store/context';
import { createAnalysisApi } from '../../worker/analysisApi';
import type { AnalysisRequest } from '../../worker/protocol';
import { resourceId } from '../../model/ids';
import { AnalysisIndicator } from './AnalysisIndicator';

afterEach(cleanup);

/** An engine client that fails its first `failures` requests, then answers with the real engine. */
function flakyClient(failures: number) {
  const api = createAnalysisApi();
  let left = failures;
  return {
    analyze: (request: AnalysisRequest) => {
      if (left > 0) {
        left--;
        return Promise.reject(new Error('The analysis worker crashed 3 times in a row on revision 1.'));
      }
      return api.analyze(request);
    },
    dispose: () => undefined,
  };
}

function renderIndicator(failures: number) {
  const store = createDesignStore(exampleFile('S2'));
  const client = flakyClient(failures);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DesignStoreProvider store={store}>
        <AnalysisProvider createClient={() => client} debounceMs={0}>
          <AnalysisIndicator />
        </AnalysisProvider>
      </DesignStoreProvider>
    </QueryClientProvider>,
  );
  return store;
}

describe('AnalysisIndicator', () => {
  it('shows the failure with a Retry button, and Retry brings the analysis up to date', async () => {
    renderIndicator(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Analysis failed: The analysis worker crashed 3 times in a row on revision 1.'));
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Up to date'));
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('stops simulating when another design is opened (its zones are not the failed ones)', async () => {
    const store = renderIndicator(0);
    act(() => store.getState().toggleFailedAz(resourceId('europe-se-1a'), false));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Up to date'));
    act(() => store.getState().load(exampleFile('S3')));
    expect(store.getState().scenario).toEqual({ failedAzs: [], failedRegions: [] });
    act(() => store.getState().toggleFailedAz(resourceId('europe-se-1b'), false));
    act(() => store.getState().load({ ...store.getState().file }));
    expect(store.getState().scenario.failedAzs).toEqual(['europe-se-1b']);
  });
});
