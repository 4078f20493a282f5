// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrokenConnection } from '../../engine/types';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { resourceId } from '../../model/ids';
import { BrokenEdgeMark } from './BrokenEdgeMark';
import { ExplanationPanel } from './ExplanationPanel';
import { ServicesPanel } from './ServicesPanel';

// The reason sentences stay "loading" until the test lets them through.
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open() };
});
vi.mock('../../engine/reasonText', async (original) => {
  await gate.opened;
  return original();
});

afterEach(cleanup);

const A = resourceId('europe-se-1a');

/**
 * A ✕ mark on fA → iB for fA's own reason. (The examples' broken connections are static routes of
 * routers that stay OK, whose marks carry no sentence; the mark looks the reason up by code on its
 * source, which is what this exercises.)
 */
const FA_LOST: BrokenConnection = { id: 'fipAssociation:fA->iB', kind: 'fipAssociation', from: resourceId('fA'), to: resourceId('iB'), code: 'AZ_FAILED' };

describe('reason sentences loaded on first use', () => {
  it('S2, zone A out: the panels and the ✕ mark say what they can until the sentences arrive, then say why', async () => {
    const { store, container } = renderWithAnalysis(
      <>
        <ServicesPanel />
        <ExplanationPanel />
        <svg>
          <BrokenEdgeMark x={0} y={0} broken={FA_LOST} />
        </svg>
      </>,
      'S2',
    );
    act(() => store.getState().toggleFailedAz(A, false));
    act(() => store.getState().select({ resources: [resourceId('iB')] }));
    const service = await screen.findByTestId('service-fA');
    await waitFor(() => expect(within(service).getByText('Failed')).toBeTruthy());
    const text = () => service.querySelector('.fla-service-text')?.textContent;
    expect(text()).toBe('fA — down. Traced back to the loss of europe-se-1a.');

    const explanation = await screen.findByTestId('explanation');
    expect(explanation.querySelector('.fla-explanation-title')?.textContent).toBe('Why is iB degraded?');
    expect(within(explanation).getByText('Writing the explanation…')).toBeTruthy();
    expect(explanation.querySelector('.fla-chain')).toBeNull();
    expect(explanation.querySelector('.fla-chain-root')?.textContent).toBe('Where it starts: europe-se-1a');

    const title = () => container.querySelector('.fla-edge-broken title')?.textContent;
    expect(title()).toBe('No longer carries traffic: fA → iB.');

    act(() => gate.open());
    await waitFor(() => expect(text()).toMatch(/^fA — down\. It runs in availability zone europe-se-1a, which is out, so it is gone\.$/));
    await waitFor(() => expect(within(explanation).queryByText('Writing the explanation…')).toBeNull());
    const steps = within(explanation).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getAllByRole('button')[0]?.textContent)).toEqual(['iB', 'rA', 'europe-se-1a']);
    expect(steps.every((s) => (s.querySelector('.fla-chain-text')?.textContent ?? '').length > 0)).toBe(true);
    expect(explanation.querySelector('.fla-chain-root')?.textContent).toBe('Where it starts: europe-se-1a');
    expect(title()).toBe('No longer carries traffic: fA → iB. It runs in availability zone europe-se-1a, which is out, so it is gone.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
