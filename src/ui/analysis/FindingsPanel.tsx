import { useFocusResource } from '../../analysis/focus';
import { useAnalysisReport } from '../../analysis/hooks';
import { useNameOf } from '../../analysis/names';
import type { Finding, Severity } from '../../engine/findings';
import type { ResourceId } from '../../model/types';
import { useDesignStoreApi } from '../../store/context';
import { listInWords } from './scenarioWords';

const GROUPS: readonly { severity: Severity; title: string; icon: string }[] = [
  { severity: 'error', title: 'Errors', icon: '✕' },
  { severity: 'warning', title: 'Warnings', icon: '⚠' },
  { severity: 'info', title: 'Advice', icon: 'ℹ' },
];

/**
 * The static findings (problems that need no outage to show), live, grouped by severity, each with
 * its rule, what is wrong and how to fix it. Clicking the names selects the resources concerned.
 */
export function FindingsPanel() {
  const findings = useAnalysisReport()?.findings;
  if (!findings) return <p className="fl-muted">Analysing the design…</p>;
  if (findings.length === 0) return <p className="fl-muted">No findings: nothing in this design breaks a rule.</p>;
  return (
    <div className="fl-findings" data-testid="findings">
      {GROUPS.map(({ severity, title, icon }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`fl-findings-group fl-findings-group--${severity}`} aria-label={`${title} (${String(group.length)})`}>
            <h4 className="fl-findings-title">
              <span aria-hidden="true" className="fl-severity-icon">
                {icon}
              </span>{' '}
              {title} ({group.length})
            </h4>
            <ul className="fl-findings-list">
              {group.map((f, i) => (
                <FindingItem key={`${f.id}:${f.subjects.join(',')}:${String(i)}`} finding={f} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const nameOf = useNameOf();
  const store = useDesignStoreApi();
  const focus = useFocusResource();
  const select = (ids: readonly ResourceId[]): void => {
    const [first] = ids;
    if (first === undefined) return;
    focus(first);
    if (ids.length > 1) store.getState().select({ resources: ids, connections: [] });
  };
  return (
    <li className="fl-finding" data-finding={finding.id}>
      <div className="fl-finding-head">
        <span className="fl-finding-id">{finding.id}</span>
        <span className="fl-finding-rule">{finding.rule}</span>
        {finding.inferred && <span className="fl-assumption">Assumption</span>}
      </div>
      <p className="fl-finding-message">{finding.message}</p>
      <p className="fl-finding-fix">
        <span className="fl-finding-label">Fix:</span> {finding.fix}
      </p>
      {finding.subjects.length > 0 && (
        <button type="button" className="fl-link fl-finding-select" onClick={() => select(finding.subjects)}>
          Select {listInWords(finding.subjects.map(nameOf))}
        </button>
      )}
    </li>
  );
}
