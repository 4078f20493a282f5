import { useId, useMemo, useState } from 'react';
import { useFocusResource } from '../../analysis/focus';
import { useBaselineReport, useDeferredAnalysisReport } from '../../analysis/hooks';
import { useDesignLookup } from '../../analysis/names';
import { reasonsIn, statusIn } from '../../analysis/reportIndex';
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';
import { describeReason } from '../../engine/reasonText';
import { useDesign } from '../../store/context';
import { describeScenario } from './scenarioWords';
import { StatusBadge } from './StatusBadge';

/**
 * The analysis as a plain table for keyboard and screen reader users: every affected resource
 * (or every resource, on request) with its status in words, whether it changed compared with no
 * outage, and why. Each name is a button that selects the resource and shows it on the canvas.
 */
export function ReportTable() {
  const report = useDeferredAnalysisReport();
  const baseline = useBaselineReport();
  const design = useDesign((s) => s.file.design);
  const lookup = useDesignLookup();
  const focus = useFocusResource();
  const [showAll, setShowAll] = useState(false);
  const checkboxId = useId();
  const rows = useMemo(
    () => design.resources.filter((r) => showAll || statusIn(report, r.id) !== 'OK'),
    [design, report, showAll],
  );
  if (!report) return <p className="fla-muted">Analysing the design…</p>;
  return (
    <div className="fla-report" data-testid="report-table">
      <p className="fla-report-options">
        <input id={checkboxId} type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{' '}
        <label htmlFor={checkboxId}>Also list resources that are not affected</label>
      </p>
      <div className="fla-table-scroll">
        <table className="fla-table fla-table--report">
          <caption>
            Status of {showAll ? 'every resource' : 'the affected resources'}. {describeScenario(report.scenario, lookup.nameOf)}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Status</th>
              <th scope="col">Compared with no outage</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4}>Nothing is affected.</td>
              </tr>
            )}
            {rows.map((r) => {
              const status = statusIn(report, r.id);
              const before = statusIn(baseline, r.id);
              return (
                <tr key={r.id} data-resource={r.id}>
                  <th scope="row">
                    <button type="button" className="fla-link" onClick={() => focus(r.id)}>
                      {lookup.nameOf(r.id)}
                    </button>
                    <span className="fla-kind"> {RESOURCE_KIND_LABELS[r.kind]}</span>
                  </th>
                  <td>
                    <StatusBadge status={status} compact />
                  </td>
                  <td>{status === before ? 'Same' : `Changed (was ${before === 'OK' ? 'OK' : before.toLowerCase()})`}</td>
                  <td>
                    {reasonsIn(report, r.id)
                      .map((reason) => describeReason(reason, lookup.nameOf, { kindOf: lookup.kindOf, subject: r.id }))
                      .join(' ') || '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
