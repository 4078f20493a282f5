/**
 * The outage commands in the actions registry, so that buttons read their label, tooltip and
 * enabled state from one place. Esc is not among their shortcuts: the registry gives Escape to
 * `clearSelection`, and the zone bar layers the two (see `useEscapeClearsOutage`).
 */
import type { Action, ActionRegistry } from '../../actions/registry';
import type { DesignState } from '../../store/designStore';

/** The id of the "stop simulating" action. */
export const CLEAR_OUTAGE = 'clearOutage';

const simulating = (s: DesignState): boolean => s.scenario.failedAzs.length > 0 || s.scenario.failedRegions.length > 0;

export const outageActions: readonly Action[] = [
  {
    id: CLEAR_OUTAGE,
    label: 'Clear outage',
    group: 'View',
    title: () => 'Stop simulating: every zone and region is back (Esc, when nothing is selected)',
    enabled: simulating,
    perform: (ctx) => ctx.store.getState().clearScenario(),
  },
];

/** Registers the outage actions once per registry. */
export function registerOutageActions(registry: ActionRegistry): void {
  for (const action of outageActions) if (!registry.get(action.id)) registry.register(action);
}
