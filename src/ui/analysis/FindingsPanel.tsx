import { useFocusResource } from '../../analysis/focus';
import { memo, useCallback, useDeferredValue } from 'react';
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

interface FindingItemProps {
  finding: Finding;
  /** The names of its subjects in words (for the select button). */
  names: string;
  onSelect: (ids: readonly ResourceId[]) => void;
}

function FindingItemComponent({ finding, names, onSelect }: FindingItemProps) {
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
        <button type="button" className="fla-link fla-finding-select" onClick={() => onSelect(finding.subjects)}>
          Select {names}
        </button>
      )}
    </li>
  );
}

const sameSubjects = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** Equal in everything it shows (answers arrive as new objects, mostly with the same findings). */
const sameFinding = (a: Finding, b: Finding): boolean =>
  a === b ||
  (a.id === b.id &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.fix === b.fix &&
    a.inferred === b.inferred &&
    sameSubjects(a.subjects, b.subjects));

/** Memoized on what it shows: a new analysis (new objects) with the same finding does not redraw it. */
const FindingItem = memo(
  FindingItemComponent,
  (a, b) => a.names === b.names && a.onSelect === b.onSelect && sameFinding(a.finding, b.finding),
);

/**
 * The static findings (problems that need no outage to show), live, grouped by severity, each with
 * its rule, what is wrong and how to fix it. Clicking the names selects the resources concerned.
 */
export function FindingsPanel() {
  // Drawn in renders that yield to the browser: a large design has hundreds of findings, and
  // every edit brings new names and every answer new finding objects.
  const findings = useDeferredValue(useFindings());
  const nameOf = useDeferredValue(useNameOf());
  const store = useDesignStoreApi();
  const focus = useFocusResource();
  const onSelect = useCallback(
    (ids: readonly ResourceId[]): void => {
      const [first] = ids;
      if (first === undefined) return;
      focus(first);
      if (ids.length > 1) store.getState().select({ resources: ids, connections: [] });
    },
    [focus, store],
  );
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
                <FindingItem key={`${f.id}:${f.subjects.join(',')}:${String(i)}`} finding={f} names={listInWords(f.subjects.map(nameOf))} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
