/**
 * The analysis drawn on a resource node: a frame in the colour and pattern of its status (striped
 * when failed), a status badge with icon and word, a ring when the status differs from no outage,
 * and the number of static findings about it. Each part reads only this resource's own values.
 */
import { memo } from 'react';
import { useFindingCount, useOutageShown, useResourceStatus } from '../../analysis/hooks';
import type { ResourceId } from '../../model/types';
import { StatusBadge, StatusIcon } from './StatusBadge';
import './analysis.css';

function NodeAnalysisComponent({ id, far = false }: { id: ResourceId; far?: boolean }) {
  const { status, changed } = useResourceStatus(id);
  const findings = useFindingCount(id);
  const simulating = useOutageShown();
  // Without an outage only static problems are worth a mark; during one every node says how it is.
  const showStatus = status !== 'OK' || simulating;
  if (far) {
    // Zoomed far out: the frame, and a dot where the findings count would be.
    return (
      <>
        {showStatus && (
          <span className={`fla-node-frame fla-node-frame--${status.toLowerCase()}${changed ? ' is-changed' : ''}`} aria-hidden="true" />
        )}
        {findings > 0 && <span className="fla-node-findings is-far" aria-hidden="true" />}
      </>
    );
  }
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

/**
 * Place inside a resource node (a positioned element); renders nothing for an OK resource without
 * findings. `far`: the node is drawn zoomed far out, where only the frame and a findings dot show.
 */
export const NodeAnalysis = memo(NodeAnalysisComponent);
