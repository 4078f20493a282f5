import { useId, type ReactNode } from 'react';
import { useAnalysisReport } from '../../analysis/hooks';
import { ExplanationPanel } from './ExplanationPanel';
import { FindingsPanel } from './FindingsPanel';
import { MatrixPanel } from './MatrixPanel';
import { ReportTable } from './ReportTable';
import { ServicesPanel } from './ServicesPanel';
import './analysis.css';

/**
 * The Analysis tab: does each service survive the simulated outage, why the selected resource is
 * affected, the resilience matrix, the static findings and the full report as a table.
 */
export function AnalysisPanel() {
  const findings = useAnalysisReport()?.findings.length;
  return (
    <div className="fl-analysis" data-testid="analysis-panel">
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
  if (collapsed) {
    return (
      <details className="fl-section">
        <summary className="fl-section-title">{title}</summary>
        {children}
      </details>
    );
  }
  return (
    <section className="fl-section" aria-labelledby={id}>
      <h3 id={id} className="fl-section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
