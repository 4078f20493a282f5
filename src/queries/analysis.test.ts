import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { resourceId } from '../model/ids';
import { exampleDesign, S2_FILE } from '../worker/testing/exampleDesign';
import type { AnalysisResponse } from '../worker/protocol';
import { analysisQueryKey, analysisQueryOptions, AnalysisSupersededError, scenarioKey, type AnalysisRunner } from './analysis';

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');
const R = resourceId('europe-se-1');
const design = exampleDesign(S2_FILE);

describe('scenarioKey', () => {
  it('names "nothing failed" and ignores the order zones were failed in', () => {
    expect(scenarioKey({ failedAzs: [], failedRegions: [] })).toBe('none');
    expect(scenarioKey({ failedAzs: [B, A], failedRegions: [] })).toBe('az:europe-se-1a,europe-se-1b|region:');
    expect(scenarioKey({ failedAzs: [A, B], failedRegions: [] })).toBe(scenarioKey({ failedAzs: [B, A], failedRegions: [] }));
    expect(scenarioKey({ failedAzs: [], failedRegions: [R] })).toBe('az:|region:europe-se-1');
  });
});

describe('analysisQueryOptions', () => {
  it('keys by design id, design revision and scenario, and never refetches on its own', () => {
    const o = analysisQueryOptions({ analyze: () => Promise.resolve(null) }, { designId: 'd1', designRevision: 4, design, scenario: { failedAzs: [A], failedRegions: [] } });
    expect(o.queryKey).toEqual(['analysis', 'd1', 4, 'az:europe-se-1a|region:']);
    expect(analysisQueryKey({ designId: 'd1', designRevision: 4, scenario: { failedAzs: [], failedRegions: [] } })).toEqual(['analysis', 'd1', 4, 'none']);
    expect(o).toMatchObject({ networkMode: 'always', staleTime: Infinity, retry: false });
  });

  it('fetches the baseline (with matrix) before the scenario, and reuses a cached baseline', async () => {
    const asked: string[] = [];
    const runner: AnalysisRunner = {
      analyze: (_d, scenario, withMatrix) => {
        asked.push(`${scenarioKey(scenario)} matrix=${String(withMatrix)}`);
        return Promise.resolve({ scenario } as unknown as AnalysisResponse);
      },
    };
    const client = new QueryClient();
    const target = { designId: design.id, designRevision: 1, design, scenario: { failedAzs: [A], failedRegions: [] } };
    await client.query(analysisQueryOptions(runner, target));
    await client.query(analysisQueryOptions(runner, { ...target, scenario: { failedAzs: [B], failedRegions: [] } }));
    expect(asked).toEqual(['none matrix=true', 'az:europe-se-1a|region: matrix=false', 'az:europe-se-1b|region: matrix=false']);
  });

  it('asks for a scenario in the same call that starts its query when the baseline is cached', async () => {
    const asked: string[] = [];
    const runner: AnalysisRunner = {
      analyze: (_d, scenario) => {
        asked.push(scenarioKey(scenario));
        return Promise.resolve({ scenario } as unknown as AnalysisResponse);
      },
    };
    const client = new QueryClient();
    const target = { designId: design.id, designRevision: 1, design, scenario: { failedAzs: [], failedRegions: [] } };
    await client.query(analysisQueryOptions(runner, target));
    const pending = client.query(analysisQueryOptions(runner, { ...target, scenario: { failedAzs: [A], failedRegions: [] } }));
    // Nothing awaited yet: a render queued as a microtask (the click's) would come after the request.
    expect(asked).toEqual(['none', 'az:europe-se-1a|region:']);
    await pending;
  });

  it('turns a superseded request into an AnalysisSupersededError (never cached as data)', async () => {
    const client = new QueryClient();
    const o = analysisQueryOptions({ analyze: () => Promise.resolve(null) }, { designId: 'd', designRevision: 1, design, scenario: { failedAzs: [], failedRegions: [] } });
    await expect(client.query(o)).rejects.toBeInstanceOf(AnalysisSupersededError);
    expect(client.getQueryData(o.queryKey)).toBeUndefined();
  });
});
