// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resourceId } from '../../model/ids';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { ZoneBar } from './ZoneBar';

afterEach(cleanup);

const zone = (name: string) => screen.getByRole('button', { name });
const words = () => screen.getByTestId('scenario-words').textContent;

describe('ZoneBar', () => {
  it('lists every region and zone as a toggle; a click fails only that zone, Shift/Ctrl-click adds and removes', () => {
    const { store } = renderWithAnalysis(<ZoneBar />, 'S3');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['europe-se-1(region)', 'europe-se-1a', 'europe-se-1b']);
    expect(zone('europe-se-1 (whole region)').getAttribute('aria-pressed')).toBe('false');
    expect(words()).toBe('No outage simulated — click a zone to simulate its loss');

    fireEvent.click(zone('europe-se-1a'));
    expect(zone('europe-se-1a').getAttribute('aria-pressed')).toBe('true');
    expect(words()).toBe('Simulating: europe-se-1a down');

    fireEvent.click(zone('europe-se-1b'), { shiftKey: true });
    expect(words()).toBe('Simulating: europe-se-1a and europe-se-1b down');
    fireEvent.click(zone('europe-se-1a'), { ctrlKey: true });
    expect(words()).toBe('Simulating: europe-se-1b down');
    fireEvent.click(zone('europe-se-1a'));
    expect(store.getState().scenario).toEqual({ failedAzs: ['europe-se-1a'], failedRegions: [] });
    expect(zone('europe-se-1b').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(zone('europe-se-1 (whole region)'));
    expect(store.getState().scenario).toEqual({ failedAzs: [], failedRegions: ['europe-se-1'] });
    expect(words()).toBe('Simulating: region europe-se-1 down');

    fireEvent.click(screen.getByRole('button', { name: 'Clear outage' }));
    expect(words()).toBe('No outage simulated — click a zone to simulate its loss');
    expect(screen.queryByRole('button', { name: 'Clear outage' })).toBeNull();
  });

  it('clears the outage on Esc when nothing is selected; with a selection Esc is left to clear that first', () => {
    const { store } = renderWithAnalysis(<ZoneBar />, 'S3');
    fireEvent.click(zone('europe-se-1b'));
    act(() => store.getState().select({ resources: [resourceId('iB')] }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(words()).toBe('Simulating: europe-se-1b down');
    act(() => store.getState().clearSelection());
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(words()).toBe('No outage simulated — click a zone to simulate its loss');
  });

  it('leaves Esc in a text field alone', () => {
    const { store } = renderWithAnalysis(
      <>
        <input aria-label="Name" />
        <ZoneBar />
      </>,
      'S3',
    );
    fireEvent.click(zone('europe-se-1a'));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'Escape' });
    expect(store.getState().scenario.failedAzs).toEqual(['europe-se-1a']);
  });

  it('says when the analysis is up to date', async () => {
    renderWithAnalysis(<ZoneBar />, 'S3');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Up to date'));
    fireEvent.click(zone('europe-se-1a'));
    expect(screen.getByRole('status').textContent).toBe('Analysing…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Up to date'));
  });
});
