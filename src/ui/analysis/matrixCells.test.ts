import { describe, expect, it } from 'vitest';
import type { MatrixScenario, ResilienceMatrix } from '../../engine/matrix';
import { resourceId } from '../../model/ids';
import { columnTitle, isColumnActive, scenarioOfColumn, singlePointsText, worstText } from './matrixCells';
import { scenarioKey } from '../../queries/analysis';

const A = resourceId('europe-se-1a');
const B = resourceId('europe-se-1b');
const R = resourceId('europe-se-1');
const azColumn: MatrixScenario = { key: 'az:europe-se-1a', kind: 'az', target: A, label: 'europe-se-1a down', scenario: { failedAzs: [A], failedRegions: [] } };
const regionColumn: MatrixScenario = { key: 'region:europe-se-1', kind: 'region', target: R, label: 'europe-se-1 down', scenario: { failedAzs: [], failedRegions: [R] } };

const matrix = (worst: ResilienceMatrix['worst'], spof: Record<string, typeof A[]>): ResilienceMatrix => ({
  scenarios: [azColumn, regionColumn],
  services: [],
  cells: [],
  worst,
  singlePointsOfFailure: spof,
});

describe('matrix cells', () => {
  it('a zone column applies exactly that zone, a region column exactly that region, as fresh arrays', () => {
    expect(scenarioOfColumn(azColumn)).toEqual({ failedAzs: [A], failedRegions: [] });
    expect(scenarioOfColumn(regionColumn)).toEqual({ failedAzs: [], failedRegions: [R] });
    expect(scenarioOfColumn(azColumn).failedAzs).not.toBe(azColumn.scenario.failedAzs);
  });

  it('heads a zone column with the zone and a region column with the region, marked as such', () => {
    expect(columnTitle(azColumn, (id) => `name of ${id}`)).toBe('name of europe-se-1a');
    expect(columnTitle(regionColumn, (id) => `name of ${id}`)).toBe('name of europe-se-1 (region)');
  });

  it('marks the column of the simulated scenario only', () => {
    expect(isColumnActive(azColumn, scenarioKey({ failedAzs: [A], failedRegions: [] }))).toBe(true);
    expect(isColumnActive(azColumn, scenarioKey({ failedAzs: [A, B], failedRegions: [] }))).toBe(false);
    expect(isColumnActive(regionColumn, scenarioKey({ failedAzs: [], failedRegions: [R] }))).toBe(true);
    expect(isColumnActive(regionColumn, scenarioKey({ failedAzs: [], failedRegions: [] }))).toBe(false);
  });

  it('words the worst single failure and the single points of failure', () => {
    expect(worstText(matrix({ key: 'az:europe-se-1a', label: 'europe-se-1a down', down: 2, degraded: 1 }, {}))).toBe(
      'Worst single failure: europe-se-1a down — it takes 2 services down and degrades 1.',
    );
    expect(worstText(matrix({ key: 'az:europe-se-1a', label: 'europe-se-1a down', down: 0, degraded: 0 }, {}))).toBe(
      'No single zone or region outage takes a service down or degrades it.',
    );
    expect(worstText(matrix(null, {}))).toBe('No single zone or region outage takes a service down or degrades it.');
    const m = matrix(null, { fA: [A, B], g1: [] });
    expect(singlePointsText(m, 'fA', (id) => `zone ${id}`)).toBe('zone europe-se-1a and zone europe-se-1b');
    expect(singlePointsText(m, 'g1', String)).toBe('none');
    expect(singlePointsText(m, 'toString', String)).toBe('none');
  });
});
