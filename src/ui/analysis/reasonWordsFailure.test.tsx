// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { resourceId } from '../../model/ids';
import { ExplanationPanel } from './ExplanationPanel';
import { ServicesPanel } from './ServicesPanel';

// The reason sentences' chunk cannot be loaded (the app was updated on the server, say).
vi.mock('../../engine/reasonText', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('reason sentences that cannot be loaded', () => {
  it('S2, zone A out: the panels keep the statuses and where the chain starts, and say the sentences are missing', async () => {
    const { store } = renderWithAnalysis(
      <>
        <ServicesPanel />
        <ExplanationPanel />
      </>,
      'S2',
    );
    act(() => store.getState().toggleFailedAz(resourceId('europe-se-1a'), false));
    act(() => store.getState().select({ resources: [resourceId('iB')] }));
    const service = await screen.findByTestId('service-fA');
    await waitFor(() => expect(within(service).getByText('Failed')).toBeTruthy());
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const message = 'Faultline could not load the sentences that explain each status. Reload the page to see them; your design is kept.';
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([message, message]);
    expect(service.querySelector('.fla-service-text')?.textContent).toBe('fA — down. Traced back to the loss of europe-se-1a.');
    const explanation = screen.getByTestId('explanation');
    expect(within(explanation).queryByText('Writing the explanation…')).toBeNull();
    expect(explanation.querySelector('.fla-chain-root')?.textContent).toBe('Where it starts: europe-se-1a');
  });
});
