import { useMemo } from 'react';
import { explainReport, placesBehind } from '../../analysis/explainReport';
import { useFocusResource } from '../../analysis/focus';
import { useDeferredAnalysisReport } from '../../analysis/hooks';
import { useDesignLookup } from '../../analysis/names';
import { statusIn } from '../../analysis/reportIndex';
import type { ResourceId } from '../../model/types';
import { useDesign } from '../../store/context';
import { ReasonWordsFailure, useReasonWords } from './reasonWords';
import { StatusBadge } from './StatusBadge';
import { STATUS_LABEL } from './statusText';
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';

/**
 * Why is the selected resource affected? The chain of causes from it back to the failed zone, one
 * step per reason, each naming the resource it is about (a button that selects it and brings it
 * into view). Steps that rest on an assumption are labelled as such. The steps' sentences load the
 * first time an affected resource is selected; until then the panel names where the chain starts.
 */
export function ExplanationPanel() {
  const selected = useDesign((s) => (s.selection.resources.length === 1 ? s.selection.resources[0] : undefined));
  const report = useDeferredAnalysisReport();
  const lookup = useDesignLookup();
  const focus = useFocusResource();
  const status = selected ? statusIn(report, selected) : 'OK';
  const { describe, failed } = useReasonWords(status === 'OK' ? null : 'now');
  const steps = useMemo(
    () => (report && selected && describe ? explainReport(report, lookup, selected, describe) : []),
    [report, lookup, selected, describe],
  );
  const roots = useMemo(() => (report && selected ? placesBehind(report, lookup, selected) : []), [report, lookup, selected]);

  if (!selected) return <p className="fla-muted">Select a resource to see why it is affected.</p>;
  const name = lookup.nameOf(selected);
  if (!lookup.kindOf(selected)) return null;
  if (status === 'OK') {
    return (
      <p className="fla-explanation-ok">
        <StatusBadge status="OK" /> {name} is not affected{report && report.scenario.failedAzs.length + report.scenario.failedRegions.length > 0 ? ' by this outage' : ''}.
      </p>
    );
  }
  return (
    <div className="fla-explanation" data-testid="explanation">
      <p className="fla-explanation-title">
        Why is {name} {STATUS_LABEL[status].toLowerCase()}?
      </p>
      {!describe && (failed ? <ReasonWordsFailure /> : <p className="fla-muted">Writing the explanation…</p>)}
      {steps.length > 0 && (
        <ol className="fla-chain">
          {steps.map((step, i) => (
            <li
              key={`${step.id}:${step.reason}:${String(i)}`}
              className="fla-chain-step"
              data-resource={step.id}
              data-reason={step.reason}
              style={{ marginLeft: `${String(Math.min(step.depth, 4) * 12)}px` }}>
              <div className="fla-chain-head">
                <StatusBadge status={step.status} compact />
                <StepLink id={step.id} name={step.name} focus={focus} />
                <span className="fla-kind">{RESOURCE_KIND_LABELS[step.kind]}</span>
                {step.inferred && <span className="fla-assumption">Assumption</span>}
              </div>
              <p className="fla-chain-text">{step.text}</p>
            </li>
          ))}
        </ol>
      )}
      {roots.length > 0 && (
        <p className="fla-chain-root">
          Where it starts:{' '}
          {roots.map((r, i) => (
            <span key={r}>
              {i > 0 ? ', ' : ''}
              <StepLink id={r} name={lookup.nameOf(r)} focus={focus} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function StepLink({ id, name, focus }: { id: ResourceId; name: string; focus: (id: ResourceId) => void }) {
  return (
    <button type="button" className="fla-link" onClick={() => focus(id)} title={`Select ${name} and show it on the canvas`}>
      {name}
    </button>
  );
}
