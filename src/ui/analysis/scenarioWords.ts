/**
 * The simulated scenario in words, for the zone bar and for screen readers.
 */
import type { Scenario } from '../../engine/types';
import type { ResourceId } from '../../model/types';

/** What the zone bar says when nothing is failed. */
export const NO_OUTAGE_TEXT = 'No outage simulated — click a zone to simulate its loss';

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The failed zones and regions by name: regions first ("region europe-se-1"), then zones. */
export function failedNames(scenario: Scenario, nameOf: (id: ResourceId) => string): string[] {
  return [...scenario.failedRegions.map((r) => `region ${nameOf(r)}`), ...scenario.failedAzs.map(nameOf)];
}

/** "Simulating: europe-se-1a and europe-se-1b down", or the no-outage hint. */
export function describeScenario(scenario: Scenario, nameOf: (id: ResourceId) => string): string {
  const names = failedNames(scenario, nameOf);
  return names.length === 0 ? NO_OUTAGE_TEXT : `Simulating: ${listInWords(names)} down`;
}

/** The scenario as a short title: "europe-se-1a down", or "No outage". */
export function scenarioTitle(scenario: Scenario, nameOf: (id: ResourceId) => string): string {
  const names = failedNames(scenario, nameOf);
  return names.length === 0 ? 'No outage' : `${listInWords(names)} down`;
}
