import { useAnalysisActivity } from '../../analysis/hooks';
import './analysis.css';

/**
 * Says whether the analysis on screen is current: "Analysing…" while a change waits to be (or is
 * being) analysed, "Up to date" once it is, and the failure with a Retry button when the worker
 * could not analyse.
 */
export function AnalysisIndicator() {
  const { activity, error, retry } = useAnalysisActivity();
  return (
    <div className={`fla-indicator fla-indicator--${activity}`}>
      <span role="status" className="fla-indicator-text">
        {activity === 'analysing' && (
          <>
            <span className="fla-spinner" aria-hidden="true" />
            Analysing…
          </>
        )}
        {activity === 'ready' && 'Up to date'}
        {activity === 'error' && `Analysis failed: ${error?.message ?? 'unknown error'}`}
      </span>
      {activity === 'error' && (
        <button type="button" className="fla-button fla-button--small" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}
