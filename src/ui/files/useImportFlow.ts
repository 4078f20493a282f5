/**
 * The import flow shared by the file picker, drops, pastes and shared links: every text goes
 * through `parseDesignText`; a refused one is explained, a repaired one (or a shared one) waits
 * for the user, and an accepted one opens as a new design that one undo step takes back.
 */
import { useCallback, useState } from 'react';
import { reviewStep, type ImportOrigin, type PendingImport } from '../../files/importReview';
import type { RestoreResult } from '../../model/restore';
import type { DesignFile } from '../../model/types';
import type { DesignStore } from '../../store/designStore';
import type { FilesNotice } from './FilesToast';
import type { OpenAsNewDesign } from './useOpenAsNewDesign';

export interface ImportFlow {
  /** The import waiting for the user, or null. */
  pending: PendingImport | null;
  /** Starts the review of a restored text; `onOpened` runs once the design has been opened. */
  review: (result: RestoreResult, origin: ImportOrigin, onOpened?: () => void) => void;
  /** The user accepted the pending import. */
  accept: (file: DesignFile) => void;
  /** The user closed the review; nothing changes. */
  cancel: () => void;
}

function historyLabel(origin: ImportOrigin, name: string): string {
  return origin.kind === 'share' ? `Add shared design “${name}”` : `Import “${name}”`;
}

/** The undo offered after a design was opened: only while that design is still the open one. */
export function undoOpen(store: DesignStore, opened: DesignFile, previousName: string): FilesNotice['undo'] {
  return {
    label: `Back to “${previousName}”`,
    run: () => {
      if (store.getState().file.design.id === opened.design.id) store.getState().undo();
    },
  };
}

export function useImportFlow(store: DesignStore, openAsNew: OpenAsNewDesign, notify: (notice: FilesNotice) => void): ImportFlow {
  const [pending, setPending] = useState<(PendingImport & { onOpened?: () => void }) | null>(null);

  const open = useCallback(
    (file: DesignFile, origin: ImportOrigin, onOpened?: () => void) => {
      const previousName = store.getState().file.design.name;
      openAsNew(file, historyLabel(origin, file.design.name), origin.kind === 'share' ? 'always-new' : 'keep-unless-taken').then(
        (opened) => {
          onOpened?.();
          const what = origin.kind === 'share' ? 'Added the shared design' : 'Imported';
          notify({
            tone: 'info',
            message: `${what} “${opened.design.name}” as a new design in your library. Undo returns to “${previousName}”.`,
            undo: undoOpen(store, opened, previousName),
          });
        },
        (error: unknown) => notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [notify, openAsNew, store],
  );

  const review = useCallback(
    (result: RestoreResult, origin: ImportOrigin, onOpened?: () => void) => {
      const next = { result, origin, onOpened };
      if (reviewStep(next) === 'accept' && result.ok) open(result.file, origin, onOpened);
      else setPending(next);
    },
    [open],
  );

  const accept = useCallback(
    (file: DesignFile) => {
      if (pending) open(file, pending.origin, pending.onOpened);
      setPending(null);
    },
    [open, pending],
  );

  const cancel = useCallback(() => setPending(null), []);
  return { pending, review, accept, cancel };
}
