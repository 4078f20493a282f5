// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAnalysisActivity } from '../../analysis/hooks';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { resourceId } from '../../model/ids';
import { NodeAnalysis } from './NodeAnalysis';

afterEach(cleanup);

function Activity() {
  return <p data-testid="activity">{useAnalysisActivity().activity}</p>;
}

/** What a node's analysis marks say: the frame's status and the badge's words. */
const marks = (id: string): string => {
  const node = screen.getByTestId(id);
  const frame = node.querySelector('.fla-node-frame');
  const words = node.querySelector('.fla-node-marks')?.textContent ?? '';
  return frame ? `${frame.className.replace('fla-node-frame fla-node-frame--', '')} ${words}` : 'none';
};

describe('NodeAnalysis', () => {
  it('marks every node during an outage, OK ones included, once the outage’s answer is there', async () => {
    const { store } = renderWithAnalysis(
      <>
        <div data-testid="fA">
          <NodeAnalysis id={resourceId('fA')} />
        </div>
        <div data-testid="n1">
          <NodeAnalysis id={resourceId('n1')} />
        </div>
        <Activity />
      </>,
      'S2',
    );
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toBe('ready'));
    expect([marks('fA'), marks('n1')]).toEqual(['none', 'none']);

    act(() => store.getState().toggleFailedAz(resourceId('europe-se-1a'), false));
    // Asked, not answered: the nodes still show the analysis on screen (no outage).
    expect([marks('fA'), marks('n1')]).toEqual(['none', 'none']);
    await waitFor(() => expect(marks('fA')).toBe('failed is-changed Failed'));
    expect(marks('n1')).toBe('ok OK');

    act(() => store.getState().clearScenario());
    await waitFor(() => expect([marks('fA'), marks('n1')]).toEqual(['none', 'none']));
  });
});
