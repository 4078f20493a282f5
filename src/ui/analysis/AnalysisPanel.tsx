import { useId, useState, type ReactNode } from 'react';
import { useFindings } from '../../analysis/hooks';
import { lazyPart } from '../lazyPart';
import { useDesign } from '../../store/context';
import { ExplanationPanel } from './ExplanationPanel';
import { FindingsPanel } from './FindingsPanel';
import { MatrixPanel } from './MatrixPanel';
import { ServicesPanel } from './ServicesPanel';
import './analysis.css';

/** The full report as a table: in a collapsed section, so loaded the first time it is opened. */
const ReportTable = lazyPart(() => import('./ReportTable').then((m) => m.ReportTable), 'report table', <p className="fla-muted">Loading the table…</p>);

/**
 * The Analysis tab: does each service survive the simulated outage, why the selected resource is
 * affected, the resilience matrix, the static findings and the full report as a table.
 */
export function AnalysisPanel() {
  const findings = useFindings()?.length;
  const empty = useDesign((s) => s.file.design.resources.length === 0);
  // The tab names the panel on screen; the heading is there for heading navigation.
  const heading = (
    <h2 className="fla-visually-hidden">
      Analysis
    </h2>
  );
  if (empty) {
    return (
      <>
        {heading}
        <p className="side-panel-hint">
          Nothing to analyse yet. Once the design has regions, zones and resources, this panel shows what stops working when a zone
          or a region goes down, and why.
        </p>
      </>
    );
  }
  return (
    <div className="fla-analysis" data-testid="analysis-panel">
      {heading}
      <Section title="Services">
        <ServicesPanel />
      </Section>
      <Section title="Why">
        <ExplanationPanel />
      </Section>
      <Section title="Resilience matrix">
        <MatrixPanel />
      </Section>
      <Section title={findings === undefined ? 'Findings' : `Findings (${String(findings)})`}>
        <FindingsPanel />
      </Section>
      <Section title="Report as a table" collapsed>
        <ReportTable />
      </Section>
    </div>
  );
}

function Section({ title, children, collapsed = false }: { title: string; children: ReactNode; collapsed?: boolean }) {
  const id = useId();
  // A collapsed section's content is made the first time it is opened (a table of thousands of
  // rows would otherwise be rebuilt, unseen, on every analysis).
  const [opened, setOpened] = useState(false);
  if (collapsed) {
    return (
      <details className="fla-section" onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
        <summary className="fla-section-title">{title}</summary>
        {opened ? children : null}
      </details>
    );
  }
  return (
    <section className="fla-section" aria-labelledby={id}>
      <h3 id={id} className="fla-section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
