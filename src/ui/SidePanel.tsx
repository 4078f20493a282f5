import { useId } from 'react';

/** The right-hand panel where the analysis of the design will be shown; empty for now. */
export function SidePanel() {
  const headingId = useId();
  return (
    <aside className="side-panel" aria-labelledby={headingId} data-testid="side-panel">
      <h2 id={headingId} className="side-panel-title">
        Analysis
      </h2>
      <p className="side-panel-hint">
        Nothing to analyse yet. Once the design has regions, zones and resources, this panel shows
        what stops working when a zone or a region goes down, and why.
      </p>
    </aside>
  );
}
