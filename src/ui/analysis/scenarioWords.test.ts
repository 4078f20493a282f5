import { describe, expect, it } from 'vitest';
import { resourceId } from '../../model/ids';
import type { ResourceId } from '../../model/types';
import { describeScenario, listInWords, scenarioTitle } from './scenarioWords';

const names: Record<string, string> = { a: 'europe-se-1a', b: 'europe-se-1b', c: 'europe-se-1c', r: 'europe-se-1', r2: 'europe-se-2' };
const nameOf = (id: ResourceId): string => names[id] ?? id;
const ids = (...xs: string[]) => xs.map(resourceId);

describe('scenario in words', () => {
  it('invites a click when nothing is failed', () => {
    expect(describeScenario({ failedAzs: [], failedRegions: [] }, nameOf)).toBe('No outage simulated — click a zone to simulate its loss');
    expect(scenarioTitle({ failedAzs: [], failedRegions: [] }, nameOf)).toBe('No outage');
  });

  it('names one, two and three failed zones', () => {
    expect(describeScenario({ failedAzs: ids('a'), failedRegions: [] }, nameOf)).toBe('Simulating: europe-se-1a down');
    expect(describeScenario({ failedAzs: ids('a', 'b'), failedRegions: [] }, nameOf)).toBe('Simulating: europe-se-1a and europe-se-1b down');
    expect(describeScenario({ failedAzs: ids('c', 'a', 'b'), failedRegions: [] }, nameOf)).toBe(
      'Simulating: europe-se-1c, europe-se-1a and europe-se-1b down',
    );
  });

  it('names regions as regions, before zones, and shows unknown ids as they are', () => {
    expect(describeScenario({ failedAzs: [], failedRegions: ids('r') }, nameOf)).toBe('Simulating: region europe-se-1 down');
    expect(describeScenario({ failedAzs: ids('gone'), failedRegions: ids('r2') }, nameOf)).toBe('Simulating: region europe-se-2 and gone down');
    expect(scenarioTitle({ failedAzs: ids('a'), failedRegions: [] }, nameOf)).toBe('europe-se-1a down');
  });

  it('lists in plain English', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['x'])).toBe('x');
    expect(listInWords(['x', 'y', 'z', 'w'])).toBe('x, y, z and w');
  });
});
