/**
 * The analysis drawn on a resource node: a frame in the colour and pattern of its status (striped
 * when failed), a status badge with icon and word, a ring when the status differs from no outage,
 * and the number of static findings about it. Each part reads only this resource's own values.
 */
import { memo } from 'react';
import { useFindingCount, useResourceStatus } from '../../analysis/hooks';
import type { ResourceId } from '../../model/types';
import { useDesign } from '../../store/context';
import { StatusBadge, StatusIcon } from './StatusBadge';
import './analysis.css';

function NodeAnalysisComponent({ id }: { id: ResourceId }) {
  const { status, changed } = useResourceStatus(id);
  const findings = useFindingCount(id);
  const simulating = useDesign((s) => s.scenario.failedAzs.length + s.scenario.failedRegions.length > 0);
  // Without an outage only static problems are worth a mark; during one every node says how it is.
  const showStatus = status !== 'OK' || simulating;
  return (
    <>
      {showStatus && (
        <span className={`fla-node-frame fla-node-frame--${status.toLowerCase()}${changed ? ' is-changed' : ''}`} aria-hidden="true" />
      )}
      {showStatus && (
        <span className="fla-node-marks">
          {status === 'OK' ? (
            <span className="fla-node-ok" title="OK: not affected">
              <StatusIcon status="OK" size={12} />
              <span className="fla-visually-hidden">OK</span>
            </span>
          ) : (
            <StatusBadge status={status} compact />
          )}
        </span>
      )}
      {findings > 0 && (
        <span className="fla-node-findings" title={`${String(findings)} ${findings === 1 ? 'finding' : 'findings'} about this resource (see Findings)`}>
          <span aria-hidden="true">⚠</span> {findings}
          <span className="fla-visually-hidden">{findings === 1 ? ' finding' : ' findings'}</span>
        </span>
      )}
    </>
  );
}

/** Place inside a resource node (a positioned element); renders nothing for an OK resource without findings. */
export const NodeAnalysis = memo(NodeAnalysisComponent);
