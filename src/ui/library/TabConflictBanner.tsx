/**
 * Shown while the open design was saved in another tab and this tab has unsaved changes to it:
 * saving is paused until the user picks the version to keep. Neither version is lost either way.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { TabGuard } from '../../storage/tabGuard';

export interface TabConflictBannerProps {
  guard: TabGuard;
  notify: (text: string) => void;
}

export function TabConflictBanner({ guard, notify }: TabConflictBannerProps) {
  const conflict = useStore(guard.state, (s) => s.conflict);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!conflict) return null;

  const takeSaved = (): void => {
    setBusy(true);
    setProblem(null);
    guard.takeSaved().then(
      () => notify(`The version saved in the other tab is open. Undo (Ctrl+Z) brings back yours.`),
      (error: unknown) =>
        setProblem(`The saved version could not be read (${error instanceof Error ? error.message : String(error)}). Keep yours as a new design instead.`),
    ).finally(() => setBusy(false));
  };
  const keepMine = (): void => {
    const name = guard.keepMineAsCopy();
    notify(`Your version is kept as “${name}”; the other tab’s version stays in the library.`);
  };

  return (
    <div className="storage-banner" role="alert" data-testid="tab-conflict">
      <p className="storage-banner-text">
        <strong>Changed in another tab.</strong> “{conflict.name}” was saved in another tab while this tab had
        unsaved changes to it. Saving here is paused so that neither version overwrites the other.
        {problem ? <span className="tab-conflict-problem"> {problem}</span> : null}
      </p>
      <button type="button" className="lib-button" disabled={busy} onClick={takeSaved}>
        Use the saved version
      </button>
      <button type="button" className="lib-button" disabled={busy} onClick={keepMine}>
        Keep mine as a new design
      </button>
    </div>
  );
}
