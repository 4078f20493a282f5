// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FOCUS_EVENT } from '../../analysis/focus';
import { renderWithAnalysis } from '../../analysis/testing/renderWithAnalysis';
import { describeReason } from '../../engine/reasonText';
import { resourceId } from '../../model/ids';
import { AnalysisPanel } from './AnalysisPanel';

afterEach(cleanup);

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');
const names = (id: string): string => id;

describe('AnalysisPanel', () => {
  it('S2, zone A out: the service is down in words, and the instance is explained back to the router and the zone', async () => {
    const { store } = renderWithAnalysis(<AnalysisPanel />, 'S2');
    act(() => store.getState().toggleFailedAz(A, false));
    const service = await screen.findByTestId('service-fA');
    await waitFor(() => expect(within(service).getByText('Failed')).toBeTruthy());
    const zoneText = describeReason({ code: 'AZ_FAILED', causes: [A], inferred: false }, names, { kindOf: () => 'availabilityZone', subject: resourceId('fA') });
    // The reason sentences load on first use: the service's text gets them once they are there.
    await waitFor(() => expect(service.querySelector('.fla-service-text')?.textContent).toBe(`fA — down. ${zoneText}`));

    act(() => store.getState().select({ resources: [resourceId('iB')] }));
    const explanation = await screen.findByTestId('explanation');
    expect(explanation.querySelector('.fla-explanation-title')?.textContent).toBe('Why is iB degraded?');
    const steps = within(explanation).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getAllByRole('button')[0]?.textContent)).toEqual(['iB', 'rA', 'europe-se-1a']);
    expect(steps.map((s) => s.querySelector('.fla-status-label')?.textContent)).toEqual(['Degraded', 'Failed', 'Failed']);
    expect(steps.map((s) => within(s).queryByText('Assumption') !== null)).toEqual([true, false, false]);
    expect(steps[0]?.querySelector('.fla-chain-text')?.textContent).toContain('rA');

    const focused: string[] = [];
    const listener = (e: Event) => focused.push((e as CustomEvent<string>).detail);
    window.addEventListener(FOCUS_EVENT, listener);
    fireEvent.click(within(steps[1]!).getByRole('button', { name: 'rA' }));
    window.removeEventListener(FOCUS_EVENT, listener);
    expect(focused).toEqual(['rA']);
    expect(store.getState().selection.resources).toEqual(['rA']);
  });

  it('S2: lists the findings by severity and selects what a finding is about', async () => {
    const { store } = renderWithAnalysis(<AnalysisPanel />, 'S2');
    const findings = await screen.findByTestId('findings');
    const warnings = within(findings).getByRole('region', { name: 'Warnings (2)' });
    expect([...warnings.querySelectorAll('.fla-finding-id')].map((x) => x.textContent)).toEqual(['F01', 'F07']);
    expect(within(findings).queryByRole('region', { name: /Errors/ })).toBeNull();
    fireEvent.click(within(warnings).getByRole('button', { name: 'Select iB' }));
    expect(store.getState().selection.resources).toEqual(['iB']);
  });

  it('S3: the matrix shows both zone outages degraded, no single point of failure, and a cell applies its scenario', async () => {
    const { store } = renderWithAnalysis(<AnalysisPanel />, 'S3');
    const matrix = await screen.findByTestId('matrix');
    const table = within(matrix).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Service',
      'europe-se-1a',
      'europe-se-1b',
      'europe-se-1 (region)',
    ]);
    const row = within(table).getByRole('row', { name: /^g1/ });
    expect([...row.querySelectorAll('.fla-status-label')].map((x) => x.textContent)).toEqual(['Degraded', 'Degraded', 'Down']);
    expect(matrix.querySelector('.fla-spof dd')?.textContent).toBe('g1: none');
    expect(matrix.querySelector('.fla-matrix-worst')?.textContent).toBe('Worst single failure: europe-se-1 down — it takes 1 service down.');

    fireEvent.click(within(row).getByRole('button', { name: 'g1 with europe-se-1b down: Degraded. Simulate europe-se-1b down.' }));
    expect(store.getState().scenario).toEqual({ failedAzs: [B], failedRegions: [] });
    await waitFor(() => expect(within(row).getAllByRole('button')[1]?.getAttribute('aria-pressed')).toBe('true'));
  });

  it('the report table names each affected resource with its status and reasons in words', async () => {
    const { store } = renderWithAnalysis(<AnalysisPanel />, 'S2');
    act(() => store.getState().toggleFailedAz(B, false));
    // The table is made when its section is first opened.
    expect(screen.queryByTestId('report-table')).toBeNull();
    act(() => screen.getByText('Report as a table').click());
    const report = await screen.findByTestId('report-table');
    await waitFor(() => expect(report.querySelector('caption')?.textContent).toBe('Status of the affected resources. Simulating: europe-se-1b down.'));
    const rows = within(report).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells.map((c) => c.slice(0, 3))).toEqual([
      ['europe-se-1 region', 'Degraded', 'Changed (was OK)'],
      ['europe-se-1b availability zone', 'Failed', 'Changed (was OK)'],
      ['iB instance', 'Failed', 'Changed (was OK)'],
      ['fA floating IP', 'Down', 'Changed (was OK)'],
    ]);
    expect(cells[3]?.[3]).toBe(describeReason({ code: 'TARGET_LOST', causes: [resourceId('iB')], inferred: false }, names, { kindOf: () => 'instance', subject: resourceId('fA') }));
    expect(within(report).getAllByRole('columnheader').every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(within(report).getAllByRole('rowheader').every((h) => h.getAttribute('scope') === 'row')).toBe(true);
  });
});
