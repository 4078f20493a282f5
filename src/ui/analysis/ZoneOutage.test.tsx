// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { isInputDOMNode } from '@xyflow/system';
import { afterEach, describe, expect, it } from 'vitest';
import { resourceId } from '../../model/ids';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { ZoneOutageToggle } from './ZoneOutage';

afterEach(cleanup);

describe('ZoneOutageToggle', () => {
  it('fails the zone on a click and brings it back on the next', () => {
    const { store } = renderWithAnalysis(<ZoneOutageToggle azId={resourceId('europe-se-1a')} name="europe-se-1a" />, 'S3');
    const button = screen.getByRole('button', { name: 'Simulate the loss of europe-se-1a' });
    fireEvent.click(button);
    expect(store.getState().scenario).toEqual({ failedAzs: ['europe-se-1a'], failedRegions: [] });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(store.getState().scenario).toEqual({ failedAzs: [], failedRegions: [] });
  });

  it('keeps Space and Enter to itself: React Flow does not take them as "select the zone node"', () => {
    renderWithAnalysis(<ZoneOutageToggle azId={resourceId('europe-se-1a')} name="europe-se-1a" />, 'S3');
    const button = screen.getByRole('button', { name: 'Simulate the loss of europe-se-1a' });
    const seen: boolean[] = [];
    button.parentElement?.addEventListener('keydown', (event) => seen.push(isInputDOMNode(event)));
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(seen).toEqual([true, true]);
  });
});
