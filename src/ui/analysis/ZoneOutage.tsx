/**
 * The outage drawn on a zone container: a toggle in the zone's header that fails the zone (or,
 * with Shift/Ctrl/Cmd, adds it to the outage), and, while the zone is down, a grey veil
 * over its body labelled "down".
 *
 * The toggle carries React Flow's `nokey` class: Space or Enter on it presses the switch and
 * nothing else. Without it the zone node around it takes the same key as "select this zone" (a
 * selection change re-maps the whole canvas: 0.7 s on a 10,000-resource design, before the
 * switch's own click could even start).
 */
import { memo, type MouseEvent } from 'react';
import { useToggleZoneOutage } from '../../analysis/hooks';
import type { ResourceId } from '../../model/types';
import { useDesign } from '../../store/context';
import { StatusIcon } from './StatusBadge';
import './analysis.css';

/** True when the zone is failed itself or with its region. */
function useZoneDown(azId: ResourceId): { down: boolean; own: boolean } {
  const own = useDesign((s) => s.scenario.failedAzs.includes(azId));
  const withRegion = useDesign((s) => {
    if (s.scenario.failedRegions.length === 0) return false;
    const az = s.file.design.resources.find((r) => r.id === azId);
    return az?.kind === 'availabilityZone' && s.scenario.failedRegions.includes(az.region);
  });
  return { down: own || withRegion, own };
}

function ZoneOutageToggleComponent({ azId, name }: { azId: ResourceId; name: string }) {
  const toggle = useToggleZoneOutage();
  const { down, own } = useZoneDown(azId);
  const onClick = (event: MouseEvent): void => {
    event.stopPropagation();
    toggle(azId, event.shiftKey || event.ctrlKey || event.metaKey);
  };
  return (
    <button
      type="button"
      className={`fla-zone-switch nodrag nopan nokey${down ? ' is-down' : ''}`}
      aria-pressed={own}
      aria-label={`Simulate the loss of ${name}`}
      title={own ? `Bring ${name} back` : `Simulate the loss of ${name} (Shift-click to add it to the outage)`}
      onClick={onClick}
    >
      {down ? (
        <>
          <StatusIcon status="FAILED" size={12} />
          Down
        </>
      ) : (
        'Fail zone'
      )}
    </button>
  );
}

function ZoneDownVeilComponent({ azId, name }: { azId: ResourceId; name: string }) {
  const { down } = useZoneDown(azId);
  if (!down) return null;
  return (
    <>
      <span className="fla-zone-veil" aria-hidden="true" />
      <span className="fla-zone-veil-label" data-testid={`zone-down-${name}`}>
        <StatusIcon status="FAILED" size={14} /> {name} down
      </span>
    </>
  );
}

/** The header toggle of a zone container. */
export const ZoneOutageToggle = memo(ZoneOutageToggleComponent);
/** The veil over a failed zone's body (place inside the positioned container). */
export const ZoneDownVeil = memo(ZoneDownVeilComponent);
