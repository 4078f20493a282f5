import { useFocusResource } from '../../analysis/focus';
import { memo } from 'react';
import { useFindings } from '../../analysis/hooks';
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

function FindingItemComponent({ finding }: { finding: Finding }) {
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
    <li className="fla-finding" data-finding={finding.id}>
      <div className="fla-finding-head">
        <span className="fla-finding-id">{finding.id}</span>
        <span className="fla-finding-rule">{finding.rule}</span>
        {finding.inferred && <span className="fla-assumption">Assumption</span>}
      </div>
      <p className="fla-finding-message">{finding.message}</p>
      <p className="fla-finding-fix">
        <span className="fla-finding-label">Fix:</span> {finding.fix}
      </p>
      {finding.subjects.length > 0 && (
        <button type="button" className="fla-link fla-finding-select" onClick={() => select(finding.subjects)}>
          Select {listInWords(finding.subjects.map(nameOf))}
        </button>
      )}
    </li>
  );
}

/** Memoized: a new analysis of the same design gives the very same findings. */
const FindingItem = memo(FindingItemComponent);

/**
 * The static findings (problems that need no outage to show), live, grouped by severity, each with
 * its rule, what is wrong and how to fix it. Clicking the names selects the resources concerned.
 */
export function FindingsPanel() {
  const findings = useFindings();
  if (!findings) return <p className="fla-muted">Analysing the design…</p>;
  if (findings.length === 0) return <p className="fla-muted">No findings: nothing in this design breaks a rule.</p>;
  return (
    <div className="fla-findings" data-testid="findings">
      {GROUPS.map(({ severity, title, icon }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`fla-findings-group fla-findings-group--${severity}`} aria-label={`${title} (${String(group.length)})`}>
            <h4 className="fla-findings-title">
              <span aria-hidden="true" className="fla-severity-icon">
                {icon}
              </span>{' '}
              {title} ({group.length})
            </h4>
            <ul className="fla-findings-list">
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
