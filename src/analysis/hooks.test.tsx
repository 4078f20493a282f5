// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { useAnalysisActivity, useBrokenConnection, useFindingCount, useResourceStatus } from './hooks';
import { renderWithAnalysis } from './testing/renderWithAnalysis';

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');

afterEach(cleanup);

const renders = new Map<string, number>();

/** Shows one resource's status, and counts its own renders. */
function Probe({ id }: { id: string }) {
  const { status, changed } = useResourceStatus(resourceId(id));
  const findings = useFindingCount(resourceId(id));
  renders.set(id, (renders.get(id) ?? 0) + 1);
  return <li data-testid={id}>{`${status}${changed ? ' changed' : ''} findings=${String(findings)}`}</li>;
}

function Activity() {
  return <p data-testid="activity">{useAnalysisActivity().activity}</p>;
}

function Broken({ id }: { id: string }) {
  const b = useBrokenConnection(id);
  return <p data-testid={`broken-${id}`}>{b ? `${b.kind} ${b.from}->${b.to} ${b.code}` : 'intact'}</p>;
}

describe('resource status hooks', () => {
  it('show each resource under the outage, mark what changed, and re-render only the nodes whose status changed', async () => {
    renders.clear();
    const { store } = renderWithAnalysis(
      <ul>
        <Probe id="fA" />
        <Probe id="iB" />
        <Probe id="n1" />
        <Activity />
      </ul>,
      'S2',
    );
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toBe('ready'));
    expect(screen.getByTestId('fA').textContent).toBe('OK findings=1');
    expect(screen.getByTestId('iB').textContent).toBe('OK findings=1');
    expect(screen.getByTestId('n1').textContent).toBe('OK findings=0');
    const n1Before = renders.get('n1');

    act(() => store.getState().toggleFailedAz(A, false));
    await waitFor(() => expect(screen.getByTestId('fA').textContent).toBe('FAILED changed findings=1'));
    expect(screen.getByTestId('iB').textContent).toBe('DEGRADED changed findings=1');
    expect(screen.getByTestId('n1').textContent).toBe('OK findings=0');

    act(() => store.getState().toggleFailedAz(B, false));
    await waitFor(() => expect(screen.getByTestId('iB').textContent).toBe('FAILED changed findings=1'));
    expect(screen.getByTestId('fA').textContent).toBe('DOWN changed findings=1');
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toBe('ready'));
    // The network stayed OK through both outages: its node never rendered again.
    expect(renders.get('n1')).toBe(n1Before);
  });

  it('report broken connections by connection id', async () => {
    const { store } = renderWithAnalysis(
      <>
        <Broken id="staticRoute:rB:0" />
        <Broken id="staticRoute:rA:0" />
        <Activity />
      </>,
      'S3',
    );
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toBe('ready'));
    expect(screen.getByTestId('broken-staticRoute:rB:0').textContent).toBe('intact');
    act(() => store.getState().toggleFailedAz(A, false));
    await waitFor(() => expect(screen.getByTestId('broken-staticRoute:rB:0').textContent).toBe('staticRoute rB->rA PATH_LOST'));
    expect(screen.getByTestId('broken-staticRoute:rA:0').textContent).toBe('intact');
  });
});
