/**
 * The storage error banner: says what could not be stored or read and why, until dismissed. The
 * design itself stays open and editable whatever storage does.
 */
import { useStore } from 'zustand';
import { useLibraryServices } from '../../queries/libraryContext';

export function StorageBanner() {
  const { status } = useLibraryServices();
  const problem = useStore(status, (s) => s.problem);
  if (!problem) return null;
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner">
      <p className="storage-banner-text">
        <strong>Storage problem.</strong> {problem.message}
      </p>
      <button type="button" className="lib-button" onClick={() => status.getState().dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
