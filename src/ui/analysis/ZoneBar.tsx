import { useMemo, useState, type MouseEvent } from 'react';
import { useAction, useActions } from '../../actions/ActionsProvider';
import { useToggleRegionOutage, useToggleZoneOutage } from '../../analysis/hooks';
import { useNameOf } from '../../analysis/names';
import type { ResourceId } from '../../model/types';
import { useDesign } from '../../store/context';
import { CLEAR_OUTAGE, registerOutageActions } from './outageActions';
import { AnalysisIndicator } from './AnalysisIndicator';
import { describeScenario } from './scenarioWords';
import { StatusIcon } from './StatusBadge';
import { useEscapeClearsOutage } from './useEscapeClearsOutage';
import { regionsWithZones } from './zones';
import './analysis.css';

const HINT = 'Click to simulate the loss of only this one; Shift- or Ctrl-click to add it to (or take it out of) the outage.';

/** Shift, Ctrl or Cmd held: add to the outage instead of replacing it. */
const additive = (event: MouseEvent): boolean => event.shiftKey || event.ctrlKey || event.metaKey;

/**
 * The outage controls above the canvas: one toggle per region and per zone, the simulated scenario
 * in words, a way to stop simulating, and whether the analysis is up to date.
 */
export function ZoneBar() {
  const design = useDesign((s) => s.file.design);
  const scenario = useDesign((s) => s.scenario);
  const { registry } = useActions();
  useState(() => registerOutageActions(registry));
  const clear = useAction(CLEAR_OUTAGE);
  const nameOf = useNameOf();
  const toggleZone = useToggleZoneOutage();
  const toggleRegion = useToggleRegionOutage();
  const groups = useMemo(() => regionsWithZones(design), [design]);
  useEscapeClearsOutage();

  const active = scenario.failedAzs.length > 0 || scenario.failedRegions.length > 0;
  const azDown = (id: ResourceId): boolean => scenario.failedAzs.includes(id);
  const regionDown = (id: ResourceId): boolean => scenario.failedRegions.includes(id);

  return (
    <section className={`fla-zonebar${active ? ' fla-zonebar--active' : ''}`} aria-label="Outage simulation" data-testid="zone-bar">
      <div className="fla-zonebar-zones">
        {groups.length === 0 && <span className="fla-muted">Add a region with zones to simulate outages.</span>}
        {groups.map(({ region, zones }) => (
          <div className="fla-zonebar-region" role="group" aria-label={region ? `Region ${region.name}` : 'Zones without a region'} key={region?.id ?? '-'}>
            {region && (
              <button
                type="button"
                className="fla-zone-toggle fla-zone-toggle--region"
                aria-pressed={regionDown(region.id)}
                aria-label={`${region.name} (whole region)`}
                title={`Whole region ${region.name}. ${HINT}`}
                onClick={(e) => toggleRegion(region.id, additive(e))}
              >
                {regionDown(region.id) && <StatusIcon status="FAILED" size={12} />}
                {region.name}
                <span className="fla-zone-toggle-note">(region)</span>
              </button>
            )}
            {zones.map((az) => {
              const withRegion = region !== null && regionDown(region.id);
              return (
                <button
                  type="button"
                  key={az.id}
                  className={`fla-zone-toggle${withRegion ? ' fla-zone-toggle--implied' : ''}`}
                  aria-pressed={azDown(az.id)}
                  title={withRegion ? `Down with its region. ${HINT}` : HINT}
                  onClick={(e) => toggleZone(az.id, additive(e))}
                >
                  {(azDown(az.id) || withRegion) && <StatusIcon status="FAILED" size={12} />}
                  {az.name}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <p className="fla-zonebar-scenario" data-testid="scenario-words">
        {describeScenario(scenario, nameOf)}
      </p>
      {clear.enabled && (
        <button type="button" className="fla-button fla-button--small" onClick={clear.run} aria-label={clear.action.label} title={clear.title}>
          Clear
        </button>
      )}
      <AnalysisIndicator />
    </section>
  );
}
